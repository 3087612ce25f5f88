// SPDX-License-Identifier: GPL-3.0-or-later
// AddressFilterProxyModel: the sorted order, the shown rows and the source model's signals.
#include "ui/AddressFilterProxyModel.h"

#include "ui/AddressTableModel.h"

#include <algorithm>
#include <numeric>

namespace eipdesk {

void AddressFilterProxyModel::setSourceModel(QAbstractItemModel* model) {
    QAbstractProxyModel::setSourceModel(model);
}

void AddressFilterProxyModel::setAddressModel(AddressTableModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    beginResetModel();
    m_model = model;
    m_natCountsValid = false;
    setSourceModel(model);
    rebuildOrder();
    m_proxyOf.clear();
    showRows(acceptedInOrder(false));
    endResetModel();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_natCountsValid = false;
        rebuildOrder();
        showRows(acceptedInOrder(false));
        endResetModel();
    });
    // Inserted rows (a region's load, a new EIP) are merged into the order: one pass.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                const int count = last - first + 1;
                changeLayout([&] { mergeInserted(first, last); },
                             [&](int row) { return row >= first ? row + count : row; });
            });
    // Removed rows: the layout change spans the removal (nothing maps to a gone row after).
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        m_pendingPersistent = persistentIndexList();
        m_pendingSourceRows.clear();
        for (const QModelIndex& i : std::as_const(m_pendingPersistent))
            m_pendingSourceRows.push_back(i.isValid() ? m_rows[size_t(i.row())] : -1);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                const int count = last - first + 1;
                for (int& s : m_order)
                    s = s > last ? s - count : (s >= first ? -1 : s);
                m_order.erase(std::remove(m_order.begin(), m_order.end(), -1), m_order.end());
                std::vector<int> shown;
                for (int s : m_rows)
                    if (s < first || s > last)
                        shown.push_back(s > last ? s - count : s);
                showRows(std::move(shown));
                QModelIndexList to;
                for (size_t i = 0; i < m_pendingSourceRows.size(); ++i) {
                    int s = m_pendingSourceRows[i];
                    s = s > last ? s - count : (s >= first ? -1 : s);
                    const int row = s >= 0 ? m_proxyOf[size_t(s)] : -1;
                    to << (row >= 0
                               ? createIndex(row, m_pendingPersistent.at(qsizetype(i)).column())
                               : QModelIndex());
                }
                changePersistentIndexList(m_pendingPersistent, to);
                m_pendingPersistent.clear();
                m_pendingSourceRows.clear();
                emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
            });
    connect(model, &QAbstractItemModel::dataChanged, this, &AddressFilterProxyModel::onDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    connect(model, &AddressTableModel::contentsChanged, this, [this] {
        m_natCountsValid = false;
        if (m_filter.unbindable) // a NAT gateway's count may have changed
            refilter();
    });
}

template <typename Change, typename Remap>
void AddressFilterProxyModel::changeLayout(Change change, Remap sourceRowAfter) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex& i : from)
        sources.push_back(i.isValid() && size_t(i.row()) < m_rows.size()
                              ? sourceRowAfter(m_rows[size_t(i.row())])
                              : -1);
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int s = sources[size_t(i)];
        const int row = s >= 0 && size_t(s) < m_proxyOf.size() ? m_proxyOf[size_t(s)] : -1;
        to << (row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AddressFilterProxyModel::showRows(std::vector<int> rows) {
    m_rows = std::move(rows);
    m_proxyOf.assign(m_model ? size_t(m_model->rowCount()) : 0, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOf[size_t(m_rows[i])] = int(i);
}

std::vector<int> AddressFilterProxyModel::acceptedInOrder(bool shownOnly) const {
    // The rows are tested in source order (the model's memory order: far fewer cache misses
    // than in the sorted order), then collected in the sorted order.
    const int n = m_model ? m_model->rowCount() : 0;
    std::vector<char> accepted(size_t(n), 0);
    for (int row = 0; row < n; ++row)
        accepted[size_t(row)] =
            (!shownOnly || m_proxyOf[size_t(row)] >= 0) && filterAcceptsRow(row) ? 1 : 0;
    std::vector<int> shown;
    shown.reserve(shownOnly ? m_rows.size() : size_t(n));
    for (int row : m_order)
        if (accepted[size_t(row)])
            shown.push_back(row);
    return shown;
}

void AddressFilterProxyModel::refilter() {
    changeLayout([this] { showRows(acceptedInOrder(false)); });
}

void AddressFilterProxyModel::refilterShown() {
    changeLayout([this] { showRows(acceptedInOrder(true)); });
}

bool AddressFilterProxyModel::lessThan(int left, int right) const {
    const auto column = AddressColumn(m_sortColumn);
    const bool before = m_sortOrder == Qt::AscendingOrder
                            ? m_model->rowLessThan(left, right, column)
                            : m_model->rowLessThan(right, left, column);
    if (before)
        return true;
    const bool after = m_sortOrder == Qt::AscendingOrder
                           ? m_model->rowLessThan(right, left, column)
                           : m_model->rowLessThan(left, right, column);
    return !after && left < right;
}

void AddressFilterProxyModel::rebuildOrder() {
    const int n = m_model ? m_model->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!m_model || m_sortColumn < 0 || m_sortColumn >= AddressColumns::Count || n < 2)
        return;
    // The model's ranks (equal rows share one) put each row in its place in one pass: a
    // counting sort, stable, so ties keep the source order whichever the direction.
    const auto column = AddressColumn(m_sortColumn);
    m_model->prepareSortRanks(column);
    std::vector<int> count(size_t(n) + 1, 0);
    for (int row = 0; row < n; ++row) {
        const int rank = m_model->sortRankAt(row);
        ++count[size_t(m_sortOrder == Qt::AscendingOrder ? rank : n - 1 - rank) + 1];
    }
    std::partial_sum(count.begin(), count.end(), count.begin());
    for (int row = 0; row < n; ++row) {
        const int rank = m_model->sortRankAt(row);
        m_order[size_t(count[size_t(m_sortOrder == Qt::AscendingOrder ? rank : n - 1 - rank)]++)] =
            row;
    }
}

void AddressFilterProxyModel::mergeInserted(int first, int last) {
    const int count = last - first + 1;
    for (int& s : m_order)
        if (s >= first)
            s += count;
    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    std::vector<int> shown;
    if (m_sortColumn >= 0 && m_sortColumn < AddressColumns::Count) {
        std::sort(added.begin(), added.end(), [this](int l, int r) { return lessThan(l, r); });
        std::vector<int> merged(m_order.size() + added.size());
        std::merge(m_order.begin(), m_order.end(), added.begin(), added.end(), merged.begin(),
                   [this](int l, int r) { return lessThan(l, r); });
        m_order = std::move(merged);
    } else {
        m_order.insert(m_order.end(), added.begin(), added.end());
        std::sort(m_order.begin(), m_order.end());
    }
    // Old rows keep their verdict (nothing changed for them); the new ones are tested.
    std::vector<char> visible(size_t(m_model->rowCount()), 0);
    for (int s : m_rows)
        visible[size_t(s >= first ? s + count : s)] = 1;
    for (int s = first; s <= last; ++s)
        visible[size_t(s)] = filterAcceptsRow(s) ? 1 : 0;
    for (int s : m_order)
        if (visible[size_t(s)])
            shown.push_back(s);
    showRows(std::move(shown));
}

void AddressFilterProxyModel::onDataChanged(const QModelIndex& topLeft,
                                            const QModelIndex& bottomRight,
                                            const QList<int>& roles) {
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    constexpr int kFewRows = 64; // beyond, the whole order is made again
    const bool wholeOrder = last - first + 1 > kFewRows;
    if (wholeOrder) {
        changeLayout([this] {
            rebuildOrder();
            showRows(acceptedInOrder(false));
        });
    } else {
        // A row whose place or verdict changed is taken out and put back where it belongs.
        std::vector<int> changed;
        for (int s = first; s <= last; ++s) {
            const auto at = std::find(m_order.begin(), m_order.end(), s) - m_order.begin();
            const bool inPlace =
                m_sortColumn < 0 ||
                ((at == 0 || lessThan(m_order[size_t(at) - 1], s)) &&
                 (size_t(at) + 1 == m_order.size() || lessThan(s, m_order[size_t(at) + 1])));
            if (!inPlace || filterAcceptsRow(s) != (m_proxyOf[size_t(s)] >= 0))
                changed.push_back(s);
        }
        if (!changed.empty()) {
            changeLayout([&] {
                std::vector<char> shown(m_proxyOf.size(), 0);
                for (int s : m_rows)
                    shown[size_t(s)] = 1;
                for (int s : changed) {
                    shown[size_t(s)] = filterAcceptsRow(s) ? 1 : 0;
                    m_order.erase(std::find(m_order.begin(), m_order.end(), s));
                }
                for (int s : changed) {
                    const auto to =
                        m_sortColumn < 0
                            ? std::lower_bound(m_order.begin(), m_order.end(), s)
                            : std::lower_bound(m_order.begin(), m_order.end(), s,
                                               [this](int l, int r) { return lessThan(l, r); });
                    m_order.insert(to, s);
                }
                std::vector<int> rows;
                for (int s : m_order)
                    if (shown[size_t(s)])
                        rows.push_back(s);
                showRows(std::move(rows));
            });
        }
    }
    // The cells themselves, for the rows shown (after a move, in their new places).
    if (m_rows.empty())
        return;
    if (wholeOrder) {
        emit dataChanged(index(0, topLeft.column()),
                         index(int(m_rows.size()) - 1, bottomRight.column()), roles);
        return;
    }
    for (int s = first; s <= last; ++s) {
        const int row = m_proxyOf[size_t(s)];
        if (row >= 0)
            emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
    }
}

void AddressFilterProxyModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    changeLayout([this] {
        rebuildOrder();
        std::vector<int> shown;
        shown.reserve(m_rows.size());
        for (int row : m_order)
            if (m_proxyOf[size_t(row)] >= 0)
                shown.push_back(row);
        showRows(std::move(shown));
    });
}

QModelIndex AddressFilterProxyModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || size_t(row) >= m_rows.size() || column < 0 ||
        column >= AddressColumns::Count)
        return {};
    return createIndex(row, column);
}

QModelIndex AddressFilterProxyModel::parent(const QModelIndex&) const {
    return {};
}

QModelIndex AddressFilterProxyModel::sibling(int row, int column, const QModelIndex&) const {
    return index(row, column);
}

int AddressFilterProxyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AddressFilterProxyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_model ? 0 : AddressColumns::Count;
}

bool AddressFilterProxyModel::hasChildren(const QModelIndex& parent) const {
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex AddressFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const {
    if (!m_model || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_model->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AddressFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant AddressFilterProxyModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation == Qt::Horizontal && m_model)
        return m_model->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace eipdesk
