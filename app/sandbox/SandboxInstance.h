// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace eipdesk::sandbox {

// A CVM instance of the emulated world. Its private IPs, VPC and subnet come from its primary
// ENI (RegionData::enis); DescribeInstances reports them from there.
struct SandboxInstance {
    QString id;
    QString name;
    // The CVM instance states: PENDING, LAUNCH_FAILED, RUNNING, STOPPED, STARTING, STOPPING,
    // REBOOTING, SHUTDOWN, TERMINATING.
    QString state = QStringLiteral("RUNNING");
    QString primaryEniId; // may name an ENI that does not exist (FailedOperation.MasterEniNotFound)
    QString machineType = QStringLiteral("S5.MEDIUM4"); // Instance.InstanceType
    QString chargeType = QStringLiteral("POSTPAID_BY_HOUR");
    // An ordinary (non-EIP) public IP on the primary private IP of the primary ENI; empty when
    // none. The ENI's PrivateIpAddress carries the same IP with an empty AddressId.
    QString normalPublicIp;
    QDateTime createdTime;
};

} // namespace eipdesk::sandbox
