// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace eipdesk::test {

// What the filter proxy should show, computed the plain way for the table tests: the source
// rows whose search text holds every typed word, stable-sorted by `less` (source rows), reversed
// for a descending order.
template <typename Less>
QList<int> expectedRows(const AddressTableModel& model, const QString& search, Qt::SortOrder order,
                        Less less) {
    const QStringList terms = search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        bool all = true;
        for (const QString& t : terms)
            all = all && model.searchTextAt(r).contains(t.toUtf8());
        if (all)
            rows << r;
    }
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) { return less(r, l); });
    return rows;
}

// The source rows the proxy shows, in its order.
inline QList<int> shownRows(const AddressFilterProxyModel& proxy) {
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows << proxy.mapToSource(proxy.index(r, 0)).row();
    return rows;
}

} // namespace eipdesk::test
