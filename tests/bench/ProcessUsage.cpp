// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessUsage.h"

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

} // namespace eipdesk::bench
