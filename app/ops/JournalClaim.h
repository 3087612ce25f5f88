// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace eipdesk {

// Who holds the claim on one EIP (the one process allowed to send writes for it).
struct ClaimHolder {
    QString token;
    qint64 pid = 0;
    QString host;
    QString program;
    QDateTime since; // UTC
    qint64 entryId = 0;
};

// The answer to Journal::claim().
struct ClaimResult {
    bool ok = false;       // the claim is ours now
    bool tookOver = false; // it was taken from an owner that is no longer running
    ClaimHolder holder;    // refused: who holds it; took over: who held it
    QString error;         // the journal failed (then ok is false and holder empty)
};

} // namespace eipdesk
