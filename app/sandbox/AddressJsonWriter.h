// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QByteArray>

namespace eipdesk::sandbox {

// Writes an Address as compact wire JSON straight into bytes: the same fields and values as
// WireJson::address() (nullable fields as null), without building a QJsonObject per address.
// DescribeAddresses pages are the sandbox's hottest path (100 addresses a page, a 10,000-EIP
// all-regions load in about 100 pages).
class AddressJsonWriter {
public:
    static void append(QByteArray& out, const Address& a);
    static QByteArray write(const Address& a);
    // A JSON string literal, quotes included (UTF-8; '"', '\\' and control characters escaped).
    static void appendString(QByteArray& out, const QString& s);
};

} // namespace eipdesk::sandbox
