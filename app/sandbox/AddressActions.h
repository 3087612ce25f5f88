// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionContext.h"
#include "sandbox/ActionError.h"

namespace eipdesk::sandbox {

// DescribeAddresses, DisassociateAddress and AssociateAddress (spec §4.1-4.3, §5.1).
class AddressActions {
public:
    static ActionError describeAddresses(ActionContext& ctx);
    static ActionError disassociateAddress(ActionContext& ctx);
    static ActionError associateAddress(ActionContext& ctx);
};

} // namespace eipdesk::sandbox
