// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace eipdesk {

// A filter set over the address list, as the toolbar shows it and as a saved view stores it.
// Every part narrows: the search words, a status (a wire status, "bound" or "transitional"),
// an address type, a bound-resource kind, and the blocked / in-arrears / can-be-unbound-now
// conditions.
struct AddressViewFilter {
    QString search;
    QString status;
    QString type;
    QString kind; // "", or kindKey(): cvm, eni, nat, clb, other, none
    bool blocked = false;
    bool arrears = false;
    bool unbindable = false;

    static QString kindKey(const Address& a); // "cvm", "eni", "nat", "clb", "other", "none"
    static QStringList kindKeys();
    static QString kindText(const QString& kindKey); // translated

    bool isEmpty() const { return *this == AddressViewFilter{}; }
    bool operator==(const AddressViewFilter& o) const;
    bool operator!=(const AddressViewFilter& o) const { return !(*this == o); }
    QVariantMap toMap() const;
    static AddressViewFilter fromMap(const QVariantMap& map); // unknown keys ignored
};

} // namespace eipdesk
