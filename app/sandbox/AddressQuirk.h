// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk::sandbox {

// Rare states of the world that make the less common DisassociateAddress codes reachable.
// None marks an ordinary address. Only BrokenBackend changes behaviour by itself; the others
// label a structural state (the world really is that way) so tests can find or avoid them.
enum class AddressQuirk {
    None,
    BrokenBackend,             // FailedOperation.TaskFailed
    NoEniInfo,                 // FailedOperation.AddressEniInfoNotFound
    InstanceMissing,           // InvalidInstanceId.NotFound
    InstanceStateNotSupported, // UnsupportedOperation.InstanceStateNotSupported (TERMINATING)
    MalformedInstanceId,       // InvalidParameterValue.InstanceIdMalformed
    MasterEniMissing,          // FailedOperation.MasterEniNotFound (with reallocation)
};

// What the next asynchronous task on an address does (scripted by tests).
enum class TaskOutcome { Succeed, Fail, NeverFinish };

} // namespace eipdesk::sandbox
