// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace eipdesk {

// How a task is polled: a first look soon after the send (500 ms: most unbinds finish within
// a second), then about 1 s, growing by `factor` up to `maxMs` (500, 1000, 2000, 4000, 5000,
// 5000 ms, ...), for at most `totalMs` in all (then the task shows as "still running on the
// server"). Tests shrink it.
struct PollSchedule {
    int initialMs = 500;
    double factor = 2.0;
    int maxMs = 5000;
    qint64 totalMs = 5 * 60 * 1000;

    // The delay before poll number `attempt` (0-based).
    int delayFor(int attempt) const {
        double d = initialMs;
        for (int i = 0; i < attempt && d < maxMs; ++i)
            d *= factor;
        return int(qMin<double>(d, maxMs));
    }
};

} // namespace eipdesk
