// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace eipdesk {

// Where one unbind (or re-bind) operation is. Stored in the journal by its wire name.
enum class OperationState {
    Queued,       // waiting for its turn
    Checking,     // pre-flight: re-reading the address
    Sending,      // the request is on its way (a crash here means "outcome unknown")
    Running,      // the server accepted it; watching the task
    Succeeded,    // DescribeTaskResult said SUCCESS (or the address reached UNBIND)
    Failed,       // an error, including a FAILED task
    Skipped,      // pre-flight found the address changed; nothing was sent
    Canceled,     // canceled before it was sent
    Unknown,      // no reply came: re-reading the address to decide
    StillRunning, // still running on the server after the waiting time; "Check again"
};

namespace OperationStates {
QString name(OperationState state); // "queued", "still-running", ...
OperationState fromName(const QString& name, bool* ok = nullptr);
QString displayName(OperationState state); // translated
bool isFinal(OperationState state);        // Succeeded, Failed, Skipped, Canceled
// Sent (or maybe sent) but not concluded: these are resumed at the next start.
bool needsResume(OperationState state); // Sending, Running, Unknown, StillRunning
} // namespace OperationStates

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::OperationState)
