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
    // What makes the rarer AssociateAddress codes reachable (README table); the defaults are
    // an ordinary instance that takes any EIP.
    QString internetChargeType = QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR"); // its network billing
    bool stoppedNoCharge = false;                       // STOPPED in no-charge mode
    bool bgpOnly = false;                               // takes BGP EIPs only
    bool anycastUnsupported = false;                    // takes no AnycastEIP
    bool residentialUnsupported = false;                // takes no ResidentialEIP
    bool directUnsupported = false;                     // its VPC cannot show an EIP on the ENI
    QString dedicatedClusterId;                         // the CDC it runs in
    int maxAddresses = 0;                               // > 0: at most this many EIPs on it
    QString machineType = QStringLiteral("S5.MEDIUM4"); // Instance.InstanceType
    QString instanceChargeType = QStringLiteral("POSTPAID_BY_HOUR"); // Instance.InstanceChargeType
    // An ordinary (non-EIP) public IP on the primary private IP of the primary ENI; empty when
    // none. The ENI's PrivateIpAddress carries the same IP with an empty AddressId.
    QString normalPublicIp;
    QDateTime createdTime;
};

} // namespace eipdesk::sandbox
