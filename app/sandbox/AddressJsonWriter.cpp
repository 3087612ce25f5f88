// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AddressJsonWriter.h"

#include "sandbox/PackedText.h"

#include <cstdio>

namespace eipdesk::sandbox {

namespace {

void key(QByteArray& out, const char* name, bool first = false) {
    if (!first)
        out += ',';
    out += '"';
    out += name;
    out += "\":";
}

void string(QByteArray& out, const char* name, const QString& value) {
    key(out, name);
    AddressJsonWriter::appendString(out, value);
}

void boolean(QByteArray& out, const char* name, bool value) {
    key(out, name);
    out += value ? "true" : "false";
}

// QDateTime::toString(Qt::ISODate) as a JSON string (null when invalid), by hand for UTC
// times of years 1000-9999 (every generated one): no string is built for them.
void appendIsoDate(QByteArray& out, const QDateTime& t) {
    if (!t.isValid()) {
        out += "null";
        return;
    }
    const QDate d = t.date();
    if (t.timeSpec() != Qt::UTC || d.year() < 1000 || d.year() > 9999) {
        AddressJsonWriter::appendString(out, t.toString(Qt::ISODate));
        return;
    }
    const QTime time = t.time();
    char text[24];
    const int n = std::snprintf(text, sizeof(text), "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", d.year(),
                                d.month(), d.day(), time.hour(), time.minute(), time.second());
    out.append(text, n);
}

// A packed value (PackedText) as a JSON string, or null when empty and `nullable`.
void packed(QByteArray& out, const char* name, quint64 value, const TextPool& pool, bool nullable) {
    key(out, name);
    if (value == 0 && nullable)
        out += "null";
    else if (!PackedText::appendQuoted(out, value)) // IDs and IPs need no escaping
        AddressJsonWriter::appendUtf8String(out, pool.utf8(PackedText::poolIndex(value)));
}

// A pooled value (TextPool index) as a JSON string, or null when empty and `nullable`.
void pooled(QByteArray& out, const char* name, quint32 index, const TextPool& pool, bool nullable) {
    key(out, name);
    if (index == 0 && nullable)
        out += "null";
    else
        AddressJsonWriter::appendUtf8String(out, pool.utf8(index));
}

} // namespace

void AddressJsonWriter::appendString(QByteArray& out, const QString& s) {
    appendUtf8String(out, s.toUtf8());
}

void AddressJsonWriter::appendUtf8String(QByteArray& out, const QByteArray& utf8) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

void AddressJsonWriter::append(QByteArray& out, const AddressTable& table, int index) {
    const AddressRecord& r = table.record(index);
    const TextPool& pool = table.pool();
    out += '{';
    key(out, "AddressId", true);
    if (!PackedText::appendQuoted(out, r.addressId))
        appendUtf8String(out, pool.utf8(PackedText::poolIndex(r.addressId)));
    pooled(out, "AddressName", r.addressName, pool, false);
    pooled(out, "AddressStatus", r.addressStatus, pool, false);
    packed(out, "AddressIp", r.addressIp, pool, false);
    packed(out, "InstanceId", r.instanceId, pool, true);
    key(out, "CreatedTime");
    appendIsoDate(out, r.createdTime);
    packed(out, "NetworkInterfaceId", r.networkInterfaceId, pool, true);
    packed(out, "PrivateAddressIp", r.privateAddressIp, pool, true);
    boolean(out, "IsArrears", r.has(AddressRecord::IsArrears));
    boolean(out, "IsBlocked", r.has(AddressRecord::IsBlocked));
    boolean(out, "IsEipDirectConnection", r.has(AddressRecord::IsEipDirectConnection));
    pooled(out, "AddressType", r.addressType, pool, false);
    boolean(out, "CascadeRelease", r.has(AddressRecord::CascadeRelease));
    key(out, "EipAlgType");
    out += r.has(AddressRecord::AlgFtp) ? "{\"Ftp\":true" : "{\"Ftp\":false";
    out += r.has(AddressRecord::AlgSip) ? ",\"Sip\":true}" : ",\"Sip\":false}";
    pooled(out, "InternetServiceProvider", r.internetServiceProvider, pool, false);
    boolean(out, "LocalBgp", r.has(AddressRecord::LocalBgp));
    key(out, "Bandwidth");
    if (r.has(AddressRecord::HasBandwidth)) {
        char digits[24];
        out.append(digits, std::snprintf(digits, sizeof(digits), "%lld", (long long)r.bandwidth));
    } else {
        out += "null";
    }
    pooled(out, "InternetChargeType", r.internetChargeType, pool, true);
    key(out, "TagSet");
    out += pool.tagsJson(r.tags);
    pooled(out, "DeadlineDate", r.deadlineDate, pool, true);
    pooled(out, "InstanceType", r.instanceType, pool, true);
    pooled(out, "Egress", r.egress, pool, true);
    if (r.renewFlag != 0)
        pooled(out, "RenewFlag", r.renewFlag, pool, false);
    packed(out, "BandwidthPackageId", r.bandwidthPackageId, pool, true);
    if (r.antiDDoSPackageId != 0)
        packed(out, "AntiDDoSPackageId", r.antiDDoSPackageId, pool, false);
    if (r.unVpcId != 0)
        packed(out, "UnVpcId", r.unVpcId, pool, false);
    if (r.dedicatedClusterId != 0)
        packed(out, "DedicatedClusterId", r.dedicatedClusterId, pool, false);
    out += '}';
}

QByteArray AddressJsonWriter::tagSet(const QList<Tag>& tags) {
    QByteArray out = "[";
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '{';
        key(out, "Key", true);
        appendString(out, tags.at(i).key);
        string(out, "Value", tags.at(i).value);
        out += '}';
    }
    out += ']';
    return out;
}

} // namespace eipdesk::sandbox
