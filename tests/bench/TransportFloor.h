// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace eipdesk::test {
class SandboxProcess;
}

namespace eipdesk::bench {

using test::SandboxProcess;

// The transport alone, as a floor under the client's figures: the very DescribeAddresses pages
// a load asks for, signed as the client signs them (TC3), sent by a fresh
// QNetworkAccessManager (new connections, as a new process has) to the per-region ports, every
// body read whole and dropped. No window, no decoding, no cache, no other action: what a load
// at this latency cannot go below on this machine with QNetworkAccessManager over plain HTTP.
//   - one round: every page at once (what a warm load sends);
//   - two rounds: every region's first page, then that region's other pages as soon as its
//     first page is in (what a cold load and the peer script do; the counts are known
//     beforehand, so nothing is decoded on the way).
// With more than one manager the regions are dealt out among them, each region's pages on one
// manager: Qt reads every manager's replies on that manager's own thread, so the reading is
// shared among threads (and cores) instead of queued on one.
struct TransportFloorResult {
    bool ok = false;
    QString error;
    QList<double> oneRoundRunsMs;
    QList<double> twoRoundsRunsMs;
    int requests = 0;       // per load
    qint64 bytes = 0;       // bodies per load
    qint64 headerBytes = 0; // status lines and headers per load (read one byte per call)
    double cpuMs = -1;      // this process per one-round load (median)
    double oneRoundMs() const;
    double twoRoundsMs() const;
};

class TransportFloor {
public:
    // `language`: the X-TC-Language the client's session sends.
    TransportFloor(const SandboxProcess& sandbox, const QString& language);

    // `runs` timed loads of each kind after one warm-up of each, the pages shared among
    // `managers` QNetworkAccessManager instances (at least one). Each region's page count is
    // read by the first run that reads them all, and reused by the runs after it.
    TransportFloorResult run(int runs, int managers = 1, int timeoutMs = 60000);

private:
    struct Load {
        bool ok = false;
        QString error;
        double ms = -1;
        double cpuMs = -1;
        int requests = 0;
        qint64 bytes = 0;
        qint64 headerBytes = 0;
    };
    bool discover(int timeoutMs, QString* error); // each region's TotalCount
    Load load(bool twoRounds, int managers, int timeoutMs);

    const SandboxProcess& m_sandbox;
    const QString m_language;
    QHash<QString, int> m_pages; // region -> pages of 100
};

} // namespace eipdesk::bench
