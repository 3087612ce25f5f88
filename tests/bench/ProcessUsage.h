// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk::bench {

// This process's CPU time and minor page faults so far. Page faults count: each costs
// microseconds on a virtual machine (first touch, or again after the heap gave a page back).
struct ProcessUsage {
    double cpuMs = 0;
    double pageFaults = 0;
};

ProcessUsage processUsage();

} // namespace eipdesk::bench
