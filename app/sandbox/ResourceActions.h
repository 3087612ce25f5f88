// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionContext.h"
#include "sandbox/ActionError.h"

namespace eipdesk::sandbox {

// The other actions: regions, tasks, quota, ENIs and NAT gateway EIPs (spec §4.4-4.8).
class ResourceActions {
public:
    static ActionError describeRegions(ActionContext& ctx);    // region service 2022-06-27
    static ActionError describeCvmRegions(ActionContext& ctx); // CVM 2017-03-12
    static ActionError describeTaskResult(ActionContext& ctx);
    static ActionError describeAddressQuota(ActionContext& ctx);
    static ActionError describeNetworkInterfaces(ActionContext& ctx);
    static ActionError disassociateNatGatewayAddress(ActionContext& ctx);
};

} // namespace eipdesk::sandbox
