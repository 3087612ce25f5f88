// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "ops/ErrorExplanation.h"
#include "ops/JournalEntry.h"
#include "ops/OperationTarget.h"

#include <QMetaType>

namespace eipdesk {

// One EIP in the operation queue: what to do with it (entry.kind: unbind, NAT unbind,
// re-bind, ...), the address as the user confirmed it, the AssociateAddress target for the
// kinds that bind, its journal record (state, TaskId, RequestId, outcome) and, for a failure,
// the catalog's explanation.
struct OperationItem {
    qint64 key = 0;         // queue-local id
    Address address;        // as confirmed (the pre-flight compares against it)
    OperationTarget target; // where a binding kind puts the EIP; empty for unbinds
    JournalEntry entry;     // state, TaskId, RequestId, error code and message
    ErrorExplanation error; // empty unless failed, skipped, unknown or still running
    qint64 sentAtMs = -1;   // monotonic; start of "running" for the elapsed time
    qint64 endedAtMs = -1;  // monotonic; when it reached a final state

    OperationState state() const { return entry.state; }
    bool isNat() const { return entry.kind == JournalEntry::Kind::UnbindNat; }
    // The step being worked on sends AssociateAddress (bind, re-bind, a move's second step).
    bool binds() const { return entry.bindsNow(); }
    bool isMove() const { return entry.kind == JournalEntry::Kind::Move; }
    // Elapsed milliseconds since sent (0 before); frozen once ended.
    qint64 elapsedMs(qint64 nowMonotonicMs) const {
        if (sentAtMs < 0)
            return 0;
        return (endedAtMs >= 0 ? endedAtMs : nowMonotonicMs) - sentAtMs;
    }
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::OperationItem)
