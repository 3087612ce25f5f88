// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk {

// Large blocks (256 KiB and more: the pages of a load, the lists of 100,000 rows) are mapped
// on their own and handed back to the system when freed. glibc otherwise raises that limit
// each time such a block is freed, and the parsed pages of a large load, freed once their rows
// are in the table, stay in the heap as free space: tens of MB of resident memory at 100,000
// EIPs. Called once at start (the application, and the benchmarks as the application). Returns
// false where the C library has no such setting (nothing changes then).
bool returnLargeBlocksToSystem();

} // namespace eipdesk
