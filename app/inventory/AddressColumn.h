// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace eipdesk {

// The columns of the address table, in their default order. Shared by the table model, the
// exports and the search so every view of an address agrees.
enum class AddressColumn {
    PublicIp,
    AddressId,
    Name,
    Status,
    BoundResource,
    BoundKind,
    PrivateIp,
    Type,
    Bandwidth,
    BillingMode,
    Isp,
    Tags,
    Blocked,
    Arrears,
    Created,
    Region,
};

// Titles, stable keys, display text and sort keys of the address columns.
class AddressColumns {
    Q_DECLARE_TR_FUNCTIONS(AddressColumns)
public:
    static constexpr int Count = int(AddressColumn::Region) + 1;
    static QList<AddressColumn> all();

    static QString title(AddressColumn column); // translated header
    static QString key(AddressColumn column);   // stable: CSV/JSON header, settings
    static QString text(const Address& address, AddressColumn column); // display text
    static QVariant sortKey(const Address& address, AddressColumn column);

    static QString boundKindText(BoundKind kind);
    static QString statusText(const QString& wireStatus); // translated, e.g. "Bound"
    // The status with the conditions that matter more, first: "Blocked · Bound".
    static QString statusLabel(const Address& address);
    static QString blockedText() { return tr("Blocked"); }
    static QString arrearsText() { return tr("In arrears"); }
    static QString yesNo(bool value);
    // 1.2.3.4 -> 0x01020304, for IP-aware sorting; 0 when not IPv4.
    static quint32 ipv4Key(const QString& ip);
};

} // namespace eipdesk
