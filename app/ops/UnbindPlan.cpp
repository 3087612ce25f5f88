// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/UnbindPlan.h"

#include "api/SiteRules.h"
#include "api/VpcApi.h"
#include "core/Quota.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace eipdesk {

UnbindPlan::UnbindPlan(const QList<Address>& addresses, QObject* parent)
    : QObject(parent)
    , m_addresses(addresses) {
    m_reallocateReason = tr("Checking whether a normal public IP can be reallocated…");
    m_pending = 1;
}

QString UnbindPlan::bindingText(const Address& a) {
    const QString ip =
        a.privateAddressIp.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.privateAddressIp);
    switch (a.boundKind()) {
    case BoundKind::Cvm:
        return tr("Instance %1").arg(a.instanceId) + ip;
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
    if (released > 0)
        out << tr("%n EIP(s) marked CascadeRelease will be released once unbound: "
                  "the public IP is gone for good.",
                  nullptr, released);
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
    m_reallocateReason.clear();
    if (!api) {
        m_reallocateReason = tr("No account is selected.");
        return done();
    }
    for (const Address& a : m_addresses) {
        if (a.isNatGateway()) {
            m_reallocateReason = tr("Not available for NAT gateway EIPs.");
            return done();
        }
        if (a.networkInterfaceId.isEmpty() || a.privateAddressIp.isEmpty()) {
            m_reallocateReason =
                tr("%1 is not on the primary private IP of a primary network interface.")
                    .arg(a.addressId);
            return done();
        }
    }
    QHash<QString, QStringList> enisPerRegion;
    for (const Address& a : m_addresses)
        if (!enisPerRegion[a.region].contains(a.networkInterfaceId))
            enisPerRegion[a.region] << a.networkInterfaceId;
    m_pending = int(enisPerRegion.size()) + 1;
    for (auto it = enisPerRegion.cbegin(); it != enisPerRegion.cend(); ++it) {
        const QString region = it.key();
        api->describeNetworkInterfaces(
            region, it.value(), this,
            [this, region](const QList<NetworkInterface>& enis, const ApiError& error) {
                if (error && m_reallocateReason.isEmpty())
                    m_reallocateReason =
                        tr("Could not check the network interfaces (%1).").arg(error.code);
                QHash<QString, NetworkInterface> byId;
                for (const NetworkInterface& n : enis)
                    byId.insert(n.networkInterfaceId, n);
                for (const Address& a : std::as_const(m_addresses)) {
                    if (a.region != region || error || !m_reallocateReason.isEmpty())
                        continue;
                    if (!byId.value(a.networkInterfaceId)
                             .isPrimaryIpOfPrimaryEni(a.privateAddressIp))
                        m_reallocateReason = tr("%1 is not on the primary private IP of a "
                                                "primary network interface.")
                                                 .arg(a.addressId);
                }
                done();
            });
    }
    const Site site = api->site();
    api->describeAddressQuota(
        m_addresses.isEmpty() ? QString() : m_addresses.first().region, this,
        [this, site](const QList<Quota>& quotas, const ApiError& error) {
            // A missing quota (or an error) leaves it unknown: offered, and said so.
            if (const auto q = SiteRules::dailyReassignQuota(quotas, site))
                m_quotaLeft = q->remaining();
            if (!error && m_quotaLeft >= 0 && m_quotaLeft < m_addresses.size() &&
                m_reallocateReason.isEmpty())
                m_reallocateReason = tr("Only %1 public IP reallocation(s) left today for %2 "
                                        "EIP(s).")
                                         .arg(m_quotaLeft)
                                         .arg(m_addresses.size());
            done();
        });
}

void UnbindPlan::done() {
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0)
        emit ready();
}

} // namespace eipdesk
