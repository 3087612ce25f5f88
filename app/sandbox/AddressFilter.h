// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionError.h"
#include "sandbox/AddressTable.h"
#include "sandbox/ParamReader.h"

#include <QSet>

namespace eipdesk::sandbox {

// DescribeAddresses' AddressIds and Filters (spec §4.1), validated once and then matched
// against each address: filters are ANDed, the values of one filter ORed. Without an
// address-type filter (and without AddressIds) the site's documented default applies: every
// type except WanIP on the China site (CN model), only EIP on the international site (intl
// model: "default value is EIP").
class AddressFilter {
public:
    static constexpr int MaxFilters = 10;
    static constexpr int MaxValues = 100;

    static ActionError parse(const QStringList& addressIds, const QList<FilterParam>& filters,
                             AddressFilter* out, bool internationalSite = false);
    static bool isAddressId(const QString& id);
    static bool isEniId(const QString& id);

    // The address at `index` of the table (read without building an Address).
    bool matches(const AddressTable& table, int index) const;

private:
    struct Clause {
        QString name;
        QSet<QString> values;
        QString first;
        QString tagKey; // for tag:<key>
    };
    QSet<QString> m_ids;
    QList<Clause> m_clauses;
    bool m_hasTypeFilter = false;
    bool m_international = false;
};

} // namespace eipdesk::sandbox
