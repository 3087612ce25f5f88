// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk {

// Keeps secrets held in memory out of crash files, as KeePassXC does: no core file (RLIMIT_CORE
// 0) and, on Linux, the process is not dumpable (no core, no ptrace attach by other processes
// of the same user, /proc/<pid>/mem unreadable). Returns false when a step failed. No-op
// where the platform has no such controls.
bool disableCoreDumps();

// True when this process produces no core file (RLIMIT_CORE is 0 and, on Linux, it is not
// dumpable). For tests.
bool coreDumpsDisabled();

} // namespace eipdesk
