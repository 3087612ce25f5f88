// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace eipdesk {

// Wall-clock and monotonic time, injected everywhere time matters so tests can advance it.
class Clock {
public:
    virtual ~Clock();
    // Milliseconds since the UNIX epoch (UTC), the time requests are signed with.
    virtual qint64 nowMSecs() const = 0;
    // A monotonic millisecond counter for rate limiting, backoff and elapsed times.
    virtual qint64 monotonicMSecs() const = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMSecs(), Qt::UTC); }
    qint64 nowSecs() const { return nowMSecs() / 1000; }
};

} // namespace eipdesk
