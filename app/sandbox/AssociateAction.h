// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionContext.h"
#include "sandbox/ActionError.h"

namespace eipdesk::sandbox {

// AssociateAddress (spec §4.3). It answers only with the action's own 47 codes (Go SDK
// vpc/v20170312 client.go) and the common ones; each code comes from a state of the world
// (app/sandbox/README.md has the table, tests/sandbox/tst_sandbox_associate.cpp a row per code).
class AssociateAction {
public:
    static ActionError run(ActionContext& ctx);
};

} // namespace eipdesk::sandbox
