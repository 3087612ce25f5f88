// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk::sandbox {

// Rare states of the world that make the less common DisassociateAddress codes reachable.
enum class AddressQuirk {
    None,
    BrokenBackend, // FailedOperation.TaskFailed
};

// What the next asynchronous task on an address does (scripted by tests).
enum class TaskOutcome { Succeed, Fail, NeverFinish };

} // namespace eipdesk::sandbox
