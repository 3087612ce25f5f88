// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// Where an EIP is to be bound (AssociateAddress): a CVM instance (its primary private IP on
// the primary network interface) or one private IP of a network interface. The names are for
// people only; the IDs are what is sent.
struct BindTarget {
    enum class Kind { None, Instance, NetworkInterfaceIp };
    Kind kind = Kind::None;
    QString instanceId;         // Kind::Instance; for an ENI, the instance it is attached to
    QString instanceName;       // display only
    QString networkInterfaceId; // Kind::NetworkInterfaceIp
    QString privateIp;          // the ENI IP; for an instance, its primary private IP if known
    QString normalPublicIp;     // an ordinary public IP already on that private IP, if known

    bool isValid() const {
        return kind == Kind::Instance ? !instanceId.isEmpty()
               : kind == Kind::NetworkInterfaceIp
                   ? !networkInterfaceId.isEmpty() && !privateIp.isEmpty()
                   : false;
    }
    static BindTarget instance(const QString& id, const QString& name = {}) {
        BindTarget t;
        t.kind = Kind::Instance;
        t.instanceId = id;
        t.instanceName = name;
        return t;
    }
    static BindTarget eniIp(const QString& eniId, const QString& ip) {
        BindTarget t;
        t.kind = Kind::NetworkInterfaceIp;
        t.networkInterfaceId = eniId;
        t.privateIp = ip;
        return t;
    }
};

} // namespace eipdesk
