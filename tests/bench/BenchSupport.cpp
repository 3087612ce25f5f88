// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

#include <sys/resource.h>

namespace eipdesk::bench {

ProcessUsage processUsage() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
    };
    return {ms(usage.ru_utime) + ms(usage.ru_stime), double(usage.ru_minflt)};
}

double medianOf(QList<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void settleRateWindows() {
    QEventLoop loop;
    QTimer::singleShot(1100, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace eipdesk::bench
