// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace eipdesk {

// CVM DescribeInstances' Instance (2017-03-12), the fields the bind picker and the names need.
// Every field may be missing or JSON null on the wire: strings are then empty.
struct CvmInstance {
    QString region; // not on the wire: the region the instance was listed in
    QString instanceId;
    QString instanceName;
    QString instanceState; // PENDING, LAUNCH_FAILED, RUNNING, STOPPED, STARTING, STOPPING, ...
    QString instanceType;  // the machine type, e.g. S5.MEDIUM4
    QString zone;          // Placement.Zone
    QString restrictState; // NORMAL, EXPIRED, PROTECTIVELY_ISOLATED
    QStringList privateIpAddresses; // of the primary ENI; the first is the primary private IP
    QStringList publicIpAddresses;  // of the primary ENI: an EIP or an ordinary public IP
    QString vpcId;                  // VirtualPrivateCloud.VpcId
    QString subnetId;               // VirtualPrivateCloud.SubnetId
    QDateTime createdTime;          // UTC, invalid if missing

    QString primaryPrivateIp() const {
        return privateIpAddresses.isEmpty() ? QString() : privateIpAddresses.first();
    }
};

} // namespace eipdesk
