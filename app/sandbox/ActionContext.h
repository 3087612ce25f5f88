// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ApiCall.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace eipdesk::sandbox {

class SandboxWorld;

// What an action handler gets: the decoded call (region already validated for regional
// actions), the world, and the response object to fill (RequestId is added later). A handler
// may also give fields as ready-made JSON text (rawFields: name, JSON value), spliced into the
// response as they are: DescribeAddresses writes its AddressSet that way.
struct ActionContext {
    const ApiCall& call;
    SandboxWorld& world;
    QJsonObject& response;
    QList<QPair<QString, QByteArray>>& rawFields;
};

} // namespace eipdesk::sandbox
