// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "ops/BindTarget.h"
#include "ops/JournalEntry.h"
#include "ops/OperationTarget.h"

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// The words of a bind confirmation (window and `eipdesk bind`): what is bound to what, what
// the API does (a task: BINDING, then BIND or BIND_ENI), and, when the target private IP
// already has an ordinary public IP, what the documentation says about it.
class BindConfirmation {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::BindConfirmation)
public:
    static QString title(const Address& eip);
    static QString text(const Address& eip, const BindTarget& target);
    // A move of a bound EIP (window and `eipdesk move`): the two steps, the idle moment between
    // them, what the previous target loses, and the way back if the bind fails.
    static QString moveTitle(const Address& eip);
    static QString moveText(const Address& eip, const BindTarget& target,
                            const QString& fromInstanceName = {});
    // Where an EIP is bound now: "instance web-01 (ins-…)" or "network interface eni-… (IP)".
    static QString boundToText(const Address& eip, const QString& instanceName = {});
    // The question before binding an EIP back where it was (Undo, a failed move's way back):
    // the instance (with its name when known), the private IP and the network interface.
    static QString bindBackQuestion(const JournalEntry& entry, const QString& instanceName = {});
    // Empty when the target has no ordinary public IP.
    static QString normalPublicIpNote(const BindTarget& target);
    // "web-01 (ins-abc12345)" or the ID alone.
    static QString instanceLabel(const QString& id, const QString& name);
};

} // namespace eipdesk
