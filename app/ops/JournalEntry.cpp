// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/JournalEntry.h"

namespace eipdesk {

QString JournalEntry::kindName(Kind kind) {
    switch (kind) {
    case Kind::Unbind:
        return QStringLiteral("unbind");
    case Kind::UnbindNat:
        return QStringLiteral("unbind-nat");
    case Kind::Rebind:
        return QStringLiteral("rebind");
    case Kind::Bind:
        return QStringLiteral("bind");
    case Kind::Move:
        return QStringLiteral("move");
    }
    return QStringLiteral("unbind");
}

JournalEntry::Kind JournalEntry::kindFromName(const QString& name) {
    if (name == QLatin1String("unbind-nat"))
        return Kind::UnbindNat;
    if (name == QLatin1String("rebind"))
        return Kind::Rebind;
    if (name == QLatin1String("bind"))
        return Kind::Bind;
    if (name == QLatin1String("move"))
        return Kind::Move;
    return Kind::Unbind;
}

OperationTarget JournalEntry::target() const {
    if (!targetInstanceId.isEmpty() || !targetEniId.isEmpty()) {
        if (!targetInstanceId.isEmpty())
            return {targetInstanceId, {}, {}};
        return {{}, targetEniId, targetPrivateIp};
    }
    if (kind == Kind::Rebind)
        return previousTarget();
    return {};
}

OperationTarget JournalEntry::previousTarget() const {
    // A CVM binding takes the instance back; an ENI binding its ENI and private IP. NAT
    // gateways, load balancers and other kinds are not bound with AssociateAddress.
    if (previousInstanceId.startsWith(QLatin1String("ins-")))
        return {previousInstanceId, {}, {}};
    if (!previousEniId.isEmpty() && !previousPrivateIp.isEmpty() &&
        (previousInstanceType.isEmpty() || previousInstanceType == QLatin1String("CVM") ||
         previousInstanceType == QLatin1String("ENI") ||
         previousInstanceType == QLatin1String("NetworkInterface")))
        return {{}, previousEniId, previousPrivateIp};
    return {};
}

} // namespace eipdesk
