// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/AddressText.h"

#include "core/AddressStatus.h"

#include <QStringList>

namespace eipdesk {

QString AddressText::addressType(const QString& wire) {
    if (wire == QLatin1String("EIP"))
        return tr("Elastic IP");
    if (wire.compare(QLatin1String("WanIP"), Qt::CaseInsensitive) == 0)
        return tr("Ordinary public IP");
    if (wire == QLatin1String("AnycastEIP"))
        return tr("Anycast (accelerated) EIP");
    if (wire == QLatin1String("HighQualityEIP"))
        return tr("High-quality EIP");
    if (wire == QLatin1String("AntiDDoSEIP"))
        return tr("Anti-DDoS EIP");
    if (wire == QLatin1String("ResidentialEIP"))
        return tr("Residential (native) IP");
    if (wire == QLatin1String("CalcIP"))
        return tr("Device IP");
    return wire;
}

QString AddressText::chargeType(const QString& wire) {
    if (wire == QLatin1String("BANDWIDTH_PREPAID_BY_MONTH"))
        return tr("Monthly prepaid bandwidth");
    if (wire == QLatin1String("TRAFFIC_POSTPAID_BY_HOUR"))
        return tr("Hourly, by traffic");
    if (wire == QLatin1String("BANDWIDTH_POSTPAID_BY_HOUR"))
        return tr("Hourly, by bandwidth");
    if (wire == QLatin1String("BANDWIDTH_PACKAGE"))
        return tr("Shared bandwidth package");
    return wire;
}

QString AddressText::isp(const QString& wire) {
    if (wire == QLatin1String("BGP"))
        return tr("BGP (multi-line)");
    if (wire == QLatin1String("CMCC"))
        return tr("China Mobile");
    if (wire == QLatin1String("CTCC"))
        return tr("China Telecom");
    if (wire == QLatin1String("CUCC"))
        return tr("China Unicom");
    return wire;
}

QString AddressText::renewFlag(const QString& wire) {
    if (wire == QLatin1String("NOTIFY_AND_MANUAL_RENEW"))
        return tr("Manual renewal");
    if (wire == QLatin1String("NOTIFY_AND_AUTO_RENEW"))
        return tr("Automatic renewal");
    if (wire == QLatin1String("DISABLE_NOTIFY_AND_MANUAL_RENEW"))
        return tr("Not renewed at expiry");
    return wire;
}

QString AddressText::instanceType(const QString& wire) {
    if (wire == QLatin1String("CVM"))
        return tr("Cloud server (CVM)");
    if (wire == QLatin1String("NAT"))
        return tr("NAT gateway");
    if (wire == QLatin1String("HAVIP"))
        return tr("High-availability virtual IP");
    if (wire == QLatin1String("ENI"))
        return tr("Elastic network interface");
    if (wire == QLatin1String("CLB"))
        return tr("Load balancer (CLB)");
    if (wire == QLatin1String("DHCPIP"))
        return tr("Elastic private IP");
    return wire;
}

QString AddressText::withRaw(const QString& words, const QString& wire) {
    if (wire.isEmpty())
        return {};
    if (words.isEmpty() || words == wire)
        return wire;
    return QStringLiteral("%1 (%2)").arg(words, wire);
}

QString AddressText::kind(const Address& a) {
    return withRaw(addressType(a.addressType), a.addressType);
}

QString AddressText::applicableActions(const Address& a) {
    if (a.isOrdinaryPublicIp())
        return tr("None in EIP Desk: an ordinary public IP belongs to its instance; convert it "
                  "to an EIP in the console (TransformAddress) to unbind or move it.");
    if (a.isNatGateway())
        return tr("Unbind from the NAT gateway (DisassociateNatGatewayAddress).");
    if (a.addressStatus == QLatin1String(AddressStatus::Unbind))
        return tr("Bind (AssociateAddress).");
    if (a.isBound() && (a.boundKind() == BoundKind::Cvm || a.boundKind() == BoundKind::Eni))
        return tr("Unbind (DisassociateAddress); move to another instance or private IP "
                  "(DisassociateAddress, then AssociateAddress).");
    if (a.isBound())
        return tr("Unbind (DisassociateAddress).");
    return tr("None while its state is %1.").arg(a.addressStatus);
}

QString AddressText::algText(const Address& a) {
    if (!a.algFtp && !a.algSip)
        return {};
    auto state = [](const std::optional<bool>& on) {
        return !on ? tr("unknown") : *on ? tr("on") : tr("off");
    };
    return tr("FTP %1, SIP %2").arg(state(a.algFtp), state(a.algSip));
}

} // namespace eipdesk
