// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ManualClock.h"

namespace eipdesk {

ManualClock::ManualClock(qint64 nowMSecs)
    : m_now(nowMSecs) {}

void ManualClock::advance(qint64 msecs) {
    m_now += msecs;
    m_monotonic += msecs;
}

} // namespace eipdesk
