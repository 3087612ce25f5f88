// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/AddressViewFilter.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace eipdesk {

class AddressTableModel;

// Filters the address table as the user types (every word must appear in the IP, ID, name,
// bound instance or ENI, private IP or tags, case-insensitively), by status, type, bound-
// resource kind, blocked, in arrears and "can be unbound now" (UnbindEligibility, a NAT
// gateway's only EIP excluded), and sorts by typed keys (IPs numerically, times, bandwidth).
//
// Built for 100,000 rows: the sorted order of every source row is kept (computed again only
// when the sort or the rows change) and a filter change is one pass over it, never a sort;
// typing more of a word tests only the rows still shown. Every change of the shown rows is a
// layout change with the persistent indexes (selection, current row) carried over. Sorting is
// always dynamic: a changed, inserted or removed row goes to its place. Ties keep the source
// order, in both directions (as QSortFilterProxyModel's stable sort).
class AddressFilterProxyModel : public QAbstractProxyModel {
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

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool dynamicSortFilter() const { return true; } // always: see the class comment
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool filterAcceptsRow(int sourceRow) const;

signals:
    void filterChanged();

private:
    void setSourceModel(QAbstractItemModel* model) override;
    void refilter();      // every row tested again
    void refilterShown(); // only the rows shown (a narrower filter)
    // The rows the filter accepts (of those shown, or of all), in the sorted order.
    std::vector<int> acceptedInOrder(bool shownOnly) const;
    void rebuildOrder(); // the sorted order of every source row
    void mergeInserted(int first, int last);
    bool lessThan(int left, int right) const; // in the view's order, ties by source row
    // Runs `change` (which rebuilds m_order / m_rows) as one layout change; `sourceRowAfter`
    // maps a source row from before the change to after it (-1: gone).
    template <typename Change, typename Remap>
    void changeLayout(Change change, Remap sourceRowAfter);
    template <typename Change> void changeLayout(Change change) {
        changeLayout(change, [](int row) { return row; });
    }
    void showRows(std::vector<int> rows); // sets m_rows and m_proxyOf
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                       const QList<int>& roles);

    AddressTableModel* m_model = nullptr;
    QStringList m_terms;
    QList<QByteArray> m_termBytes; // m_terms in UTF-8
    AddressViewFilter m_filter;    // search kept in m_terms
    mutable QHash<QString, int> m_natCounts;
    mutable bool m_natCountsValid = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;   // every source row, in the view's order
    std::vector<int> m_rows;    // proxy row -> source row
    std::vector<int> m_proxyOf; // source row -> proxy row, or -1
    // Between a source's rowsAboutToBeRemoved and rowsRemoved: the layout change under way.
    QModelIndexList m_pendingPersistent;
    std::vector<int> m_pendingSourceRows;
};

} // namespace eipdesk
