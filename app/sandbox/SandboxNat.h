// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::sandbox {

// A NAT gateway; its EIPs are the addresses whose InstanceId is the gateway's ID.
struct SandboxNat {
    QString id;
    bool restricted = false; // banned: UnsupportedOperation.NatGatewayRestricted
};

} // namespace eipdesk::sandbox
