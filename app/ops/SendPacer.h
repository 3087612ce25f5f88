// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace eipdesk {

class Clock;

// Hands out send slots in FIFO order, at most `ratePerSecond` per second with even spacing,
// so a batch never trips the server's rate limit (the client's own limiter is the last guard).
class SendPacer : public QObject {
    Q_OBJECT
public:
    SendPacer(const Clock* clock, QObject* parent = nullptr);

    // Default 10 (100 ms apart): DisassociateAddress's documented rate. Even spacing at the
    // limit itself is safe because the client's limiter, which counts each request from its
    // reply (always after the server counted it) with a 2% margin, holds back any request
    // that would be an eleventh in a server-side second.
    void setRatePerSecond(double rate);
    double ratePerSecond() const { return m_rate; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Runs `grant` when a slot is free, unless `context` is destroyed first.
    void acquire(QObject* context, std::function<void()> grant);
    int waiting() const { return int(m_waiting.size()); }
    void clear();

private:
    void schedule();
    void grantNext();

    struct Waiter {
        QPointer<QObject> context;
        std::function<void()> grant;
    };
    const Clock* m_clock;
    double m_rate = 10.0;
    bool m_paused = false;
    qint64 m_lastGrantMs = -1;
    QList<Waiter> m_waiting;
    QTimer m_timer;
};

} // namespace eipdesk
