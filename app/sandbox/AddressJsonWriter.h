// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "sandbox/AddressTable.h"

#include <QByteArray>

namespace eipdesk::sandbox {

// Writes an address of an AddressTable as compact wire JSON straight from its record: the same
// fields and values as WireJson::address() (nullable fields as null), without building an
// Address or a QJsonObject per address (tst_sandbox_wirejson compares the two; the bytes of a
// seeded world are pinned by tst_sandbox_golden).
// DescribeAddresses pages are the sandbox's hottest path (100 addresses a page, a 10,000-EIP
// all-regions load in about 100 pages).
class AddressJsonWriter {
public:
    // No Address and no string is built for the IDs, IPs and shared values.
    static void append(QByteArray& out, const AddressTable& table, int index);
    // The TagSet array: [{"Key":...,"Value":...},...].
    static QByteArray tagSet(const QList<Tag>& tags);
    // A JSON string literal, quotes included (UTF-8; '"', '\\' and control characters escaped).
    static void appendString(QByteArray& out, const QString& s);
};

} // namespace eipdesk::sandbox
