// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, item 5: batch writes at the limit. Unbinding 100 EIPs spread evenly over 5 regions
// (20 each), the sandbox enforcing DisassociateAddress's 10/s per region (per access region:
// each region has its own port, so its own budget), takes no longer than the slowest region's
// own budget allows: measured as the same unbind of only 20 EIPs of one region, + 10%. The
// arithmetic send window of 20 EIPs at 10/s is (20 - 1) / 10 = 1.9 s; the rest is the
// pre-flight read, the unbind itself (300 ms here) and the task polls. Every task must be
// confirmed SUCCESS with zero RequestLimitExceeded. For the diagnosis, the 5-region batch runs
// once more with its journal in /dev/shm (no disk syncs). --smoke: 2 EIPs per region.
#include "BenchRegistry.h"
#include "BenchSupport.h"
#include "OpsSandbox.h"
#include "UnbindBatch.h"
#include "sandbox/AddressQuirk.h"
#include "sandbox/SandboxWorld.h"

#include <QFileInfo>
#include <QSet>

#include <cstdio>

using namespace eipdesk;
using namespace eipdesk::bench;

namespace {

constexpr int Regions = 5;
constexpr double RatePerSecond = 10; // DisassociateAddress, documented, per access region
constexpr double Slack = 1.10;

// Up to n EIPs of `region` that unbind cleanly: bound to a running or stopped CVM, not blocked,
// nothing unbindBlocker() refuses, none of the world's deliberate oddities; not in `taken`.
QList<Address> pickUnbindable(sandbox::SandboxWorld& world, const QString& region, int n,
                              QSet<QString>& taken) {
    QList<Address> out;
    while (out.size() < n) {
        const std::optional<Address> a = world.findAddress(region, [&](const Address& x) {
            if (taken.contains(x.addressId) || x.addressStatus != QLatin1String("BIND") ||
                x.instanceType != QLatin1String("CVM") || x.addressType != QLatin1String("EIP") ||
                x.isBlocked || x.cascadeRelease || !x.unbindBlocker().isEmpty() ||
                world.quirk(x.addressId) != sandbox::AddressQuirk::None)
                return false;
            const auto instance = world.instance(region, x.instanceId);
            return instance && (instance->state == QLatin1String("RUNNING") ||
                                instance->state == QLatin1String("STOPPED"));
        });
        if (!a)
            break;
        taken.insert(a->addressId);
        Address copy = *a;
        copy.region = region;
        out << copy;
    }
    return out;
}

void printRun(const char* label, const UnbindBatchResult& r) {
    std::printf("   %-28s %7.2f s  %3d of %3d SUCCESS  %d RequestLimitExceeded  "
                "(DisassociateAddress %d, DescribeTaskResult %d, DescribeAddresses %d)\n",
                label, r.seconds, r.succeeded, r.count, r.rateLimited, r.disassociateSent,
                r.taskPolls, r.reads);
    for (auto it = r.windows.cbegin(); it != r.windows.cend(); ++it) {
        const UnbindBatchResult::Window& w = it.value();
        const double span = double(w.lastMs - w.firstMs) / 1000.0;
        std::printf("      %-18s %2d sent from %5lld ms to %5lld ms (%.2f s, %.1f/s)\n",
                    qPrintable(it.key()), w.sends, static_cast<long long>(w.firstMs),
                    static_cast<long long>(w.lastMs), span, span > 0 ? (w.sends - 1) / span : 0.0);
    }
}

void benchUnbindRegions(const Options& o) {
    const int perRegion = o.smoke ? 2 : 20;
    sandbox::SandboxConfig config = test::OpsSandbox::defaultConfig();
    config.regions = Regions;
    config.addresses = Regions * 500;
    config.unbindDurationMs = 300;
    config.enforceRateLimits = true; // DisassociateAddress 10/s per region's port
    test::OpsSandbox sb(config);
    QString error;
    if (!sb.start(&error)) {
        std::printf("unbind-regions: sandbox did not start: %s\n", qPrintable(error));
        report(QStringLiteral("unbind_regions.batch_within_bound"), -1, QStringLiteral("s"),
               QStringLiteral("a sandbox to measure against"), false);
        return;
    }
    sandbox::SandboxWorld& world = *sb.server().world();
    const QStringList regions = world.regionIds().mid(0, Regions);
    QSet<QString> taken;
    const QList<Address> alone = pickUnbindable(world, regions.first(), perRegion, taken);
    QList<Address> spread;
    QList<Address> spreadInMemory;
    for (const QString& region : regions)
        spread << pickUnbindable(world, region, perRegion, taken);
    for (const QString& region : regions)
        spreadInMemory << pickUnbindable(world, region, perRegion, taken);
    if (alone.size() < perRegion || spread.size() < Regions * perRegion ||
        spreadInMemory.size() < Regions * perRegion) {
        std::printf("unbind-regions: only %d + %d + %d unbindable EIPs found\n", int(alone.size()),
                    int(spread.size()), int(spreadInMemory.size()));
        report(QStringLiteral("unbind_regions.batch_within_bound"), -1, QStringLiteral("s"),
               QStringLiteral("%1 unbindable EIPs per region").arg(3 * perRegion), false);
        return;
    }

    // The bound first: one region's EIPs alone, at that region's 10/s.
    const UnbindBatchResult one = UnbindBatch::run(sb, alone);
    settleRateWindows();
    const UnbindBatchResult all = UnbindBatch::run(sb, spread);
    // Where the rest goes: the same batch with the journal in memory (tmpfs), where SQLite's
    // commits cost no disk sync. Diagnostic only; the app's journal is on disk.
    UnbindBatchResult inMemory;
    const bool shm = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    if (shm) {
        settleRateWindows();
        inMemory = UnbindBatch::run(sb, spreadInMemory, QStringLiteral("/dev/shm"));
    }

    const double window = (perRegion - 1) / RatePerSecond;
    std::printf("   DisassociateAddress at %.0f/s per region: %d EIPs of one region need a send "
                "window of (%d - 1) / %.0f = %.2f s\n",
                RatePerSecond, perRegion, perRegion, RatePerSecond, window);
    printRun(qPrintable(QStringLiteral("%1 EIPs, 1 region (bound)").arg(one.count)), one);
    printRun(qPrintable(QStringLiteral("%1 EIPs, %2 regions").arg(all.count).arg(Regions)), all);
    if (shm)
        printRun("the same, journal in /dev/shm", inMemory);
    const double bound = one.seconds * Slack;
    std::printf("   %d regions: %.2f s vs the bound %.2f s (one region %.2f s + 10%%; send "
                "window %.2f s)\n",
                Regions, all.seconds, bound, one.seconds, window);

    const QString why = o.smoke ? QStringLiteral(", informational in --smoke") : QString();
    report(QStringLiteral("unbind_regions.%1_eips_%2_regions").arg(all.count).arg(Regions),
           all.seconds, QStringLiteral("s"),
           QStringLiteral("<= the slowest region's own budget: %1 EIPs of one region alone "
                          "(%2 s) + 10% = %3 s%4")
               .arg(perRegion)
               .arg(one.seconds, 0, 'f', 2)
               .arg(bound, 0, 'f', 2)
               .arg(why),
           all.allSucceeded() && (o.smoke || all.seconds <= bound));
    report(QStringLiteral("unbind_regions.%1_eips_1_region").arg(one.count), one.seconds,
           QStringLiteral("s"),
           QStringLiteral("informational (send window %1 s)").arg(window, 0, 'f', 2),
           one.allSucceeded());
    if (shm)
        report(QStringLiteral("unbind_regions.%1_eips_%2_regions_journal_in_memory")
                   .arg(inMemory.count)
                   .arg(Regions),
               inMemory.seconds, QStringLiteral("s"),
               QStringLiteral("informational: without the journal's disk syncs"),
               inMemory.allSucceeded());
    const int runs = one.count + all.count + inMemory.count;
    const int succeeded = one.succeeded + all.succeeded + inMemory.succeeded;
    const int limited = one.rateLimited + all.rateLimited + inMemory.rateLimited;
    report(QStringLiteral("unbind_regions.tasks_confirmed_success"), succeeded,
           QStringLiteral("of %1").arg(runs), QString::number(runs), succeeded == runs);
    report(QStringLiteral("unbind_regions.request_limit_exceeded"), limited,
           QStringLiteral("replies"), QStringLiteral("0"), limited == 0);
}

} // namespace

EIPDESK_BENCH("unbind-regions", benchUnbindRegions);
