// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnbindBatch.h"

#include "OpsSandbox.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

namespace eipdesk::bench {

UnbindBatchResult UnbindBatch::run(test::OpsSandbox& sandbox, const QList<Address>& addresses,
                                   const QString& journalParent, int timeoutMs) {
    UnbindBatchResult result;
    result.count = int(addresses.size());
    sandbox.network().reset();
    QTemporaryDir dir(journalParent.isEmpty()
                          ? QDir::temp().filePath(QStringLiteral("eipdesk-bench-XXXXXX"))
                          : QDir(journalParent).filePath(QStringLiteral("eipdesk-bench-XXXXXX")));
    Journal journal(&sandbox.clock());
    journal.open(dir.filePath(QStringLiteral("journal.sqlite")));
    OperationQueue queue(&journal, &sandbox.clock());
    queue.setSession(sandbox.api(), QStringLiteral("bench"));

    QEventLoop loop;
    QElapsedTimer timer;
    QSet<qint64> sending;
    QObject::connect(&queue, &OperationQueue::itemChanged, &loop, [&](qint64 key) {
        const OperationItem item = queue.item(key);
        if (item.state() != OperationState::Sending || sending.contains(key))
            return;
        sending.insert(key);
        UnbindBatchResult::Window& w = result.windows[item.address.region];
        w.lastMs = timer.elapsed();
        if (w.firstMs < 0)
            w.firstMs = w.lastMs;
        ++w.sends;
    });
    QObject::connect(&queue, &OperationQueue::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    timer.start();
    queue.enqueue(addresses, false);
    loop.exec();
    result.seconds = double(timer.elapsed()) / 1000.0;

    result.succeeded = queue.progress().succeeded;
    result.rateLimited = sandbox.network().rateLimitedReplies();
    result.disassociateSent = sandbox.network().sent(QStringLiteral("DisassociateAddress"));
    result.taskPolls = sandbox.network().sent(QStringLiteral("DescribeTaskResult"));
    result.reads = sandbox.network().sent(QStringLiteral("DescribeAddresses"));
    return result;
}

} // namespace eipdesk::bench
