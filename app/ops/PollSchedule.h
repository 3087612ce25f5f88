// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace eipdesk {

// How a task is polled: about 1 s at first, growing by `factor` up to `maxMs`, for at most
// `totalMs` in all (then the task shows as "still running on the server"). Tests shrink it.
struct PollSchedule {
    int initialMs = 1000;
    double factor = 1.5;
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
