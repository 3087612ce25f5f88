// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/JournalEntry.h"
#include "ops/JournalRequest.h"

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// The words for what the journal keeps beyond the state, shared by History (the window) and
// `eipdesk history`: how an outcome was learned, and one request made for an operation.
class JournalText {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::JournalText)
public:
    // "Outcome learned from the task (DescribeTaskResult)." / "... from the address ..."; empty
    // when not known.
    static QString learnedBy(const QString& learnedBy);
    // "2026-12-02T10:13:20  DisassociateAddress  RequestId …  TaskId …  Error.Code" (local time)
    static QString requestLine(const JournalRequest& request);
    // "Unbind", "Unbind (NAT gateway)", "Re-bind", "Bind", "Move".
    static QString kind(JournalEntry::Kind kind);
    // The kind with what a move or an undo is at: "Move 1/2: unbind", "Move 2/2: bind" (until
    // it succeeds), "Undo of #12".
    static QString operation(const JournalEntry& entry);
    // Where a binding kind or a move puts the EIP: "ins-…" or "eni-… 10.0.0.5"; empty for unbinds.
    static QString target(const JournalEntry& entry);
};

} // namespace eipdesk
