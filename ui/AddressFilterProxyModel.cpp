// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddressFilterProxyModel.h"

#include "core/AddressStatus.h"
#include "ops/UnbindEligibility.h"
#include "ui/AddressTableModel.h"

namespace eipdesk {

AddressFilterProxyModel::AddressFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(AddressTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AddressFilterProxyModel::setAddressModel(AddressTableModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_natCountsValid = false;
    setSourceModel(model);
    if (!model)
        return;
    // Qt places inserted rows into the sorted view one contiguous run at a time, each run a
    // pass over the mapping: a region of rows spread over the whole order (a load) would cost
    // rows x runs. A large batch is appended unsorted instead, then sorted once.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first, int last) {
                constexpr int kSortAfterRows = 16;
                if (last - first >= kSortAfterRows && dynamicSortFilter() && sortColumn() >= 0) {
                    m_sortAfterInsert = true;
                    setDynamicSortFilter(false);
                }
            });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_sortAfterInsert)
            return;
        m_sortAfterInsert = false;
        m_model->prepareSortRanks(AddressColumn(sortColumn()));
        setDynamicSortFilter(true); // sorts the whole view once
    });
    connect(model, &AddressTableModel::contentsChanged, this, [this] {
        m_natCountsValid = false;
        if (m_filter.unbindable) // a NAT gateway's count may have changed
            refilter();
    });
}

void AddressFilterProxyModel::setSearchText(const QString& text) {
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    // Typing more of a word only removes rows: an incremental refilter is cheapest when they go
    // from a few places. Qt removes rows one contiguous run at a time, each run costing a pass
    // over the mapping and a round of signals: when many runs go (the first characters typed),
    // or when rows can come back (a word erased or changed), rebuilding the mapping with one
    // sort is much faster.
    bool narrowing = terms.size() >= m_terms.size();
    for (int i = 0; narrowing && i < m_terms.size(); ++i)
        narrowing = terms.at(i).contains(m_terms.at(i));
    m_terms = terms;
    m_filter.search = text;
    if (narrowing && !removesScatteredRows())
        refilter();
    else
        relayout();
    emit filterChanged();
}

void AddressFilterProxyModel::setStatusFilter(const QString& status) {
    AddressViewFilter f = filter();
    f.status = status;
    setFilter(f);
}

void AddressFilterProxyModel::setTypeFilter(const QString& type) {
    AddressViewFilter f = filter();
    f.type = type;
    setFilter(f);
}

void AddressFilterProxyModel::setKindFilter(const QString& kindKey) {
    AddressViewFilter f = filter();
    f.kind = kindKey;
    setFilter(f);
}

void AddressFilterProxyModel::setBlockedOnly(bool on) {
    AddressViewFilter f = filter();
    f.blocked = on;
    setFilter(f);
}

void AddressFilterProxyModel::setArrearsOnly(bool on) {
    AddressViewFilter f = filter();
    f.arrears = on;
    setFilter(f);
}

void AddressFilterProxyModel::setUnbindableOnly(bool on) {
    AddressViewFilter f = filter();
    f.unbindable = on;
    setFilter(f);
}

AddressViewFilter AddressFilterProxyModel::filter() const {
    return m_filter;
}

void AddressFilterProxyModel::setFilter(const AddressViewFilter& f) {
    if (f == m_filter)
        return;
    const QString search = f.search;
    AddressViewFilter rest = f;
    rest.search = m_filter.search;
    if (rest != m_filter) {
        m_filter = rest;
        refilter();
        emit filterChanged();
    }
    setSearchText(search);
}

void AddressFilterProxyModel::refilter() {
    invalidateRowsFilter();
}

void AddressFilterProxyModel::relayout() {
    if (m_model && sortColumn() >= 0)
        m_model->prepareSortRanks(AddressColumn(sortColumn()));
    invalidate();
}

bool AddressFilterProxyModel::removesScatteredRows() const {
    constexpr int kMaxRuns = 8; // beyond this many runs of rows removed, relayout()
    int runs = 0;
    bool inRun = false;
    const int rows = rowCount();
    for (int i = 0; i < rows; ++i) {
        const bool goes = !filterAcceptsRow(mapToSource(index(i, 0)).row(), {});
        if (goes && !inRun && ++runs > kMaxRuns)
            return true;
        inRun = goes;
    }
    return false;
}

bool AddressFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!m_model)
        return true;
    const Address& a = m_model->addressAt(sourceRow);
    const QString& status = m_filter.status;
    if (!status.isEmpty()) {
        if (status == QLatin1String("bound")) {
            if (!AddressStatus::isBound(a.addressStatus))
                return false;
        } else if (status == QLatin1String("transitional")) {
            if (!AddressStatus::isTransitional(a.addressStatus))
                return false;
        } else if (a.addressStatus != status) {
            return false;
        }
    }
    if (!m_filter.type.isEmpty() && a.addressType != m_filter.type)
        return false;
    if (m_filter.blocked && !a.isBlocked)
        return false;
    if (m_filter.arrears && !a.isArrears)
        return false;
    if (!m_filter.kind.isEmpty() && AddressViewFilter::kindKey(a) != m_filter.kind)
        return false;
    if (m_filter.unbindable) {
        if (!UnbindEligibility::canUnbindAlone(a))
            return false;
        if (a.isNatGateway()) {
            if (!m_natCountsValid) {
                m_natCounts = UnbindEligibility::natGatewayEipCounts(m_model->addresses());
                m_natCountsValid = true;
            }
            if (m_natCounts.value(UnbindEligibility::natKey(a)) < 2)
                return false; // a gateway must keep one EIP
        }
    }
    if (m_terms.isEmpty())
        return true;
    const QString& haystack = m_model->searchTextAt(sourceRow);
    for (const QString& term : m_terms)
        if (!haystack.contains(term))
            return false;
    return true;
}

bool AddressFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto column = AddressColumn(left.column());
    if (m_model->hasSortRanks(column))
        return m_model->sortRankAt(left.row()) < m_model->sortRankAt(right.row());
    return m_model->rowLessThan(left.row(), right.row(), column);
}

void AddressFilterProxyModel::sort(int column, Qt::SortOrder order) {
    if (m_model && column >= 0)
        m_model->prepareSortRanks(AddressColumn(column));
    QSortFilterProxyModel::sort(column, order);
}

} // namespace eipdesk
