// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchRegistry.h"

#include <QFile>

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

double residentMiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n'); // /proc files report size 0
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace eipdesk::bench
