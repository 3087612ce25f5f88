// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "core/NetworkInterface.h"
#include "sandbox/ActionError.h"
#include "sandbox/SandboxInstance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace eipdesk::sandbox {

// The emulator's own JSON of the API objects and envelopes (independent of the client's
// parser): fields documented as nullable are sent as JSON null when unset.
class WireJson {
public:
    static QJsonObject address(const Address& a);
    static QJsonObject networkInterface(const NetworkInterface& eni, const QString& region);
    // CVM's Instance; the private/public IPs, VPC and subnet come from the primary ENI (null
    // when it does not exist).
    static QJsonObject instance(const SandboxInstance& cvm, const NetworkInterface* primaryEni,
                                const QString& region);
    // `rawFields` (name, JSON text) are spliced into the Response object as they are.
    static QByteArray success(QJsonObject response, const QString& requestId,
                              const QList<QPair<QString, QByteArray>>& rawFields = {});
    static QByteArray error(const ActionError& error, const QString& requestId);
    static QString newRequestId();
};

} // namespace eipdesk::sandbox
