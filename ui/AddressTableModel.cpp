// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddressTableModel.h"

#include "core/AddressStatus.h"

#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace eipdesk {

AddressTableModel::AddressTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int AddressTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AddressTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : AddressColumns::Count;
}

namespace {

// The list as given when every address names its region (shared, not copied); otherwise a
// copy with the region filled in where it is empty.
QList<Address> withRegion(const QList<Address>& list, const QString& region) {
    if (std::none_of(list.cbegin(), list.cend(),
                     [](const Address& a) { return a.region.isEmpty(); }))
        return list;
    QList<Address> out = list;
    for (Address& a : out)
        if (a.region.isEmpty())
            a.region = region;
    return out;
}

} // namespace

QVariant AddressTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Address& address = addressOf(m_rows.at(index.row()));
    const auto column = AddressColumn(index.column());
    // Only the roles that show an operation under way look it up (most calls are for others).
    const auto pendingOf = [&] {
        return m_pending.isEmpty() ? QString()
                                   : m_pending.value(keyOf(address.region, address.addressId));
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == AddressColumn::Status) {
            const QString pending = pendingOf();
            if (!pending.isEmpty())
                return pending == QLatin1String("BINDING") ? tr("Binding…") : tr("Unbinding…");
        }
        if (column == AddressColumn::Region)
            return regionText(address.region);
        if (column == AddressColumn::BoundResource && !address.instanceId.isEmpty())
            return instanceLabel(address.instanceId);
        return AddressColumns::text(address, column);
    case Qt::ToolTipRole:
        if (m_stale.contains(address.region))
            return (m_cachedRegions.contains(address.region)
                        ? tr("From %1: the EIPs as last read, shown while the region is read "
                             "again.")
                        : tr("Out of date: the last refresh of this region failed; shown as "
                             "read at %1."))
                .arg(QLocale().toString(m_stale.value(address.region).toLocalTime(),
                                        QLocale::ShortFormat));
        if (column == AddressColumn::Status) {
            const QString pending = pendingOf();
            return pending.isEmpty() ? AddressColumns::statusLabel(address) + QStringLiteral(" (") +
                                           address.addressStatus + QLatin1Char(')')
                                     : pending;
        }
        if (column == AddressColumn::Type)
            return address.addressType;
        if (column == AddressColumn::BillingMode)
            return address.internetChargeType;
        if (column == AddressColumn::Isp)
            return address.internetServiceProvider;
        if (column == AddressColumn::Tags)
            return address.tagsText();
        return {};
    case Qt::TextAlignmentRole:
        if (column == AddressColumn::Bandwidth)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return AddressColumns::sortKey(address, column);
    case AddressRole:
        return QVariant::fromValue(address);
    case StatusRole: {
        const QString pending = pendingOf();
        return pending.isEmpty() ? address.addressStatus : pending;
    }
    case PendingRole:
        return pendingOf();
    case StaleRole:
        return m_stale.value(address.region);
    case Qt::ForegroundRole:
        if (m_stale.contains(address.region))
            return QColor(Qt::gray);
        return {};
    case SearchRole:
        return QString::fromUtf8(searchTextAt(index.row()));
    case BadgesRole: {
        QStringList badges;
        if (address.isBlocked)
            badges << QStringLiteral("blocked");
        if (address.isArrears)
            badges << QStringLiteral("arrears");
        const QString pending = pendingOf();
        badges << (pending.isEmpty() ? address.addressStatus : pending);
        return badges;
    }
    default:
        return {};
    }
}

QVariant AddressTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= AddressColumns::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return AddressColumns::title(AddressColumn(section));
    return {};
}

void AddressTableModel::rebuildIndex() {
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        indexRow(i);
}

void AddressTableModel::setRegionAddresses(const QString& region, const QList<Address>& list) {
    invalidateSortRanks();
    if (!hasRegion(region)) {
        // The common case while loading: append without disturbing the rows already shown.
        if (list.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(list.size()) - 1);
        // No exact reserve(): append() grows geometrically (reserveRows() takes the load's
        // estimate while the model is empty).
        appendRows(addBlock(withRegion(list, region)));
        for (int i = first; i < int(m_rows.size()); ++i)
            indexRow(i);
        endInsertRows();
        emit contentsChanged();
        return;
    }
    beginResetModel();
    QList<Row> kept;
    kept.reserve(m_rows.size());
    for (const Row& r : std::as_const(m_rows)) {
        if (addressOf(r).region == region)
            releaseRow(r);
        else
            kept.append(r);
    }
    m_rows = std::move(kept);
    if (!list.isEmpty())
        appendRows(addBlock(withRegion(list, region)));
    compactBlocks();
    compactSearchText();
    rebuildIndex();
    endResetModel();
    emit contentsChanged();
}

void AddressTableModel::reserveRows(qsizetype rows) {
    if (m_rows.isEmpty() && rows > m_rows.capacity()) {
        m_rows.reserve(rows);
        m_index.reserve(rows);
    }
}

void AddressTableModel::setAddresses(const QList<Address>& addresses) {
    invalidateSortRanks();
    beginResetModel();
    m_rows.clear();
    m_blocks.clear();
    m_emptyBlocks = 0;
    m_regionRows.clear();
    m_search.clear();
    m_rows.reserve(addresses.size());
    if (!addresses.isEmpty())
        appendRows(addBlock(addresses));
    rebuildIndex();
    endResetModel();
    emit contentsChanged();
}

void AddressTableModel::removeRegionsNotIn(const QStringList& regions) {
    const QSet<QString> keep(regions.cbegin(), regions.cend());
    for (auto it = m_stale.begin(); it != m_stale.end();)
        it = keep.contains(it.key()) ? std::next(it) : m_stale.erase(it);
    m_cachedRegions.removeIf([&keep](const QString& r) { return !keep.contains(r); });
    bool any = false;
    for (const Row& r : std::as_const(m_rows))
        if (!keep.contains(addressOf(r).region)) {
            any = true;
            break;
        }
    if (!any)
        return;
    invalidateSortRanks();
    beginResetModel();
    QList<Row> kept;
    kept.reserve(m_rows.size());
    for (const Row& r : std::as_const(m_rows)) {
        if (keep.contains(addressOf(r).region))
            kept.append(r);
        else
            releaseRow(r);
    }
    m_rows = std::move(kept);
    compactBlocks();
    compactSearchText();
    rebuildIndex();
    endResetModel();
    emit contentsChanged();
}

void AddressTableModel::updateAddress(const Address& address) {
    const int row = rowOf(address.region, address.addressId);
    invalidateSortRanks();
    const quint32 block = addBlock({address}); // the row's own: the list it was in stays
    m_blocks[block].rows = 1;
    if (row < 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first);
        m_rows << makeRow(block, 0);
        countRow(m_rows.constLast());
        indexRow(first);
        endInsertRows();
    } else {
        releaseRow(m_rows.at(row));
        m_rows[row] = makeRow(block, 0);
        countRow(m_rows.at(row));
        compactBlocks();
        compactSearchText();
        emit dataChanged(index(row, 0), index(row, AddressColumns::Count - 1));
    }
    emit contentsChanged();
}

void AddressTableModel::removeAddress(const QString& region, const QString& addressId) {
    const int row = rowOf(region, addressId);
    if (row < 0)
        return;
    invalidateSortRanks();
    beginRemoveRows({}, row, row);
    releaseRow(m_rows.at(row));
    m_rows.removeAt(row);
    compactBlocks();
    compactSearchText();
    rebuildIndex();
    endRemoveRows();
    emit contentsChanged();
}

void AddressTableModel::clear() {
    m_pending.clear();
    m_stale.clear();
    m_cachedRegions.clear();
    if (m_rows.isEmpty())
        return;
    invalidateSortRanks();
    beginResetModel();
    m_rows.clear();
    m_blocks.clear();
    m_emptyBlocks = 0;
    m_regionRows.clear();
    m_search.clear();
    m_index.clear();
    endResetModel();
    emit contentsChanged();
}

void AddressTableModel::setRegionNames(const QHash<QString, QString>& names) {
    if (names == m_regionNames)
        return;
    m_regionNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(AddressColumn::Region)),
                         index(rowCount() - 1, int(AddressColumn::Region)), {Qt::DisplayRole});
}

void AddressTableModel::setInstanceNames(const QHash<QString, QString>& names) {
    if (names == m_instanceNames)
        return;
    m_instanceNames = names;
    // The search text of the bound rows takes the names (once here, not per keystroke).
    for (Row& r : m_rows)
        if (!addressOf(r).instanceId.isEmpty())
            appendSearchText(r);
    compactSearchText();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(AddressColumn::BoundResource)),
                         index(rowCount() - 1, int(AddressColumn::BoundResource)),
                         {Qt::DisplayRole, SearchRole});
    emit instanceNamesChanged();
}

QString AddressTableModel::instanceLabel(const QString& instanceId) const {
    const QString name = m_instanceNames.value(instanceId);
    return name.isEmpty() || name == instanceId ? instanceId
                                                : QStringLiteral("%1 (%2)").arg(name, instanceId);
}

QString AddressTableModel::regionText(const QString& id) const {
    const QString name = m_regionNames.value(id);
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

int AddressTableModel::rowOf(const QString& region, const QString& addressId) const {
    for (auto it = m_index.constFind(addressId); it != m_index.cend() && it.key() == addressId;
         ++it)
        if (addressOf(m_rows.at(it.value())).region == region)
            return it.value();
    return -1;
}

QList<Address> AddressTableModel::addresses() const {
    QList<Address> out;
    out.reserve(m_rows.size());
    for (const Row& r : m_rows)
        out << addressOf(r);
    return out;
}

QStringList AddressTableModel::regions() const {
    QStringList out;
    QSet<QString> seen;
    for (const Row& r : m_rows) {
        const QString& region = addressOf(r).region;
        if (!seen.contains(region)) {
            seen.insert(region);
            out << region;
        }
    }
    return out;
}

void AddressTableModel::setPending(const QString& region, const QString& addressId,
                                   const QString& status) {
    const QString key = keyOf(region, addressId);
    if (m_pending.value(key) == status)
        return;
    if (status.isEmpty())
        m_pending.remove(key);
    else
        m_pending.insert(key, status);
    const int row = rowOf(region, addressId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, AddressColumns::Count - 1));
}

void AddressTableModel::setRegionStale(const QString& region, const QDateTime& lastGoodRead,
                                       bool stale, bool cached) {
    if (stale && cached)
        m_cachedRegions.insert(region);
    else
        m_cachedRegions.remove(region);
    if (stale == m_stale.contains(region) && m_stale.value(region) == lastGoodRead)
        return;
    if (stale)
        m_stale.insert(region, lastGoodRead);
    else
        m_stale.remove(region);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, AddressColumns::Count - 1));
}

} // namespace eipdesk
