// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace eipdesk {

class VpcApi;

// The confirmation dialog's model (non-GUI, the testable seam): what each selected EIP is
// bound to, the consequences, and whether "Reallocate a normal public IP" may be offered:
// only when every selected EIP is on the primary private IP of a primary ENI (checked with
// DescribeNetworkInterfaces) and the site's daily reassignment quota (SiteRules) is not used
// up (DescribeAddressQuota); an unknown quota is offered and reported as unknown (-1).
// load() asks the server; ready() fires when the answers are in.
class UnbindPlan : public QObject {
    Q_OBJECT
public:
    explicit UnbindPlan(const QList<Address>& addresses, QObject* parent = nullptr);

    void load(VpcApi* api); // nullptr: reallocation stays disabled ("no account")
    bool isReady() const { return m_pending == 0; }

    const QList<Address>& addresses() const { return m_addresses; }
    static QString bindingText(const Address& a); // "Instance ins-1 (10.0.0.5)", ...
    QStringList consequences() const;             // translated lines
    bool hasNatGateway() const;
    int releasedCount() const; // CascadeRelease EIPs

    bool reallocateAllowed() const { return isReady() && m_reallocateReason.isEmpty(); }
    QString reallocateReason() const { return m_reallocateReason; } // why it is disabled
    qint64 dailyQuotaLeft() const { return m_quotaLeft; }           // -1: unknown

signals:
    void ready();

private:
    void done();

    QList<Address> m_addresses;
    int m_pending = 0;
    QString m_reallocateReason;
    qint64 m_quotaLeft = -1;
};

} // namespace eipdesk
