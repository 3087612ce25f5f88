// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/UnbindEligibility.h"

#include "core/AddressStatus.h"

namespace eipdesk {

QHash<QString, int> UnbindEligibility::natGatewayEipCounts(const QList<Address>& inventory) {
    QHash<QString, int> counts;
    for (const Address& a : inventory)
        if (a.isNatGateway() && !a.instanceId.isEmpty())
            ++counts[natKey(a)];
    return counts;
}

bool UnbindEligibility::isLoadBalancer(const Address& a) {
    return a.instanceType == QLatin1String("CLB") || a.instanceId.startsWith(QLatin1String("lb-"));
}

bool UnbindEligibility::canUnbindAlone(const Address& a) {
    return a.isBound() && !a.isTransitional() && !a.isBlocked && !isLoadBalancer(a);
}

QStringList UnbindEligibility::reasons(const Address& a) {
    QStringList out;
    if (a.isTransitional())
        out << tr("its state is changing (%1); wait until it settles").arg(a.addressStatus);
    else if (!a.isBound())
        out << tr("it is not bound");
    if (a.isBlocked)
        out << tr("it is blocked; Tencent Cloud does not unbind a blocked EIP");
    if (a.isBound() && isLoadBalancer(a))
        out << tr("it is bound to load balancer %1; DisassociateAddress only unbinds from CVM "
                  "instances and network interfaces: unbind it in the CLB console")
                   .arg(a.instanceId);
    return out;
}

QStringList UnbindEligibility::warnings(const Address& a) {
    QStringList out;
    if (a.isArrears)
        out << tr("the account is in arrears for it; Tencent Cloud may refuse the unbind");
    if (a.cascadeRelease)
        out << tr("CascadeRelease: it will be released once unbound");
    return out;
}

QList<UnbindVerdict> UnbindEligibility::assess(const QList<Address>& selection,
                                               const QHash<QString, int>& counts) {
    QList<UnbindVerdict> out;
    out.reserve(selection.size());
    QHash<QString, int> selectedPerNat;
    for (const Address& a : selection)
        if (a.isNatGateway() && !a.instanceId.isEmpty() && reasons(a).isEmpty())
            ++selectedPerNat[natKey(a)];
    QHash<QString, int> seenPerNat;
    for (const Address& a : selection) {
        UnbindVerdict v{a, reasons(a), warnings(a)};
        // Only where the gateway's EIPs are known (the inventory holds its region).
        if (v.reasons.isEmpty() && a.isNatGateway() && !a.instanceId.isEmpty() &&
            counts.contains(natKey(a))) {
            const QString key = natKey(a);
            const int selected = selectedPerNat.value(key);
            const int total = qMax(counts.value(key), selected);
            if (++seenPerNat[key] == selected && selected >= total)
                v.reasons << tr("it is the last EIP of NAT gateway %1, which must keep at least "
                                "one")
                                 .arg(a.instanceId);
        }
        out << v;
    }
    return out;
}

QList<Address> UnbindEligibility::eligible(const QList<UnbindVerdict>& verdicts) {
    QList<Address> out;
    for (const UnbindVerdict& v : verdicts)
        if (v.eligible())
            out << v.address;
    return out;
}

} // namespace eipdesk
