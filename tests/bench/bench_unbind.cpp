// SPDX-License-Identifier: GPL-3.0-or-later
// Unbinding 100 EIPs against a sandbox that enforces the documented 10 requests/s for
// DisassociateAddress: every task confirmed SUCCESS (DescribeTaskResult), zero
// RequestLimitExceeded received. --smoke: 10 EIPs.
#include "BenchRegistry.h"
#include "OpsSandbox.h"
#include "api/ApiClient.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void runUnbindBench(const eipdesk::bench::Options& options) {
    using namespace eipdesk;
    const int count = options.smoke ? 10 : 100;
    sandbox::SandboxConfig config = test::OpsSandbox::defaultConfig();
    config.addresses = 2000;
    config.unbindDurationMs = 300;
    config.enforceRateLimits = true;
    test::OpsSandbox sb(config);
    QString error;
    if (!sb.start(&error)) {
        std::printf("unbind: sandbox did not start: %s\n", qPrintable(error));
        return;
    }
    const QList<Address> picked = sb.unbindable(count);
    if (picked.size() < count) {
        std::printf("unbind: only %d unbindable EIPs in the sandbox\n", int(picked.size()));
        return;
    }
    QTemporaryDir dir;
    Journal journal(&sb.clock());
    journal.open(dir.filePath(QStringLiteral("journal.sqlite")));
    OperationQueue queue(&journal, &sb.clock()); // the default poll schedule and pacing
    queue.setSession(sb.api(), QStringLiteral("bench"));

    QEventLoop loop;
    QObject::connect(&queue, &OperationQueue::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    // Where the time goes: the first and last DisassociateAddress on the wire.
    qint64 firstSendMs = -1;
    qint64 lastSendMs = -1;
    QObject::connect(sb.client(), &ApiClient::requestSent, &loop, [&](const QString& action, int) {
        if (action != QLatin1String("DisassociateAddress"))
            return;
        lastSendMs = timer.elapsed();
        if (firstSendMs < 0)
            firstSendMs = lastSendMs;
    });
    timer.start();
    queue.enqueue(picked, false);
    loop.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;

    const OperationProgress p = queue.progress();
    const int rateLimited = sb.network().rateLimitedReplies();
    const bool allSucceeded = p.succeeded == count;
    const QString name = QStringLiteral("unbind %1 EIPs at 10 req/s, all SUCCESS").arg(count);
    eipdesk::bench::report(name, seconds, QStringLiteral("s"), QStringLiteral("<= 12 s"),
                           allSucceeded && (options.smoke || seconds <= 12.0));
    eipdesk::bench::report(QStringLiteral("unbind tasks confirmed SUCCESS"), p.succeeded,
                           QStringLiteral("of %1").arg(count), QString::number(count),
                           allSucceeded);
    eipdesk::bench::report(QStringLiteral("unbind RequestLimitExceeded received"), rateLimited,
                           QStringLiteral("replies"), QStringLiteral("0"), rateLimited == 0);
    std::printf("   (DisassociateAddress sent: %d, DescribeTaskResult: %d, DescribeAddresses: "
                "%d; sandbox unbind duration %d ms)\n",
                sb.network().sent(QStringLiteral("DisassociateAddress")),
                sb.network().sent(QStringLiteral("DescribeTaskResult")),
                sb.network().sent(QStringLiteral("DescribeAddresses")), config.unbindDurationMs);
    std::printf("   (first DisassociateAddress sent after %lld ms, last after %lld ms: %.2f/s; "
                "last task confirmed %lld ms after the last send)\n",
                static_cast<long long>(firstSendMs), static_cast<long long>(lastSendMs),
                lastSendMs > firstSendMs ? (count - 1) * 1000.0 / double(lastSendMs - firstSendMs)
                                         : 0.0,
                static_cast<long long>(qint64(seconds * 1000) - lastSendMs));
}

} // namespace

EIPDESK_BENCH("unbind", runUnbindBench);
