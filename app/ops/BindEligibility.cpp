// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/BindEligibility.h"

namespace eipdesk {

BindEligibility::BindEligibility(const QList<Address>& regionAddresses)
    : m_addresses(regionAddresses) {
    m_byIp.reserve(m_addresses.size());
    for (int i = 0; i < int(m_addresses.size()); ++i) {
        const Address& a = m_addresses.at(i);
        if (!a.addressIp.isEmpty())
            m_byIp.insert(a.addressIp, i);
        if (a.instanceId.isEmpty() || a.isNatGateway())
            continue;
        if (!a.privateAddressIp.isEmpty())
            m_byInstanceIp.insert(a.instanceId + QLatin1Char('/') + a.privateAddressIp, i);
        else
            m_byInstanceAny.insert(a.instanceId, i);
    }
}

const Address* BindEligibility::find(const QHash<QString, int>& index, const QString& key) const {
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &m_addresses.at(*it);
}

bool BindEligibility::stateBlocksBinding(const QString& state) {
    return state == QLatin1String("PENDING") || state == QLatin1String("LAUNCH_FAILED") ||
           state == QLatin1String("SHUTDOWN") || state == QLatin1String("TERMINATING");
}

QString BindEligibility::instanceStateText(const QString& state) const {
    if (state == QLatin1String("PENDING"))
        return tr("being created");
    if (state == QLatin1String("LAUNCH_FAILED"))
        return tr("failed to launch");
    if (state == QLatin1String("RUNNING"))
        return tr("running");
    if (state == QLatin1String("STOPPED"))
        return tr("stopped");
    if (state == QLatin1String("STARTING"))
        return tr("starting");
    if (state == QLatin1String("STOPPING"))
        return tr("stopping");
    if (state == QLatin1String("REBOOTING"))
        return tr("rebooting");
    if (state == QLatin1String("SHUTDOWN"))
        return tr("shut down (isolated)");
    if (state == QLatin1String("TERMINATING"))
        return tr("being terminated");
    return state.isEmpty() ? tr("unknown") : state;
}

BindCandidate BindEligibility::instance(const CvmInstance& instance) const {
    BindCandidate c;
    const QString primary = instance.primaryPrivateIp();
    const Address* onPrimary =
        find(m_byInstanceIp, instance.instanceId + QLatin1Char('/') + primary);
    if (!onPrimary)
        onPrimary = find(m_byInstanceAny, instance.instanceId);
    for (const QString& ip : instance.publicIpAddresses) {
        const Address* eip = find(m_byIp, ip);
        if (!eip)
            c.normalPublicIp = ip; // not one of the region's EIPs: an ordinary public IP
    }
    if (onPrimary) {
        c.eipId = onPrimary->addressId;
        c.eipIp = onPrimary->addressIp;
    }
    if (stateBlocksBinding(instance.instanceState))
        c.blocker = tr("The instance is %1.").arg(instanceStateText(instance.instanceState));
    else if (primary.isEmpty())
        c.blocker = tr("DescribeInstances reports no private IP for this instance.");
    else if (onPrimary)
        c.blocker = tr("Already has EIP %1 (%2) on its primary private IP.")
                        .arg(onPrimary->addressId, onPrimary->addressIp);
    else if (!c.normalPublicIp.isEmpty())
        c.warning = tr("Has an ordinary public IP, %1: Tencent Cloud's documentation says it "
                       "must be returned before an EIP can be bound.")
                        .arg(c.normalPublicIp);
    else if (instance.restrictState == QLatin1String("PROTECTIVELY_ISOLATED"))
        c.warning = tr("The instance is protectively isolated.");
    return c;
}

BindCandidate BindEligibility::eniIp(const NetworkInterface& eni,
                                     const PrivateIpAddress& ip) const {
    BindCandidate c;
    if (!ip.addressId.isEmpty()) {
        c.eipId = ip.addressId;
        c.eipIp = ip.publicIpAddress;
        c.blocker = tr("Already carries EIP %1 (%2).").arg(ip.addressId, ip.publicIpAddress);
        return c;
    }
    if (!ip.publicIpAddress.isEmpty()) {
        const Address* eip = find(m_byIp, ip.publicIpAddress);
        if (eip) {
            c.eipId = eip->addressId;
            c.eipIp = eip->addressIp;
            c.blocker = tr("Already carries EIP %1 (%2).").arg(eip->addressId, eip->addressIp);
            return c;
        }
        c.normalPublicIp = ip.publicIpAddress;
        c.warning = tr("Has an ordinary public IP, %1: Tencent Cloud's documentation says it "
                       "must be returned before an EIP can be bound.")
                        .arg(ip.publicIpAddress);
    }
    if (!c.warning.isEmpty())
        return c;
    if (!ip.state.isEmpty() && ip.state != QLatin1String("AVAILABLE"))
        c.warning = tr("The private IP is %1, not AVAILABLE.").arg(ip.state);
    else if (!eni.state.isEmpty() && eni.state != QLatin1String("AVAILABLE"))
        c.warning = tr("The network interface is %1, not AVAILABLE.").arg(eni.state);
    return c;
}

} // namespace eipdesk
