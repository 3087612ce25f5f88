// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchRegistry.h"

#include <cstdio>

namespace eipdesk::bench {

namespace {
int s_failed = 0;
}

std::vector<Case>& registry() {
    static std::vector<Case> cases;
    return cases;
}

void report(const QString& name, double value, const QString& unit, const QString& goal,
            bool goalMet) {
    if (!goalMet)
        ++s_failed;
    std::printf("%s: %.2f %s (goal: %s)%s\n", qPrintable(name), value, qPrintable(unit),
                qPrintable(goal), goalMet ? "" : " [goal missed]");
    std::fflush(stdout);
}

int failedGoals() {
    return s_failed;
}

} // namespace eipdesk::bench
