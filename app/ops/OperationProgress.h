// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// Overall progress of the queue: "12 of 40".
struct OperationProgress {
    int total = 0;
    int done = 0; // final (succeeded, failed, skipped, canceled)
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    int canceled = 0;
    int stillRunning = 0; // still running on the server or outcome undecided
    int active = 0;       // checking, sending, running
    int queued = 0;
    bool isIdle() const { return active == 0 && queued == 0; }
};

} // namespace eipdesk
