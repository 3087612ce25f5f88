// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::sandbox {

// A CVM instance of the emulated world.
struct SandboxInstance {
    QString id;
    QString state = QStringLiteral("RUNNING"); // RUNNING, STOPPED, TERMINATING, ...
    QString primaryEniId; // may name an ENI that does not exist (FailedOperation.MasterEniNotFound)
    // What makes the rarer AssociateAddress codes reachable (README table); the defaults are
    // an ordinary instance that takes any EIP.
    QString chargeType = QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR"); // its network billing
    bool stoppedNoCharge = false;                                    // STOPPED in no-charge mode
    bool bgpOnly = false;                                            // takes BGP EIPs only
    bool anycastUnsupported = false;                                 // takes no AnycastEIP
    bool residentialUnsupported = false;                             // takes no ResidentialEIP
    bool directUnsupported = false; // its VPC cannot show an EIP on the ENI
    QString dedicatedClusterId;     // the CDC it runs in
    int maxAddresses = 0;           // > 0: at most this many EIPs on it
};

} // namespace eipdesk::sandbox
