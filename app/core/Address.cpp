// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Address.h"

#include "core/AddressStatus.h"

#include <QStringList>

namespace eipdesk {

BoundKind Address::boundKind() const {
    if (isNatGateway())
        return BoundKind::NatGateway;
    if (instanceType == QLatin1String("CVM") || instanceId.startsWith(QLatin1String("ins-")))
        return BoundKind::Cvm;
    if (instanceType == QLatin1String("ENI") ||
        addressStatus == QLatin1String(AddressStatus::BindEni) ||
        (!networkInterfaceId.isEmpty() && instanceId.isEmpty()))
        return BoundKind::Eni;
    if (!instanceId.isEmpty() || !instanceType.isEmpty())
        return BoundKind::Other;
    return BoundKind::None;
}

bool Address::isBound() const {
    return AddressStatus::isBound(addressStatus);
}

bool Address::isTransitional() const {
    return AddressStatus::isTransitional(addressStatus);
}

bool Address::isNatGateway() const {
    return instanceType == QLatin1String("NAT") || instanceId.startsWith(QLatin1String("nat-"));
}

bool Address::isOrdinaryPublicIp() const {
    return addressType.compare(QLatin1String("WanIP"), Qt::CaseInsensitive) == 0;
}

QString Address::unbindBlocker() const {
    if (isTransitional())
        return QStringLiteral("transitional");
    if (!isBound())
        return QStringLiteral("not-bound");
    if (isBlocked)
        return QStringLiteral("blocked");
    if (isOrdinaryPublicIp())
        return QStringLiteral("ordinary-public-ip");
    return {};
}

QString Address::tagsText() const {
    QStringList parts;
    parts.reserve(tags.size());
    for (const Tag& t : tags)
        parts << (t.value.isEmpty() ? t.key : t.key + QLatin1Char('=') + t.value);
    return parts.join(QStringLiteral(", "));
}

} // namespace eipdesk
