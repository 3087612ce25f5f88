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
    // Back to the very private IP it was on: the ENI and IP when known (on an ENI attached to
    // an instance that binds as BIND, like the instance form; the instance form alone would
    // land on the primary IP, wrong for an EIP that was on a secondary IP), else the instance.
    // NAT gateways, load balancers and other kinds are not bound with AssociateAddress.
    const bool cvmOrEni = previousInstanceType.isEmpty() ||
                          previousInstanceType == QLatin1String("CVM") ||
                          previousInstanceType == QLatin1String("ENI") ||
                          previousInstanceType == QLatin1String("NetworkInterface");
    if (!cvmOrEni)
        return {};
    if (!previousEniId.isEmpty() && !previousPrivateIp.isEmpty())
        return {{}, previousEniId, previousPrivateIp};
    if (previousInstanceId.startsWith(QLatin1String("ins-")))
        return {previousInstanceId, {}, {}};
    return {};
}

} // namespace eipdesk
