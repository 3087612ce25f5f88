// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/TextPool.h"

#include <QString>

#include <optional>

namespace eipdesk::sandbox {

// A string of an address that is mostly unique (its ID, IP, instance, ENI, private IP) in
// 64 bits: a resource ID of a known prefix and 8 lowercase letters or digits ("eip-0a1b2c3d")
// as the prefix's number and the 8 characters in base 36; a dotted IPv4 address in its
// canonical form as its 32 bits; anything else as an index into the region's TextPool. What
// does not decode to exactly the same text goes to the pool, so every value survives.
class PackedText {
public:
    static quint64 pack(const QString& text, TextPool& pool);
    // The packed form of `text` without adding to the pool: nothing when it is not there
    // (then no stored value equals it). For lookups with IDs from the network.
    static std::optional<quint64> find(const QString& text, const TextPool& pool);
    static QString unpack(quint64 packed, const TextPool& pool);
    static bool isEmpty(quint64 packed) { return packed == 0; }
    static quint32 poolIndex(quint64 packed) { return quint32(packed); }
    // The text of an ID or IPv4 value into `out` (at least 24 bytes; its characters need no
    // JSON escaping): its length, or -1 for a pooled value (its index: poolIndex()).
    static int latin1(quint64 packed, char* out);

private:
    static std::optional<quint64> packId(const QString& text);
    static std::optional<quint64> packIpv4(const QString& text);
};

} // namespace eipdesk::sandbox
