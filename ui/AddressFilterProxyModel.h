// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/AddressViewFilter.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace eipdesk {

class AddressTableModel;

// Filters the address table as the user types (every word must appear in the IP, ID, name,
// bound instance or ENI, private IP or tags, case-insensitively), by status, type, bound-
// resource kind, blocked, in arrears and "can be unbound now" (UnbindEligibility, a NAT
// gateway's only EIP excluded), and sorts by typed keys (IPs numerically, times, bandwidth).
class AddressFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AddressFilterProxyModel(QObject* parent = nullptr);

    void setAddressModel(AddressTableModel* model);
    AddressTableModel* addressModel() const { return m_model; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }
    // A wire status (BIND, UNBIND, ...), "bound" for BIND + BIND_ENI, "transitional", or "".
    void setStatusFilter(const QString& status);
    QString statusFilter() const { return m_filter.status; }
    void setTypeFilter(const QString& type); // AddressType, or ""
    QString typeFilter() const { return m_filter.type; }
    void setKindFilter(const QString& kindKey); // AddressViewFilter::kindKey(), or ""
    void setBlockedOnly(bool on);
    void setArrearsOnly(bool on);
    void setUnbindableOnly(bool on);

    // Everything at once (a saved view); search text included.
    void setFilter(const AddressViewFilter& filter);
    AddressViewFilter filter() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    // Rebuilds the mapping with one sort (a layout change): cheaper than Qt's row-by-row
    // removal when rows go from many places of the sorted view.
    void relayout();
    bool removesScatteredRows() const;

    AddressTableModel* m_model = nullptr;
    QStringList m_terms;
    AddressViewFilter m_filter; // search kept in m_terms
    mutable QHash<QString, int> m_natCounts;
    mutable bool m_natCountsValid = false;
    bool m_sortAfterInsert = false; // a large insert: dynamic sorting paused until it is in
};

} // namespace eipdesk
