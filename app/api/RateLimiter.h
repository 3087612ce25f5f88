// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <deque>

namespace eipdesk {

// Client-side rate limiting at the documented per-action limits (spec §6), as a sliding window
// over the injected clock's monotonic time. A slot counts from the attempt's reply (markDone),
// which always comes after the server counted the request, so a window of exactly one second
// would already keep every server-side second within the limit; the window is 2% longer as a
// margin for clock and timer granularity.
//
// Tencent Cloud counts a limit per API + access region + (sub-)account: the access region is
// the API server the request reaches (vpc.<region>.tencentcloudapi.com, or the nearest one for
// vpc.tencentcloudapi.com), not the Region parameter
// (https://cloud.tencent.com/document/product/1278/109059). So a window is kept per action and
// per `scope`, the endpoint a request goes to (host:port): per-region hosts each get the full
// rate, while every region sent through one shared endpoint shares one budget.
class RateLimiter {
public:
    // Requests per second documented for an action; 10 for actions we do not know.
    static double documentedRate(const QString& action);

    // 1.0 = documented limits; 0 (or less) disables limiting.
    void setScale(double scale);
    double scale() const { return m_scale; }
    void setSafetyMargin(double margin) { m_margin = margin; } // default 0.02

    // 0 when `action` may be sent to `scope` at `nowMs` (the send is recorded); otherwise how
    // many milliseconds to wait before asking again.
    qint64 tryAcquire(const QString& action, const QString& scope, qint64 nowMs);
    qint64 tryAcquire(const QString& action, qint64 nowMs) { return tryAcquire(action, {}, nowMs); }
    // The request acquired at `acquiredAtMs` has finished (reply, error or timeout) at `nowMs`:
    // its slot now counts from `nowMs`. The server counts a request when it arrives, which is
    // somewhere between our send and our reply (later than the send when requests queue in
    // the network stack); counting from the reply keeps every server-side second within the
    // limit however the requests were delayed on the way.
    void markDone(const QString& action, const QString& scope, qint64 acquiredAtMs, qint64 nowMs);
    void markDone(const QString& action, qint64 acquiredAtMs, qint64 nowMs) {
        markDone(action, {}, acquiredAtMs, nowMs);
    }

    // The scope of requests sent to `url`: its host (lower case) and port.
    static QString scopeFor(const QUrl& url);

    // The window parameters used for an action (for tests and the benchmark).
    int limitFor(const QString& action) const;
    qint64 windowMsFor(const QString& action) const;

private:
    double m_scale = 1.0;
    double m_margin = 0.02;
    static QString keyOf(const QString& action, const QString& scope);
    QHash<QString, std::deque<qint64>> m_sends; // by action and scope
};

} // namespace eipdesk
