// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace eipdesk {

// What will and will not happen to each EIP of a selection, known before anything is sent.
// An EIP is refused only for what Tencent's documentation forbids: it is not bound (only BIND
// and BIND_ENI can be unbound), its state is changing, it is blocked, it is bound to a load
// balancer (DisassociateAddress unbinds from CVM instances and ENIs only), or it is the last
// EIP of a NAT gateway (a gateway must keep one: UnsupportedOperation.PublicIpAddressDisassociate).
// Everything is listed, never only the first reason. In arrears is a warning, not a refusal.
struct UnbindVerdict {
    Address address;
    QStringList reasons;  // translated; empty: it will be unbound
    QStringList warnings; // translated; sent anyway
    bool eligible() const { return reasons.isEmpty(); }
};

class UnbindEligibility {
    Q_DECLARE_TR_FUNCTIONS(UnbindEligibility)
public:
    // "region/nat-id" -> how many EIPs that NAT gateway has in `inventory`.
    static QHash<QString, int> natGatewayEipCounts(const QList<Address>& inventory);
    static QString natKey(const Address& a) { return a.region + QLatin1Char('/') + a.instanceId; }

    // The reasons that depend on the EIP alone (every one of them).
    static QStringList reasons(const Address& a);
    static QStringList warnings(const Address& a);
    static bool isLoadBalancer(const Address& a);
    // reasons(a).isEmpty() without building text (for filtering thousands of rows).
    static bool canUnbindAlone(const Address& a);

    // The selection in order, each with all its reasons. For a NAT gateway whose every EIP is
    // selected, the last one (in selection order) is refused so the gateway keeps one; a
    // gateway missing from natGatewayEipCounts is not judged (unknown, the server decides).
    static QList<UnbindVerdict> assess(const QList<Address>& selection,
                                       const QHash<QString, int>& natGatewayEipCounts);
    static QList<Address> eligible(const QList<UnbindVerdict>& verdicts);
};

} // namespace eipdesk
