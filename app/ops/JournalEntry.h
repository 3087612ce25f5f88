// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/OperationState.h"
#include "ops/OperationTarget.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eipdesk {

// One operation as the journal records it. Never holds a secret.
struct JournalEntry {
    // Unbind: DisassociateAddress. UnbindNat: DisassociateNatGatewayAddress. Rebind: bind back
    // to where the EIP was (History's re-bind, Tasks' Undo, a failed move's way back). Bind: an
    // idle EIP to a new target. Move: unbind from the previous target, then bind to the target,
    // as one operation in two steps.
    enum class Kind { Unbind, UnbindNat, Rebind, Bind, Move };

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
    // Where a binding kind or a move puts the EIP (empty for unbinds).
    QString targetInstanceId;
    QString targetEniId;
    QString targetPrivateIp;
    // A move's step: 0 = unbinding from the previous target, 1 = binding to the target. The
    // journal keeps it so a move resumed after a crash goes on at the right step.
    int step = 0;
    // The entry this one undoes or goes back from (an Undo of an unbind, the bind back after a
    // failed move); 0 for none.
    qint64 parentId = 0;

    static QString kindName(Kind kind);
    // The kinds that end with AssociateAddress (a move too, in its second step).
    static bool isBindingKind(Kind kind) {
        return kind == Kind::Rebind || kind == Kind::Bind || kind == Kind::Move;
    }
    static Kind kindFromName(const QString& name);
    // Where a binding kind or a move puts the EIP: the target columns; for a re-bind written
    // before they existed (journal schema 2), the previous target.
    OperationTarget target() const;
    // Where the EIP was before (an unbind's or a move's previous target): its ENI and private
    // IP when known, else its instance; empty when unknown or not a CVM/ENI binding (a NAT
    // gateway, a load balancer).
    OperationTarget previousTarget() const;
    // The step being worked on now sends AssociateAddress (a move in its second step too).
    bool bindsNow() const {
        return kind == Kind::Rebind || kind == Kind::Bind || (kind == Kind::Move && step == 1);
    }
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::JournalEntry)
