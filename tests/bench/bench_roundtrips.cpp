// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, item 2: the all-regions load in round trips, side by side with a peer. One real
// eipdesk-sandbox process per latency (20, 50, 150 ms; 10,000 EIPs in 20 regions, per-region
// ports, the documented rate limits) is loaded by
//   - the peer: tests/bench/peer/peer-load.js, the fastest script the official Node.js SDK
//     allows (regions given, every first page at once, then every remaining page at once);
//   - ours, cold: EIP Desk's full load (Session + MainWindow) with empty cache and config
//     directories;
//   - ours, warm: the same profile loaded again right after a load, same directories.
//   - the transport alone (TransportFloor.h): the same pages sent by QNetworkAccessManager and
//     dropped, one round (all at once) and two rounds (first pages, then the rest): the floor
//     under ours on this machine; a goal below it is out of reach for any client using it.
//     Measured twice: with one manager, as the client sends, and with the regions dealt out
//     among two managers (two threads reading replies); the lower floor is the one that counts.
// Figures: milliseconds, round trips (ms / latency), requests sent, EIPs received.
// Goals: warm <= 1.6 round trips and <= 0.6 x the peer, cold <= 3.3 round trips.
// --smoke: 400 EIPs in 4 regions at 20 ms, one run each; goals informational.
#include "BenchRegistry.h"
#include "BenchSupport.h"
#include "ClientLoad.h"
#include "PeerLoad.h"
#include "TransportFloor.h"
#include "support/SandboxProcess.h"

#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace eipdesk;
using namespace eipdesk::bench;

namespace {

constexpr double WarmGoalRoundTrips = 1.6;
constexpr double WarmVsPeerGoal = 0.6;
constexpr double ColdGoalRoundTrips = 3.3;
// The transport alone once more with the regions dealt out among this many managers (each
// manager reads its replies on its own thread): whether sharing the reading lowers the floor.
constexpr int SharedManagers = 2;

QString runsText(const QList<double>& runs) {
    QStringList parts;
    for (double ms : runs)
        parts << QString::number(ms, 'f', 0);
    return parts.join(QLatin1Char(' '));
}

struct Measured {
    QList<double> runs;
    QList<double> cpuMs;        // this process, per load
    QList<double> sandboxCpuMs; // the sandbox process, per load
    QList<double> pageFaults;   // this process, per load
    QList<double> lastSentMs;   // the last request handed over, from activation
    QList<double> lastReplyMs;  // the last reply finished before the load ended
    QList<double> afterReplyMs; // from the last reply to the end of the load
    ClientLoadResult last;
    int wrongCounts = 0; // runs that did not finish or did not see every EIP
    double median() const { return medianOf(runs); }
};

void note(Measured& m, const ClientLoadResult& r, int expected) {
    m.runs << r.ms;
    m.cpuMs << r.cpuMs;
    m.sandboxCpuMs << r.sandboxCpuMs;
    m.pageFaults << r.pageFaults;
    if (r.ms >= 0 && r.lastReplyMs >= 0) {
        m.lastSentMs << r.lastSentMs;
        m.lastReplyMs << r.lastReplyMs;
        m.afterReplyMs << r.ms - r.lastReplyMs;
    }
    m.last = r;
    if (r.ms < 0 || r.addresses != expected)
        ++m.wrongCounts;
}

void printRow(const char* label, double ms, int latencyMs, int requests, int eips) {
    if (ms < 0) {
        std::printf("   %-22s %9s %12s %9s %7s\n", label, "-", "-", "-", "-");
        return;
    }
    const QByteArray eipsText =
        eips < 0 ? QByteArray("-") : QByteArray::number(eips); // -: not read
    std::printf("   %-22s %9.1f %12.2f %9d %7s\n", label, ms, ms / latencyMs, requests,
                eipsText.constData());
}

void printDetails(const char* label, const Measured& m) {
    std::printf("   (%s runs: %s ms; last: %s; re-sent %d, RequestLimitExceeded %d)\n", label,
                qPrintable(runsText(m.runs)), qPrintable(m.last.actionsText()), m.last.resent,
                m.last.rateLimited);
}

// The transport alone (TransportFloor.h): the floor under "ours", and where a goal lies below it.
void printFloor(const TransportFloorResult& floor, const TransportFloorResult& shared,
                double readCallUs, int latencyMs) {
    if (!floor.ok) {
        std::printf("   (transport alone: not measured: %s)\n", qPrintable(floor.error));
        return;
    }
    std::printf("   (transport: QNetworkAccessManager alone, the same pages signed the same way, "
                "bodies read and dropped, %.1f MB per load, client CPU %.0f ms per 1-round "
                "load; 1 round runs: %s ms; 2 rounds runs: %s ms)\n",
                double(floor.bytes) / 1e6, floor.cpuMs, qPrintable(runsText(floor.oneRoundRunsMs)),
                qPrintable(runsText(floor.twoRoundsRunsMs)));
    // Part of that CPU is Qt reading each response's status line and headers one byte per
    // read() call (plain HTTP, no proxy: an unbuffered socket; over TLS they come from the TLS
    // socket's buffer instead). On a virtual machine a system call costs about a microsecond.
    if (readCallUs < 0)
        std::printf("   (header reads: the cost of a read() could not be measured)\n");
    else
        std::printf("   (header reads: %lld status-line and header bytes per load, one read() "
                    "call each; a one-byte read() from a loopback TCP socket takes %.2f us here: "
                    "about %.1f ms of the transport's CPU per load)\n",
                    static_cast<long long>(floor.headerBytes), readCallUs,
                    double(floor.headerBytes) * readCallUs / 1e3);
    if (shared.ok)
        std::printf("   (transport with %d managers, the regions dealt out among them: 1 round "
                    "runs: %s ms; 2 rounds runs: %s ms)\n",
                    SharedManagers, qPrintable(runsText(shared.oneRoundRunsMs)),
                    qPrintable(runsText(shared.twoRoundsRunsMs)));
    else
        std::printf("   (transport with several managers: not measured: %s)\n",
                    qPrintable(shared.error));
    // A goal below the transport alone is out of reach for any client that sends these pages
    // with QNetworkAccessManager on this machine, whatever it does with them; the lower of the
    // two floors (one manager, or several sharing the reading) is the one that counts.
    auto lower = [&shared](double oneManager, double sharedMs) {
        return shared.ok ? qMin(oneManager, sharedMs) : oneManager;
    };
    const double oneRound = lower(floor.oneRoundMs(), shared.oneRoundMs());
    const double twoRounds = lower(floor.twoRoundsMs(), shared.twoRoundsMs());
    const double warmGoalMs = WarmGoalRoundTrips * latencyMs;
    const double coldGoalMs = ColdGoalRoundTrips * latencyMs;
    auto verdict = [](double goalMs, double floorMs) {
        return goalMs < floorMs ? "below the transport alone" : "above the transport alone";
    };
    std::printf("   (goals in ms: warm %.0f, %s (1 round: %.1f); cold %.0f, %s (2 rounds: "
                "%.1f))\n",
                warmGoalMs, verdict(warmGoalMs, oneRound), oneRound, coldGoalMs,
                verdict(coldGoalMs, twoRounds), twoRounds);
}

void runAtLatency(int latencyMs, const Options& o) {
    const int addresses = o.smoke ? 400 : 10000;
    const int regions = o.smoke ? 4 : 20;
    const int runs = o.smoke ? 1 : 5;
    const QString at = QStringLiteral("_%1ms").arg(latencyMs);

    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(QStringLiteral(EIPDESK_BINARY_DIR "/bin/eipdesk-sandbox"),
                       {QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--addresses"), QString::number(addresses),
                        QStringLiteral("--regions"), QString::number(regions),
                        QStringLiteral("--latency-ms"), QString::number(latencyMs)},
                       &error)) {
        std::printf("roundtrips: %s\n", qPrintable(error));
        for (const char* goal : {"warm", "warm_vs_peer", "cold"})
            report(QStringLiteral("roundtrips.%1%2").arg(QLatin1String(goal), at), -1, QString(),
                   QStringLiteral("a sandbox to measure against"), false);
        return;
    }
    const int expected = sandbox.addressCount();

    const PeerLoadResult peer = PeerLoad::run(sandbox, runs);
    if (!peer.ok)
        std::printf("roundtrips: the peer is missing: %s\n", qPrintable(peer.error));

    ClientLoad load(sandbox);
    Measured cold;
    Measured warm;
    {
        settleRateWindows();
        QTemporaryDir warmUp; // connections and code paths, like the peer's first run
        load.run(warmUp.path());
    }
    for (int i = 0; i < runs; ++i) {
        settleRateWindows();
        QTemporaryDir empty;
        note(cold, load.run(empty.path()), expected);
    }
    QTemporaryDir home; // one profile's directories: each timed load follows a load
    settleRateWindows();
    load.run(home.path());
    for (int i = 0; i < runs; ++i) {
        settleRateWindows();
        note(warm, load.run(home.path()), expected);
    }
    TransportFloor transport(sandbox, warm.last.language);
    const TransportFloorResult floor = transport.run(runs);
    const TransportFloorResult shared = transport.run(runs, SharedManagers);
    const double readCallUs = oneByteReadMicros();

    std::printf("   latency %d ms, %d EIPs in %d regions, median of %d run(s) after a warm-up:\n",
                latencyMs, expected, int(sandbox.regions().size()), runs);
    std::printf("   %-22s %9s %12s %9s %7s\n", "", "ms", "round trips", "requests", "EIPs");
    printRow("peer (Node SDK script)", peer.ok ? peer.medianMs : -1, latencyMs, peer.requests,
             peer.addresses);
    printRow("ours cold", cold.median(), latencyMs, cold.last.requests, cold.last.addresses);
    printRow("ours warm", warm.median(), latencyMs, warm.last.requests, warm.last.addresses);
    printRow("transport, 2 rounds", floor.ok ? floor.twoRoundsMs() : -1, latencyMs, floor.requests,
             -1);
    printRow("transport, 1 round", floor.ok ? floor.oneRoundMs() : -1, latencyMs, floor.requests,
             -1);
    const QByteArray managers = "  " + QByteArray::number(SharedManagers) + " managers, ";
    printRow((managers + "2 rounds").constData(), shared.ok ? shared.twoRoundsMs() : -1, latencyMs,
             shared.requests, -1);
    printRow((managers + "1 round").constData(), shared.ok ? shared.oneRoundMs() : -1, latencyMs,
             shared.requests, -1);
    if (peer.ok)
        std::printf("   (peer runs: %s ms)\n", qPrintable(runsText(peer.runsMs)));
    printDetails("cold", cold);
    printDetails("warm", warm);
    printFloor(floor, shared, readCallUs, latencyMs);
    // What bounds a load besides the latency: CPU time per load (medians), on a machine with
    // QThread::idealThreadCount() cores shared by both sides.
    const QByteArray peerCpu = peer.ok && peer.cpuMs >= 0 && peer.sandboxCpuMs >= 0
                                   ? QStringLiteral("peer node %1 ms + sandbox %2 ms")
                                         .arg(peer.cpuMs, 0, 'f', 0)
                                         .arg(peer.sandboxCpuMs, 0, 'f', 0)
                                         .toUtf8()
                                   : QByteArray("peer not measured");
    std::printf("   (CPU per load: %s; ours cold client %.0f ms + sandbox %.0f ms; warm client "
                "%.0f ms + sandbox %.0f ms; %d cores)\n",
                peerCpu.constData(), medianOf(cold.cpuMs), medianOf(cold.sandboxCpuMs),
                medianOf(warm.cpuMs), medianOf(warm.sandboxCpuMs), QThread::idealThreadCount());
    // Where a load's time goes: until the last request leaves, the client is sending; until
    // the last reply, the transport (and the work on earlier pages beside it); after it, only
    // the client's own work on the last pages (decoding, the rows, the window).
    std::printf("   (load phases, medians: cold: last request sent %.1f ms, last reply %.1f, "
                "done %.1f ms after it; warm: %.1f, %.1f, %.1f)\n",
                medianOf(cold.lastSentMs), medianOf(cold.lastReplyMs), medianOf(cold.afterReplyMs),
                medianOf(warm.lastSentMs), medianOf(warm.lastReplyMs), medianOf(warm.afterReplyMs));
    // Page faults cost microseconds each on a virtual machine; a new process's first load
    // faults in every page it touches, a reload mostly reuses the heap (core/HeapPolicy.h).
    std::printf("   (page faults per load, client: cold %.0f, warm %.0f)\n",
                medianOf(cold.pageFaults), medianOf(warm.pageFaults));

    const bool countsOk =
        cold.wrongCounts == 0 && warm.wrongCounts == 0 && (!peer.ok || peer.addresses == expected);
    if (!countsOk)
        std::printf("roundtrips: not every load saw the %d EIPs (peer %d; cold %d, warm %d "
                    "runs wrong)\n",
                    expected, peer.addresses, cold.wrongCounts, warm.wrongCounts);
    const QString why = o.smoke ? QStringLiteral(", informational in --smoke") : QString();
    const double warmTrips = warm.median() / latencyMs;
    const double coldTrips = cold.median() / latencyMs;
    report(QStringLiteral("roundtrips.warm%1").arg(at), warmTrips, QStringLiteral("round trips"),
           QStringLiteral("<= %1 round trips%2").arg(WarmGoalRoundTrips).arg(why),
           countsOk && (o.smoke || warmTrips <= WarmGoalRoundTrips));
    const double vsPeer = peer.ok ? warm.median() / peer.medianMs : -1;
    report(QStringLiteral("roundtrips.warm_vs_peer%1").arg(at), vsPeer,
           QStringLiteral("x the peer"),
           QStringLiteral("<= %1 x the Node SDK script%2%3")
               .arg(WarmVsPeerGoal)
               .arg(why, peer.ok ? QString() : QStringLiteral("; the peer is missing")),
           peer.ok && countsOk && (o.smoke || vsPeer <= WarmVsPeerGoal));
    report(QStringLiteral("roundtrips.cold%1").arg(at), coldTrips, QStringLiteral("round trips"),
           QStringLiteral("<= %1 round trips%2").arg(ColdGoalRoundTrips).arg(why),
           countsOk && (o.smoke || coldTrips <= ColdGoalRoundTrips));
}

void benchRoundTrips(const Options& o) {
    QList<int> latencies = o.smoke ? QList<int>{20} : QList<int>{20, 50, 150};
    // EIPDESK_BENCH_LATENCY=150: one latency only, to look into it (with EIPDESK_BENCH_TRACE).
    bool one = false;
    const int only = qEnvironmentVariableIntValue("EIPDESK_BENCH_LATENCY", &one);
    if (one && only > 0)
        latencies = {only};
    for (int latencyMs : latencies)
        runAtLatency(latencyMs, o);
}

} // namespace

EIPDESK_BENCH("roundtrips", benchRoundTrips);
