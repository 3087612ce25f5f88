// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace eipdesk::test {
class SandboxProcess;
}

namespace eipdesk::bench {

using test::SandboxProcess;

// Runs tests/bench/peer/peer-load.js (the official Node.js SDK, the fastest script: every
// region's first page at once, then every remaining page at once) against a sandbox process.
struct PeerLoadResult {
    bool ok = false;
    QString error; // why there is no figure (node or the SDK missing, the script failed)
    double medianMs = -1;
    QList<double> runsMs;
    int addresses = 0;
    int requests = 0;
    double cpuMs = -1;        // node's own CPU per run (median), SDK signing and JSON included
    double sandboxCpuMs = -1; // the sandbox's CPU per run, averaged over all runs and warm-up
};

class PeerLoad {
public:
    static QString script();
    static QString sdkModules(); // the node_modules the conformance test installs

    // `runs` timed runs after one warm-up, in one node process.
    static PeerLoadResult run(const SandboxProcess& sandbox, int runs, int timeoutMs = 180000);
};

} // namespace eipdesk::bench
