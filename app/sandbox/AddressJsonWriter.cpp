// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AddressJsonWriter.h"

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

void stringOrNull(QByteArray& out, const char* name, const QString& value) {
    key(out, name);
    if (value.isEmpty())
        out += "null";
    else
        AddressJsonWriter::appendString(out, value);
}

void boolean(QByteArray& out, const char* name, bool value) {
    key(out, name);
    out += value ? "true" : "false";
}

} // namespace

void AddressJsonWriter::appendString(QByteArray& out, const QString& s) {
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
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

void AddressJsonWriter::append(QByteArray& out, const Address& a) {
    out += '{';
    key(out, "AddressId", true);
    appendString(out, a.addressId);
    string(out, "AddressName", a.addressName);
    string(out, "AddressStatus", a.addressStatus);
    string(out, "AddressIp", a.addressIp);
    stringOrNull(out, "InstanceId", a.instanceId);
    stringOrNull(out, "CreatedTime",
                 a.createdTime.isValid() ? a.createdTime.toString(Qt::ISODate) : QString());
    stringOrNull(out, "NetworkInterfaceId", a.networkInterfaceId);
    stringOrNull(out, "PrivateAddressIp", a.privateAddressIp);
    boolean(out, "IsArrears", a.isArrears);
    boolean(out, "IsBlocked", a.isBlocked);
    boolean(out, "IsEipDirectConnection", a.isEipDirectConnection);
    string(out, "AddressType", a.addressType);
    boolean(out, "CascadeRelease", a.cascadeRelease);
    key(out, "EipAlgType");
    out += a.algFtp.value_or(false) ? "{\"Ftp\":true" : "{\"Ftp\":false";
    out += a.algSip.value_or(false) ? ",\"Sip\":true}" : ",\"Sip\":false}";
    string(out, "InternetServiceProvider", a.internetServiceProvider);
    boolean(out, "LocalBgp", a.localBgp);
    key(out, "Bandwidth");
    if (a.bandwidth)
        out += QByteArray::number(*a.bandwidth);
    else
        out += "null";
    stringOrNull(out, "InternetChargeType", a.internetChargeType);
    key(out, "TagSet");
    out += '[';
    for (qsizetype i = 0; i < a.tags.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '{';
        key(out, "Key", true);
        appendString(out, a.tags.at(i).key);
        string(out, "Value", a.tags.at(i).value);
        out += '}';
    }
    out += ']';
    stringOrNull(out, "DeadlineDate", a.deadlineDate);
    stringOrNull(out, "InstanceType", a.instanceType);
    stringOrNull(out, "Egress", a.egress);
    if (!a.renewFlag.isEmpty())
        string(out, "RenewFlag", a.renewFlag);
    stringOrNull(out, "BandwidthPackageId", a.bandwidthPackageId);
    if (!a.antiDDoSPackageId.isEmpty())
        string(out, "AntiDDoSPackageId", a.antiDDoSPackageId);
    if (!a.unVpcId.isEmpty())
        string(out, "UnVpcId", a.unVpcId);
    if (!a.dedicatedClusterId.isEmpty())
        string(out, "DedicatedClusterId", a.dedicatedClusterId);
    out += '}';
}

QByteArray AddressJsonWriter::write(const Address& a) {
    QByteArray out;
    out.reserve(768);
    append(out, a);
    return out;
}

} // namespace eipdesk::sandbox
