// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/PackedText.h"

namespace eipdesk::sandbox {

namespace {

// The top two bits say what the rest is.
constexpr quint64 PoolTag = 0;
constexpr quint64 Ipv4Tag = 1;
constexpr quint64 IdTag = 2;
constexpr int TagShift = 62;
constexpr int PrefixShift = 48;
constexpr int IdChars = 8;

// Never reorder: the index is part of the packed value (only in memory, never stored).
const char* const kPrefixes[] = {"eip-", "ins-",     "eni-", "nat-",    "lb-",
                                 "bgp-", "cluster-", "vpc-", "subnet-", "bwp-"};
constexpr int kPrefixCount = int(sizeof(kPrefixes) / sizeof(kPrefixes[0]));

int digit36(QChar c) {
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        return c.unicode() - 'a' + 10;
    return -1;
}

} // namespace

std::optional<quint64> PackedText::packId(const QString& text) {
    for (int p = 0; p < kPrefixCount; ++p) {
        const QLatin1String prefix(kPrefixes[p]);
        if (text.size() != prefix.size() + IdChars || !text.startsWith(prefix))
            continue;
        quint64 value = 0;
        for (qsizetype i = prefix.size(); i < text.size(); ++i) {
            const int d = digit36(text.at(i));
            if (d < 0)
                return std::nullopt;
            value = value * 36 + quint64(d);
        }
        return (IdTag << TagShift) | (quint64(p) << PrefixShift) | value;
    }
    return std::nullopt;
}

std::optional<quint64> PackedText::packIpv4(const QString& text) {
    // Four decimal parts 0-255, no sign, no leading zero: the form unpack() writes.
    quint32 address = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        const qsizetype start = i;
        quint32 part = 0;
        while (i < text.size() && i - start < 3 && text.at(i) >= QLatin1Char('0') &&
               text.at(i) <= QLatin1Char('9'))
            part = part * 10 + quint32(text.at(i++).unicode() - '0');
        const qsizetype length = i - start;
        if (length == 0 || part > 255 || (length > 1 && text.at(start) == QLatin1Char('0')))
            return std::nullopt;
        address = (address << 8) | part;
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text.at(i) != QLatin1Char('.'))
                return std::nullopt;
            ++i;
        }
    }
    if (i != text.size())
        return std::nullopt;
    return (Ipv4Tag << TagShift) | address;
}

quint64 PackedText::pack(const QString& text, TextPool& pool) {
    if (text.isEmpty())
        return 0;
    if (const auto id = packId(text))
        return *id;
    if (const auto ip = packIpv4(text))
        return *ip;
    return (PoolTag << TagShift) | pool.intern(text);
}

std::optional<quint64> PackedText::find(const QString& text, const TextPool& pool) {
    if (text.isEmpty())
        return 0;
    if (const auto id = packId(text))
        return id;
    if (const auto ip = packIpv4(text))
        return ip;
    if (const auto index = pool.find(text))
        return (PoolTag << TagShift) | *index;
    return std::nullopt;
}

int PackedText::latin1(quint64 packed, char* out) {
    const quint64 tag = packed >> TagShift;
    int n = 0;
    if (tag == Ipv4Tag) {
        // By hand: this runs for every address of every DescribeAddresses page.
        const auto a = quint32(packed);
        for (int shift = 24; shift >= 0; shift -= 8) {
            const quint32 part = (a >> shift) & 0xff;
            if (part >= 100)
                out[n++] = char('0' + part / 100);
            if (part >= 10)
                out[n++] = char('0' + part / 10 % 10);
            out[n++] = char('0' + part % 10);
            if (shift > 0)
                out[n++] = '.';
        }
        return n;
    }
    if (tag == IdTag) {
        static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        for (const char* p = kPrefixes[(packed >> PrefixShift) & 0x3f]; *p; ++p)
            out[n++] = *p;
        quint64 value = packed & ((quint64(1) << PrefixShift) - 1);
        for (int i = IdChars - 1; i >= 0; --i) {
            out[n + i] = alphabet[value % 36];
            value /= 36;
        }
        return n + IdChars;
    }
    return -1;
}

QString PackedText::unpack(quint64 packed, const TextPool& pool) {
    char text[24];
    const int n = latin1(packed, text);
    return n < 0 ? pool.text(quint32(packed)) : QString::fromLatin1(text, n);
}

} // namespace eipdesk::sandbox
