// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "ops/UnbindEligibility.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace eipdesk {

class VpcApi;

// The confirmation dialog's model (non-GUI, the testable seam). A selection is split into the
// EIPs that will be unbound and the ones that will not, each of those with every reason
// (UnbindEligibility, known before anything is sent). For the EIPs that will be unbound: what
// each is bound to, the consequences (naming the EIPs CascadeRelease will release), and, per
// EIP, whether "Reallocate a normal public IP" applies: only on the primary private IP of a
// primary ENI (checked with DescribeNetworkInterfaces), never for NAT gateway EIPs, and only
// while the site's daily reassignment quota (SiteRules; DescribeAddressQuota) covers them; an
// unknown quota is offered and reported as unknown (-1).
// load() asks the server; ready() fires when the answers are in.
class UnbindPlan : public QObject {
    Q_OBJECT
public:
    // natGatewayEipCounts: UnbindEligibility::natGatewayEipCounts() of the whole inventory.
    explicit UnbindPlan(const QList<Address>& selection,
                        const QHash<QString, int>& natGatewayEipCounts = {},
                        QObject* parent = nullptr);

    void load(VpcApi* api); // nullptr: reallocation stays disabled ("no account")
    bool isReady() const { return m_pending == 0; }

    const QList<Address>& addresses() const { return m_addresses; }     // the ones to unbind
    const QList<UnbindVerdict>& verdicts() const { return m_verdicts; } // the whole selection
    QList<UnbindVerdict> refused() const;                               // will not be unbound
    // "Instance web-01 (ins-1) (10.0.0.5)", ...: the instance's name when known.
    static QString bindingText(const Address& a, const QString& instanceName = {});
    // Instance ID -> name, for bindingText() in the confirmation.
    void setInstanceNames(const QHash<QString, QString>& names) { m_instanceNames = names; }
    QString instanceName(const QString& instanceId) const {
        return m_instanceNames.value(instanceId);
    }
    QStringList consequences() const; // translated lines
    bool hasNatGateway() const;
    int releasedCount() const; // CascadeRelease EIPs
    QList<Address> released() const;

    // Reallocation: allowed when at least one EIP to unbind may have it; it then applies to
    // reallocatable() only, and reallocateScope() says which and why not the others.
    bool reallocateAllowed() const;
    QString reallocateReason() const; // why it is disabled (empty when allowed)
    QList<Address> reallocatable() const;
    QString reallocateBlocker(const QString& addressId) const {
        return m_noRealloc.value(addressId);
    }
    QString reallocateScope() const;
    qint64 dailyQuotaLeft() const { return m_quotaLeft; } // -1: unknown

signals:
    void ready();

private:
    void done();

    QList<UnbindVerdict> m_verdicts;
    QList<Address> m_addresses;
    int m_pending = 0;
    QString m_generalReason;             // reallocation off for all
    QHash<QString, QString> m_noRealloc; // addressId -> why not for this EIP
    qint64 m_quotaLeft = -1;
    QHash<QString, QString> m_instanceNames;
};

} // namespace eipdesk
