// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SecretWipe.h"

namespace eipdesk {

namespace {

// Volatile stores: the compiler may not drop them as dead writes before the free.
template <typename T> void zeroFill(T* begin, qsizetype count) {
    volatile T* p = begin;
    for (qsizetype i = 0; i < count; ++i)
        p[i] = T(0);
}

template <typename S> void wipe(S& s) {
    auto& d = s.data_ptr();
    if (d.isShared()) {
        // Shared (or static): not ours alone to overwrite. Let it go.
        s = S();
        return;
    }
    zeroFill(d.data() - d.freeSpaceAtBegin(), d.constAllocatedCapacity());
    s.resize(0); // not shared: keeps the (zeroed) buffer, empty
}

} // namespace

void wipeSecret(QString& secret) {
    wipe(secret);
}

void wipeSecret(QByteArray& secret) {
    wipe(secret);
}

} // namespace eipdesk
