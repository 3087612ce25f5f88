// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "sandbox/AddressTable.h"

#include <QByteArray>

namespace eipdesk::sandbox {

// Writes an Address as compact wire JSON straight into bytes: the same fields and values as
// WireJson::address() (nullable fields as null), without building a QJsonObject per address.
// DescribeAddresses pages are the sandbox's hottest path (100 addresses a page, a 10,000-EIP
// all-regions load in about 100 pages).
class AddressJsonWriter {
public:
    static void append(QByteArray& out, const Address& a);
    // The same bytes for the address at `index` of the table, read from its record: no
    // Address and no string is built for the IDs, IPs and shared values.
    static void append(QByteArray& out, const AddressTable& table, int index);
    static QByteArray write(const Address& a);
    // The TagSet array: [{"Key":...,"Value":...},...].
    static QByteArray tagSet(const QList<Tag>& tags);
    // A JSON string literal, quotes included (UTF-8; '"', '\\' and control characters escaped).
    static void appendString(QByteArray& out, const QString& s);
    static void appendUtf8String(QByteArray& out, const QByteArray& utf8);
};

} // namespace eipdesk::sandbox
