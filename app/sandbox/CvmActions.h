// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionContext.h"
#include "sandbox/ActionError.h"

namespace eipdesk::sandbox {

// CVM 2017-03-12 actions of the emulated world: DescribeInstances (the documented filters,
// InstanceIds or Filters, Offset/Limit paging, newest first).
class CvmActions {
public:
    static ActionError describeInstances(ActionContext& ctx);
};

} // namespace eipdesk::sandbox
