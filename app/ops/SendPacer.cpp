// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/SendPacer.h"

#include "core/Clock.h"

#include <cmath>

namespace eipdesk {

SendPacer::SendPacer(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {}

SendPacer::~SendPacer() = default;

void SendPacer::setRatePerSecond(double rate) {
    m_rate = rate > 0 ? rate : 10.0;
}

qint64 SendPacer::spacingMs() const {
    return qint64(std::ceil(1000.0 / m_rate));
}

void SendPacer::setPaused(bool paused) {
    m_paused = paused;
    for (const auto& lane : std::as_const(m_lanes)) {
        if (paused)
            lane->timer.stop();
        else
            schedule(*lane);
    }
}

void SendPacer::acquire(const QString& key, QObject* context, std::function<void()> grant) {
    std::shared_ptr<Lane>& lane = m_lanes[key];
    if (!lane) {
        lane = std::make_shared<Lane>();
        lane->timer.setSingleShot(true);
        lane->timer.setTimerType(Qt::PreciseTimer);
        connect(&lane->timer, &QTimer::timeout, this, [this, key] { grantNext(key); });
    }
    lane->waiting.append({context, std::move(grant)});
    schedule(*lane);
}

int SendPacer::waiting() const {
    int n = 0;
    for (const auto& lane : std::as_const(m_lanes))
        n += int(lane->waiting.size());
    return n;
}

void SendPacer::clear() {
    for (const auto& lane : std::as_const(m_lanes)) {
        lane->waiting.clear();
        lane->timer.stop();
    }
}

void SendPacer::schedule(Lane& lane) {
    if (m_paused || lane.waiting.isEmpty() || lane.timer.isActive())
        return;
    const qint64 now = m_clock->monotonicMSecs();
    const qint64 wait =
        lane.lastGrantMs < 0 ? 0 : qMax<qint64>(0, lane.lastGrantMs + spacingMs() - now);
    lane.timer.start(int(wait));
}

void SendPacer::grantNext(const QString& key) {
    // A grant may acquire again (even for this key): hold the lane while it runs.
    const std::shared_ptr<Lane> lane = m_lanes.value(key);
    if (!lane)
        return;
    while (!lane->waiting.isEmpty() && !m_paused) {
        Waiter w = lane->waiting.takeFirst();
        if (!w.context)
            continue; // its operation is gone: the slot goes to the next one
        const qint64 now = m_clock->monotonicMSecs();
        if (lane->lastGrantMs >= 0 && now < lane->lastGrantMs + spacingMs()) {
            lane->waiting.prepend(std::move(w)); // the timer fired early: wait the rest
            lane->timer.start(int(lane->lastGrantMs + spacingMs() - now));
            return;
        }
        lane->lastGrantMs = now;
        w.grant();
        break;
    }
    schedule(*lane);
}

} // namespace eipdesk
