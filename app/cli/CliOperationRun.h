// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"
#include "cli/UnbindReporter.h"
#include "ops/OperationQueue.h"

class QTextStream;

namespace eipdesk {

class Journal;
class Session;

// One command-line run of the operation pipeline (`eipdesk unbind`, `bind`, `move`, `undo`):
// the window's own OperationQueue on the command's journal and session, a reporter printing
// one line per state change, and the wait until everything queued is final (with --no-wait:
// until every item was accepted by the server and is running there).
class CliOperationRun {
public:
    CliOperationRun(const CliContext& context, Journal* journal, Session* session,
                    const QString& profile, QTextStream& out, QTextStream& err,
                    bool waitForClaims = false);

    OperationQueue& queue() { return m_queue; }
    // Runs the event loop until settled(); returns the queue's items.
    QList<OperationItem> wait(bool noWait);
    // Items still running on the server (accepted, task not concluded).
    int running() const;
    static bool settled(const OperationQueue& queue, bool noWait);

private:
    OperationQueue m_queue;
    UnbindReporter m_reporter;
};

} // namespace eipdesk
