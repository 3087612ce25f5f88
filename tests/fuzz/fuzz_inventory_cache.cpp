// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the inventory cache file (InventoryCache::parse, the checks read() applies
// to a file's bytes). A refused file is fine; a crash, a hang or a snapshot that breaks its own
// bounds is not.
#include "api/PagePlan.h"
#include "inventory/InventoryCache.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace eipdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<InventorySnapshot> s = InventoryCache::parse(bytes);
    if (!s)
        return 0;
    // What the loader will trust: every count within the server's own cap, every region named.
    for (auto it = s->counts.cbegin(); it != s->counts.cend(); ++it)
        if (it.value() < 0 || it.value() > PagePlan::kMaxItems ||
            !InventoryCache::isRegionId(it.key()))
            std::abort();
    for (const Region& r : s->regions)
        if (!InventoryCache::isRegionId(r.id))
            std::abort();
    for (auto it = s->rows.cbegin(); it != s->rows.cend(); ++it)
        for (const Address& a : it.value())
            if (a.addressId.isEmpty() || a.region != it.key())
                std::abort();
    return 0;
}
