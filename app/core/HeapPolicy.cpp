// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HeapPolicy.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace eipdesk {

bool configureHeap() {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // Setting the thresholds also turns glibc's dynamic raising of them off.
    constexpr int kMmapThreshold = 16 * 1024 * 1024;
    constexpr int kTrimThreshold = 64 * 1024 * 1024;
    const bool mmapSet = ::mallopt(M_MMAP_THRESHOLD, kMmapThreshold) == 1;
    const bool trimSet = ::mallopt(M_TRIM_THRESHOLD, kTrimThreshold) == 1;
    return mmapSet && trimSet;
#else
    return false;
#endif
}

} // namespace eipdesk
