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

// What one read() of a single byte from a loopback TCP socket costs on this machine, in
// microseconds (the median of ten rounds of 4,096 reads), or -1 when it cannot be measured.
// Qt's HTTP/1.1 code reads a response's status line and headers one byte per read() when the
// connection is plain HTTP without a proxy (an unbuffered socket), so this prices the
// transport's header reads.
double oneByteReadMicros();

} // namespace eipdesk::bench
