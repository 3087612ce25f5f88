// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk {

// The process's heap policy, set once at start (the application, and the benchmarks as the
// application). Returns false where the C library has no such settings (nothing changes then).
//
// - Blocks up to 16 MiB (all of a 100,000-row table's: its search text is 5.7 MB) come from
//   the heap; larger ones are mapped on their own and handed back to the system when freed.
//   Setting the limit turns off glibc's raising of it each time a mapped block is freed, which
//   kept the parsed pages of a large load resident as free space (238 MiB at 100,000 rows in
//   the scale bench when that was measured). A block mapped on its own costs twice on a
//   virtual machine: each page is faulted in when first written, and glibc grows the block
//   with mremap(), after which the first read of each page cost 3.4-6.2 us on the 2-core CI
//   VM (not counted as a page fault by the guest). With the limit at 256 KiB, the first
//   keystroke after a load paid that on the pages of the search text and the rows (the scale
//   bench's figures before and after: tests/bench/MEASUREMENTS.md, stop 36). The price is
//   resident memory: 145-149 MiB at 100,000 rows instead of 134, and up to 171 after four
//   loads of 100,000 rows in new windows.
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
