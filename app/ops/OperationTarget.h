// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// Where an AssociateAddress puts an EIP: a CVM instance (InstanceId), or an elastic network
// interface and one of its private IPs (NetworkInterfaceId + PrivateIpAddress). Exactly one of
// the two forms is used; an empty target means "no binding" (unbind operations).
struct OperationTarget {
    QString instanceId;         // ins-...; empty for an ENI target
    QString networkInterfaceId; // eni-...; empty for an instance target
    QString privateIp;          // with networkInterfaceId only

    bool isEmpty() const { return instanceId.isEmpty() && networkInterfaceId.isEmpty(); }
    bool isInstance() const { return !instanceId.isEmpty(); }
    bool isEni() const { return instanceId.isEmpty() && !networkInterfaceId.isEmpty(); }
    bool operator==(const OperationTarget& o) const {
        return instanceId == o.instanceId && networkInterfaceId == o.networkInterfaceId &&
               privateIp == o.privateIp;
    }
    bool operator!=(const OperationTarget& o) const { return !(*this == o); }
};

} // namespace eipdesk
