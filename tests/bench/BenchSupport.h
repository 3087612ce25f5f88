// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace eipdesk::bench {

// This process's CPU time and minor page faults so far. Page faults count: each costs
// microseconds on a virtual machine (first touch, or again after the heap gave a page back).
struct ProcessUsage {
    double cpuMs = 0;
    double pageFaults = 0;
};

ProcessUsage processUsage();

// The median (the upper one of an even count), or -1 for no values.
double medianOf(QList<double> values);

// Lets 1.1 s pass with the event loop running: the sandbox and the client count their rate
// limits over a sliding second, so the next measured run starts with empty windows.
void settleRateWindows();

} // namespace eipdesk::bench
