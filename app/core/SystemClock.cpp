// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SystemClock.h"

namespace eipdesk {

SystemClock::SystemClock() {
    m_timer.start();
}

qint64 SystemClock::nowMSecs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMSecs() const {
    return m_timer.elapsed();
}

} // namespace eipdesk
