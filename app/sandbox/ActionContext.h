// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ApiCall.h"

#include <QJsonObject>

namespace eipdesk::sandbox {

class SandboxWorld;

// What an action handler gets: the decoded call (region already validated for regional
// actions), the world, and the response object to fill (RequestId is added later).
struct ActionContext {
    const ApiCall& call;
    SandboxWorld& world;
    QJsonObject& response;
};

} // namespace eipdesk::sandbox
