// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionContext.h"
#include "sandbox/ActionError.h"

#include "core/Address.h"

namespace eipdesk::sandbox {

// DescribeAddresses, DisassociateAddress and AssociateAddress (spec §4.1-4.3, §5.1).
class AddressActions {
public:
    static ActionError describeAddresses(ActionContext& ctx);
    static ActionError disassociateAddress(ActionContext& ctx);
    static ActionError associateAddress(ActionContext& ctx); // AssociateAction

    // `prefix` + 8 lowercase letters or digits (eip-, ins-, eni-, ...).
    static bool isShortId(const QString& id, const char* prefix);
    // Copies the address of the call's region into `out`, or gives the right "not found" error.
    static ActionError lookup(ActionContext& ctx, const QString& addressId, Address* out);
};

} // namespace eipdesk::sandbox
