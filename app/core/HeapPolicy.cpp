// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HeapPolicy.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace eipdesk {

bool returnLargeBlocksToSystem() {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // Setting the threshold also turns glibc's dynamic raising of it off.
    constexpr int kThreshold = 256 * 1024;
    return ::mallopt(M_MMAP_THRESHOLD, kThreshold) == 1;
#else
    return false;
#endif
}

} // namespace eipdesk
