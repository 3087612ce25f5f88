// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk {

// The process's heap policy, set once at start (the application, and the benchmarks as the
// application). Returns false where the C library has no such settings (nothing changes then).
//
// - Large blocks (256 KiB and more: the lists of 100,000 rows) that the heap's free space
//   cannot hold are mapped on their own and handed back to the system when freed. glibc
//   otherwise raises that limit each time such a block is freed, and the parsed pages of a
//   large load stay in the heap as free space: tens of MB of resident memory at 100,000 EIPs.
// - Free space at the top of a heap is kept up to 64 MiB (glibc's own limit when it adjusts
//   the thresholds itself, which setting the first one turns off) instead of 128 KiB: each
//   page of a load allocates and frees its reply, its parsed addresses and its copies, and a
//   reload allocates what the last load freed. Handed back at once, every such page is faulted
//   in again; on a virtual machine a page fault costs microseconds (9.6 us on the 2-core CI
//   VM, thousands per 10,000-EIP load). Large blocks are taken from that kept space first.
//   Freed memory is not wiped by the heap either way: secrets are wiped by their owners
//   (core/SecretWipe.h) before they are freed.
bool configureHeap();

} // namespace eipdesk
