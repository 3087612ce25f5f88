// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/UnbindPlan.h"

#include "api/SiteRules.h"
#include "api/VpcApi.h"
#include "core/Quota.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace eipdesk {

UnbindPlan::UnbindPlan(const QList<Address>& selection, const QHash<QString, int>& natCounts,
                       QObject* parent)
    : QObject(parent)
    , m_verdicts(UnbindEligibility::assess(selection, natCounts))
    , m_addresses(UnbindEligibility::eligible(m_verdicts)) {
    m_generalReason = tr("Checking whether a normal public IP can be reallocated…");
    m_pending = 1;
}

QList<UnbindVerdict> UnbindPlan::refused() const {
    QList<UnbindVerdict> out;
    for (const UnbindVerdict& v : m_verdicts)
        if (!v.eligible())
            out << v;
    return out;
}

QList<Address> UnbindPlan::released() const {
    QList<Address> out;
    for (const Address& a : m_addresses)
        if (a.cascadeRelease)
            out << a;
    return out;
}

QList<Address> UnbindPlan::reallocatable() const {
    QList<Address> out;
    if (!isReady() || !m_generalReason.isEmpty())
        return out;
    for (const Address& a : m_addresses)
        if (!m_noRealloc.contains(a.addressId))
            out << a;
    return out;
}

bool UnbindPlan::reallocateAllowed() const {
    return !reallocatable().isEmpty();
}

QString UnbindPlan::reallocateReason() const {
    if (!isReady() || !m_generalReason.isEmpty())
        return m_generalReason;
    if (m_addresses.isEmpty())
        return tr("No EIP will be unbound.");
    if (!reallocatable().isEmpty())
        return {};
    QStringList lines;
    for (const Address& a : m_addresses)
        lines << tr("%1: %2").arg(a.addressId, m_noRealloc.value(a.addressId));
    return lines.join(QLatin1Char('\n'));
}

QString UnbindPlan::reallocateScope() const {
    const QList<Address> yes = reallocatable();
    if (yes.isEmpty() || yes.size() == m_addresses.size())
        return {};
    QStringList not_;
    for (const Address& a : m_addresses)
        if (m_noRealloc.contains(a.addressId))
            not_ << tr("%1 (%2)").arg(a.addressId, m_noRealloc.value(a.addressId));
    return tr("Applies to %1 of %2 EIPs; not to: %3")
        .arg(yes.size())
        .arg(m_addresses.size())
        .arg(not_.join(QStringLiteral("; ")));
}

QString UnbindPlan::bindingText(const Address& a, const QString& instanceName) {
    const QString ip =
        a.privateAddressIp.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.privateAddressIp);
    switch (a.boundKind()) {
    case BoundKind::Cvm:
        return tr("Instance %1")
                   .arg(instanceName.isEmpty() || instanceName == a.instanceId
                            ? a.instanceId
                            : QStringLiteral("%1 (%2)").arg(instanceName, a.instanceId)) +
               ip;
    case BoundKind::Eni:
        return tr("Network interface %1").arg(a.networkInterfaceId) + ip;
    case BoundKind::NatGateway:
        return tr("NAT gateway %1").arg(a.instanceId);
    case BoundKind::Other:
        return QStringLiteral("%1 %2").arg(a.instanceType, a.instanceId).trimmed() + ip;
    case BoundKind::None:
        break;
    }
    return tr("Not bound");
}

bool UnbindPlan::hasNatGateway() const {
    for (const Address& a : m_addresses)
        if (a.isNatGateway())
            return true;
    return false;
}

int UnbindPlan::releasedCount() const {
    int n = 0;
    for (const Address& a : m_addresses)
        n += a.cascadeRelease ? 1 : 0;
    return n;
}

QStringList UnbindPlan::consequences() const {
    QStringList out;
    const int released = releasedCount();
    const int kept = int(m_addresses.size()) - released;
    if (released > 0) {
        QStringList names;
        for (const Address& a : this->released())
            names << (a.addressIp.isEmpty()
                          ? a.addressId
                          : QStringLiteral("%1 (%2)").arg(a.addressId, a.addressIp));
        out << tr("%n EIP(s) marked CascadeRelease will be released once unbound: "
                  "the public IP is gone for good: %1",
                  nullptr, released)
                   .arg(names.join(QStringLiteral(", ")));
    }
    if (kept > 0)
        out << tr("%n EIP(s) stay in your account unbound; an idle EIP keeps being billed "
                  "until you release it.",
                  nullptr, kept);
    int arrears = 0;
    for (const Address& a : m_addresses)
        arrears += a.isArrears ? 1 : 0;
    if (arrears > 0)
        out << tr("%n EIP(s) are in arrears (isolated). The documentation does not forbid "
                  "unbinding them, so EIP Desk sends the request; if the service refuses, "
                  "History shows its answer.",
                  nullptr, arrears);
    if (hasNatGateway())
        out << tr("NAT gateway EIPs are removed from their gateway with "
                  "DisassociateNatGatewayAddress (no task id; EIP Desk watches the address "
                  "until it is unbound). A gateway must keep at least one EIP.");
    return out;
}

void UnbindPlan::load(VpcApi* api) {
    m_pending = 0;
    m_generalReason.clear();
    m_noRealloc.clear();
    if (!api) {
        m_generalReason = tr("No account is selected.");
        return done();
    }
    if (m_addresses.isEmpty()) {
        m_generalReason = tr("No EIP will be unbound.");
        return done();
    }
    const QString notPrimary = tr("not on the primary private IP of a primary network interface");
    QHash<QString, QStringList> enisPerRegion;
    for (const Address& a : std::as_const(m_addresses)) {
        if (a.isNatGateway())
            m_noRealloc.insert(a.addressId, tr("not available for NAT gateway EIPs"));
        else if (a.networkInterfaceId.isEmpty() || a.privateAddressIp.isEmpty())
            m_noRealloc.insert(a.addressId, notPrimary);
        else if (!enisPerRegion[a.region].contains(a.networkInterfaceId))
            enisPerRegion[a.region] << a.networkInterfaceId;
    }
    if (enisPerRegion.isEmpty())
        return done();
    m_pending = int(enisPerRegion.size()) + 1;
    for (auto it = enisPerRegion.cbegin(); it != enisPerRegion.cend(); ++it) {
        const QString region = it.key();
        api->describeNetworkInterfaces(
            region, it.value(), this,
            [this, region, notPrimary](const QList<NetworkInterface>& enis, const ApiError& error) {
                if (error && m_generalReason.isEmpty())
                    m_generalReason =
                        tr("Could not check the network interfaces (%1).").arg(error.code);
                QHash<QString, NetworkInterface> byId;
                for (const NetworkInterface& n : enis)
                    byId.insert(n.networkInterfaceId, n);
                for (const Address& a : std::as_const(m_addresses)) {
                    if (a.region != region || error || m_noRealloc.contains(a.addressId))
                        continue;
                    if (!byId.value(a.networkInterfaceId)
                             .isPrimaryIpOfPrimaryEni(a.privateAddressIp))
                        m_noRealloc.insert(a.addressId, notPrimary);
                }
                done();
            });
    }
    const Site site = api->site();
    api->describeAddressQuota(m_addresses.isEmpty() ? QString() : m_addresses.first().region, this,
                              [this, site](const QList<Quota>& quotas, const ApiError&) {
                                  // A missing quota (or an error) leaves it unknown (-1): offered,
                                  // and said so.
                                  if (const auto q = SiteRules::dailyReassignQuota(quotas, site))
                                      m_quotaLeft = q->remaining();
                                  done();
                              });
}

void UnbindPlan::done() {
    if (m_pending > 0)
        --m_pending;
    if (m_pending != 0)
        return;
    if (m_generalReason.isEmpty() && m_quotaLeft >= 0) {
        const qint64 wanted = reallocatable().size();
        if (wanted > 0 && m_quotaLeft < wanted)
            m_generalReason = tr("Only %1 public IP reallocation(s) left today for %2 "
                                 "EIP(s).")
                                  .arg(m_quotaLeft)
                                  .arg(wanted);
    }
    emit ready();
}

} // namespace eipdesk
