// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QList>
#include <QMap>
#include <QString>

namespace eipdesk::test {
class OpsSandbox;
}

namespace eipdesk::bench {

// What one batch of unbinds did, from enqueue to the queue going idle.
struct UnbindBatchResult {
    double seconds = -1;
    int count = 0;
    int succeeded = 0;
    int rateLimited = 0; // replies carrying RequestLimitExceeded
    int disassociateSent = 0;
    int taskPolls = 0; // DescribeTaskResult
    int reads = 0;     // DescribeAddresses (the pre-flight re-read of each EIP)
    // Per region: when its first and its last EIP went to "sending" (ms after enqueue).
    struct Window {
        qint64 firstMs = -1;
        qint64 lastMs = -1;
        int sends = 0;
    };
    QMap<QString, Window> windows;
    bool allSucceeded() const { return count > 0 && succeeded == count; }
};

// Unbinds `addresses` with a fresh OperationQueue (default pacing and poll schedule) and journal
// over the sandbox's client, whose endpoints give every region its own port (its own budget).
// The journal goes to a new folder in `journalParent` (default: the temporary folder, on disk
// like the real one).
class UnbindBatch {
public:
    static UnbindBatchResult run(test::OpsSandbox& sandbox, const QList<Address>& addresses,
                                 const QString& journalParent = QString(), int timeoutMs = 180000);
};

} // namespace eipdesk::bench
