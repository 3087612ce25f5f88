// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AddressJsonWriter.h"

#include "sandbox/JsonSink.h"
#include "sandbox/PackedText.h"

#include <algorithm>

namespace eipdesk::sandbox {

namespace {

void boolean(JsonSink& out, bool value) {
    if (value)
        out.literal("true");
    else
        out.literal("false");
}

// A non-negative number of at most `width` digits, zero-padded.
void digits(char* at, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

void integer(JsonSink& out, qint64 value) {
    char text[24];
    int n = int(sizeof(text));
    // Negative values are counted down as negatives: no overflow at the minimum.
    const bool negative = value < 0;
    do {
        const int digit = int(value % 10);
        text[--n] = char('0' + (negative ? -digit : digit));
        value /= 10;
    } while (value != 0);
    if (negative)
        text[--n] = '-';
    out.put(text + n, qsizetype(sizeof(text)) - n);
}

void utf8String(JsonSink& out, const QByteArray& utf8) {
    static const char hex[] = "0123456789abcdef";
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    };
    out.put('"');
    if (std::none_of(utf8.cbegin(), utf8.cend(), needsEscape)) {
        out.put(utf8);
        out.put('"');
        return;
    }
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.put('\\');
            out.put(c);
        } else if (u < 0x20) {
            // \b \t \n \f \r have a short form (U+0008-U+000D but U+000B), the rest \u00XX.
            static const char shortForm[] = "btn\0fr";
            if (u >= 0x08 && u <= 0x0d && u != 0x0b) {
                out.put('\\');
                out.put(shortForm[u - 0x08]);
            } else {
                out.literal("\\u00");
                out.put(hex[u >> 4]);
                out.put(hex[u & 0xf]);
            }
        } else {
            out.put(c);
        }
    }
    out.put('"');
}

// QDateTime::toString(Qt::ISODate) as a JSON string (null when invalid), by hand for UTC
// times of years 1000-9999 (every generated one): no string is built for them.
void isoDate(JsonSink& out, const QDateTime& t) {
    if (!t.isValid()) {
        out.literal("null");
        return;
    }
    const QDate d = t.date();
    if (t.timeSpec() != Qt::UTC || d.year() < 1000 || d.year() > 9999) {
        utf8String(out, t.toString(Qt::ISODate).toUtf8());
        return;
    }
    const QTime time = t.time();
    char text[] = "\"YYYY-MM-DDThh:mm:ssZ\"";
    digits(text + 1, d.year(), 4);
    digits(text + 6, d.month(), 2);
    digits(text + 9, d.day(), 2);
    digits(text + 12, time.hour(), 2);
    digits(text + 15, time.minute(), 2);
    digits(text + 18, time.second(), 2);
    out.literal(text);
}

// A packed value (PackedText) as a JSON string, or null when empty and `nullable`.
void packed(JsonSink& out, quint64 value, const TextPool& pool, bool nullable) {
    if (value == 0 && nullable) {
        out.literal("null");
        return;
    }
    char text[24];
    const int n = PackedText::latin1(value, text);
    if (n < 0) {
        utf8String(out, pool.utf8(PackedText::poolIndex(value)));
        return;
    }
    out.put('"'); // IDs and IPs need no escaping
    out.put(text, n);
    out.put('"');
}

// A pooled value (TextPool index) as a JSON string, or null when empty and `nullable`.
void pooled(JsonSink& out, quint32 index, const TextPool& pool, bool nullable) {
    if (index == 0 && nullable)
        out.literal("null");
    else
        utf8String(out, pool.utf8(index));
}

// A field: its key (with comma, quotes and colon, as one literal), then its value.
template <qsizetype N>
void pooledField(JsonSink& out, const char (&key)[N], quint32 index, const TextPool& pool,
                 bool nullable) {
    out.literal(key);
    pooled(out, index, pool, nullable);
}

template <qsizetype N>
void packedField(JsonSink& out, const char (&key)[N], quint64 value, const TextPool& pool,
                 bool nullable) {
    out.literal(key);
    packed(out, value, pool, nullable);
}

template <qsizetype N> void flagField(JsonSink& out, const char (&key)[N], bool value) {
    out.literal(key);
    boolean(out, value);
}

} // namespace

void AddressJsonWriter::appendString(QByteArray& out, const QString& s) {
    JsonSink sink(out);
    utf8String(sink, s.toUtf8());
}

void AddressJsonWriter::append(QByteArray& bytes, const AddressTable& table, int index) {
    const AddressRecord& r = table.record(index);
    const TextPool& pool = table.pool();
    JsonSink out(bytes);
    // Each key is written with its comma, quotes and colon as one literal.
    packedField(out, "{\"AddressId\":", r.addressId, pool, false);
    pooledField(out, ",\"AddressName\":", r.addressName, pool, false);
    pooledField(out, ",\"AddressStatus\":", r.addressStatus, pool, false);
    packedField(out, ",\"AddressIp\":", r.addressIp, pool, false);
    packedField(out, ",\"InstanceId\":", r.instanceId, pool, true);
    out.literal(",\"CreatedTime\":");
    isoDate(out, r.createdTime);
    packedField(out, ",\"NetworkInterfaceId\":", r.networkInterfaceId, pool, true);
    packedField(out, ",\"PrivateAddressIp\":", r.privateAddressIp, pool, true);
    flagField(out, ",\"IsArrears\":", r.has(AddressRecord::IsArrears));
    flagField(out, ",\"IsBlocked\":", r.has(AddressRecord::IsBlocked));
    flagField(out, ",\"IsEipDirectConnection\":", r.has(AddressRecord::IsEipDirectConnection));
    pooledField(out, ",\"AddressType\":", r.addressType, pool, false);
    flagField(out, ",\"CascadeRelease\":", r.has(AddressRecord::CascadeRelease));
    flagField(out, ",\"EipAlgType\":{\"Ftp\":", r.has(AddressRecord::AlgFtp));
    flagField(out, ",\"Sip\":", r.has(AddressRecord::AlgSip));
    pooledField(out, "},\"InternetServiceProvider\":", r.internetServiceProvider, pool, false);
    flagField(out, ",\"LocalBgp\":", r.has(AddressRecord::LocalBgp));
    out.literal(",\"Bandwidth\":");
    if (r.has(AddressRecord::HasBandwidth))
        integer(out, r.bandwidth);
    else
        out.literal("null");
    pooledField(out, ",\"InternetChargeType\":", r.internetChargeType, pool, true);
    out.literal(",\"TagSet\":");
    out.put(pool.tagsJson(r.tags));
    pooledField(out, ",\"DeadlineDate\":", r.deadlineDate, pool, true);
    pooledField(out, ",\"InstanceType\":", r.instanceType, pool, true);
    pooledField(out, ",\"Egress\":", r.egress, pool, true);
    if (r.renewFlag != 0)
        pooledField(out, ",\"RenewFlag\":", r.renewFlag, pool, false);
    packedField(out, ",\"BandwidthPackageId\":", r.bandwidthPackageId, pool, true);
    if (r.antiDDoSPackageId != 0)
        packedField(out, ",\"AntiDDoSPackageId\":", r.antiDDoSPackageId, pool, false);
    if (r.unVpcId != 0)
        packedField(out, ",\"UnVpcId\":", r.unVpcId, pool, false);
    if (r.dedicatedClusterId != 0)
        packedField(out, ",\"DedicatedClusterId\":", r.dedicatedClusterId, pool, false);
    out.put('}');
}

QByteArray AddressJsonWriter::tagSet(const QList<Tag>& tags) {
    QByteArray bytes;
    {
        JsonSink out(bytes);
        out.put('[');
        for (qsizetype i = 0; i < tags.size(); ++i) {
            if (i > 0)
                out.put(',');
            out.literal("{\"Key\":");
            utf8String(out, tags.at(i).key.toUtf8());
            out.literal(",\"Value\":");
            utf8String(out, tags.at(i).value.toUtf8());
            out.put('}');
        }
        out.put(']');
    }
    return bytes;
}

} // namespace eipdesk::sandbox
