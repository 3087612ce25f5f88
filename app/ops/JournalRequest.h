// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace eipdesk {

// One request made for an operation (pre-flight read, the write, each task poll, each
// reconciliation read), as the journal keeps it: what support needs to trace it.
struct JournalRequest {
    qint64 entryId = 0;
    QDateTime at; // UTC, when the answer (or the error) came
    QString action;
    QString requestId; // empty when no answer came
    QString taskId;    // the task the write started or the poll read
    QString errorCode; // empty on success
};

} // namespace eipdesk
