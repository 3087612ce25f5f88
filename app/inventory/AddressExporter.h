// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "inventory/AddressColumn.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace eipdesk {

// Turns addresses into CSV (the given columns, in order, written by CsvWriter: RFC 4180, UTF-8
// with a byte-order mark, a header row, formula-guarded cells) or
// JSON (an array of objects with every field, wire names). No secrets are ever in an Address.
class AddressExporter {
public:
    static QByteArray toCsv(const QList<Address>& addresses, const QList<AddressColumn>& columns);
    static QByteArray toJson(const QList<Address>& addresses);
    static QJsonObject toJsonObject(const Address& address);
    // Tab-separated text of the given columns with a header row, for the clipboard.
    static QString toTsv(const QList<Address>& addresses, const QList<AddressColumn>& columns);

    // One CSV field (CsvWriter::field): quoted when needed; a leading = + - @ is neutralised
    // so spreadsheets do not run it as a formula.
    static QString csvField(const QString& value);
};

} // namespace eipdesk
