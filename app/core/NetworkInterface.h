// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace eipdesk {

struct PrivateIpAddress {
    QString privateIpAddress;
    bool primary = false;
    QString publicIpAddress;
    QString addressId;
    QString state;
};

// DescribeNetworkInterfaces' NetworkInterface (spec §4.7), the fields we use.
struct NetworkInterface {
    QString networkInterfaceId;
    QString networkInterfaceName;
    QString vpcId;
    QString subnetId;
    QString state;
    bool primary = false;
    QString attachedInstanceId; // Attachment.InstanceId; empty when not attached
    QList<PrivateIpAddress> privateIpAddresses;

    // The rule for ReallocateNormalPublicIp: a primary ENI, and the given IP is its primary IP.
    bool isPrimaryIpOfPrimaryEni(const QString& privateIp) const {
        if (!primary)
            return false;
        for (const auto& p : privateIpAddresses)
            if (p.privateIpAddress == privateIp)
                return p.primary;
        return false;
    }
};

} // namespace eipdesk
