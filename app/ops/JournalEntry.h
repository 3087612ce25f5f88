// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/OperationState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eipdesk {

// One operation as the journal records it. Never holds a secret.
struct JournalEntry {
    enum class Kind { Unbind, UnbindNat, Rebind };

    qint64 id = 0;        // row id, set by Journal::add()
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while not final
    QString profile;
    QString region;
    QString addressId;
    QString addressIp;
    Kind kind = Kind::Unbind;
    // What the address was bound to before (the target of "Re-bind to previous target").
    QString previousInstanceId;
    QString previousInstanceType; // CVM, ENI, NAT, ...
    QString previousEniId;
    QString previousPrivateIp;
    bool reallocate = false; // ReallocateNormalPublicIp was sent
    QString taskId;
    QString requestId;
    OperationState state = OperationState::Queued;
    QString errorCode;
    QString errorMessage; // the server's message (no secrets ever reach it)
    // How the outcome was learned: "task" (DescribeTaskResult), "address" (the address was
    // re-read: a lost reply, or a task the server would not describe), "" while not known.
    QString learnedBy;
    QString owner; // token of the process that queued it (Journal::owner())

    static QString kindName(Kind kind);
    // AssociateAddress kinds: the target is previousInstanceId, or previousEniId +
    // previousPrivateIp (for a re-bind: where the EIP was before it was unbound).
    static bool isBindingKind(Kind kind) { return kind == Kind::Rebind; }
    static Kind kindFromName(const QString& name);
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::JournalEntry)
