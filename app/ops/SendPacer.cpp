// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/SendPacer.h"

#include "core/Clock.h"

#include <cmath>

namespace eipdesk {

SendPacer::SendPacer(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SendPacer::grantNext);
}

void SendPacer::setRatePerSecond(double rate) {
    m_rate = rate > 0 ? rate : 10.0;
}

void SendPacer::setPaused(bool paused) {
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else
        schedule();
}

void SendPacer::acquire(QObject* context, std::function<void()> grant) {
    m_waiting.append({context, std::move(grant)});
    schedule();
}

void SendPacer::clear() {
    m_waiting.clear();
    m_timer.stop();
}

void SendPacer::schedule() {
    if (m_paused || m_waiting.isEmpty() || m_timer.isActive())
        return;
    const qint64 spacing = qint64(std::ceil(1000.0 / m_rate));
    const qint64 now = m_clock->monotonicMSecs();
    const qint64 wait = m_lastGrantMs < 0 ? 0 : qMax<qint64>(0, m_lastGrantMs + spacing - now);
    m_timer.start(int(wait));
}

void SendPacer::grantNext() {
    while (!m_waiting.isEmpty() && !m_paused) {
        Waiter w = m_waiting.takeFirst();
        if (!w.context)
            continue; // its operation is gone: the slot goes to the next one
        const qint64 spacing = qint64(std::ceil(1000.0 / m_rate));
        const qint64 now = m_clock->monotonicMSecs();
        if (m_lastGrantMs >= 0 && now < m_lastGrantMs + spacing) {
            m_waiting.prepend(std::move(w)); // the timer fired early: wait the rest
            m_timer.start(int(m_lastGrantMs + spacing - now));
            return;
        }
        m_lastGrantMs = now;
        w.grant();
        break;
    }
    schedule();
}

} // namespace eipdesk
