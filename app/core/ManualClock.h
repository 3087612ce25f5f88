// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

namespace eipdesk {

// A clock that only moves when told to; for tests.
class ManualClock : public Clock {
public:
    explicit ManualClock(qint64 nowMSecs = 1700000000000LL);
    qint64 nowMSecs() const override { return m_now; }
    qint64 monotonicMSecs() const override { return m_monotonic; }

    void setNowMSecs(qint64 now) { m_now = now; }
    void advance(qint64 msecs);

private:
    qint64 m_now;
    qint64 m_monotonic = 0;
};

} // namespace eipdesk
