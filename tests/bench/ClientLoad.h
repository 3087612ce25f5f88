// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CountingNetworkAccessManager.h"
#include "core/SystemClock.h"

#include <QMap>
#include <QString>

namespace eipdesk::test {
class SandboxProcess;
}

namespace eipdesk::bench {

using test::SandboxProcess;

// One full load of the all-regions view by the client, as a person starting EIP Desk sees it:
// a fresh Session and MainWindow, the profile activated with the sandbox's endpoint and its
// per-region endpoints, timed from activation to MainWindow::loadFinished.
struct ClientLoadResult {
    double ms = -1; // -1: never finished
    int addresses = 0;
    int regions = 0;          // loaded without error
    int requests = 0;         // ApiClient::requestSent, re-sends included
    int resent = 0;           // of which attempts after the first
    int rateLimited = 0;      // replies carrying RequestLimitExceeded
    double cpuMs = -1;        // this process (client, window) during the load
    double sandboxCpuMs = -1; // the sandbox process during the load
    double pageFaults = -1;   // this process's minor page faults during the load
    // Where the time went: the last request handed to the network manager, and the last reply
    // it finished before the load ended (both from activation; -1: none). What follows the last
    // reply is the client's own work: decoding, the rows, the window.
    double lastSentMs = -1;
    double lastReplyMs = -1;
    QString language; // X-TC-Language the session sent
    QMap<QString, int> perAction;

    QString actionsText() const; // "DescribeAddresses 100, DescribeRegions 1"
};

class ClientLoad {
public:
    explicit ClientLoad(const SandboxProcess& sandbox);

    // Loads with XDG_CACHE_HOME = `home`/cache and XDG_CONFIG_HOME = `home`/config: an empty
    // `home` is a cold start, one the same profile loaded before in is a warm one.
    ClientLoadResult run(const QString& home, int timeoutMs = 120000);

    static QString profileId() { return QStringLiteral("roundtrips"); }

private:
    const SandboxProcess& m_sandbox;
    test::CountingNetworkAccessManager m_network; // one per process, like the app's
    SystemClock m_clock;
};

} // namespace eipdesk::bench
