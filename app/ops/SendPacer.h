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

    void setRatePerSecond(double rate); // default 9.5 (about 105 ms apart)
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
    double m_rate = 9.5;
    bool m_paused = false;
    qint64 m_lastGrantMs = -1;
    QList<Waiter> m_waiting;
    QTimer m_timer;
};

} // namespace eipdesk
