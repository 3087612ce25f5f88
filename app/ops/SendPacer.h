// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace eipdesk {

class Clock;

// Hands out send slots in FIFO order per key, at most `ratePerSecond` per second per key with
// even spacing, so a batch never trips the server's rate limit (the client's own limiter is the
// last guard). Tencent Cloud counts a limit per action and access region (the API host a
// request reaches), so the key is that host: every region with its own host has its own budget,
// and regions sent through one shared host share one. Slots of different keys never wait for
// each other.
class SendPacer : public QObject {
    Q_OBJECT
public:
    SendPacer(const Clock* clock, QObject* parent = nullptr);
    ~SendPacer() override;

    // Default 10 (100 ms apart): DisassociateAddress's documented rate. Even spacing at the
    // limit itself is safe because the client's limiter, which counts each request from its
    // reply (always after the server counted it) with a 2% margin, holds back any request
    // that would be an eleventh in a server-side second.
    void setRatePerSecond(double rate);
    double ratePerSecond() const { return m_rate; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Runs `grant` when a slot of `key` is free, unless `context` is destroyed first.
    void acquire(const QString& key, QObject* context, std::function<void()> grant);
    // The same for the one shared key.
    void acquire(QObject* context, std::function<void()> grant) {
        acquire(QString(), context, std::move(grant));
    }
    int waiting() const;
    void clear();

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void()> grant;
    };
    struct Lane {
        qint64 lastGrantMs = -1;
        QList<Waiter> waiting;
        QTimer timer;
    };
    qint64 spacingMs() const;
    void schedule(Lane& lane);
    void grantNext(const QString& key);

    const Clock* m_clock;
    double m_rate = 10.0;
    bool m_paused = false;
    QHash<QString, std::shared_ptr<Lane>> m_lanes;
};

} // namespace eipdesk
