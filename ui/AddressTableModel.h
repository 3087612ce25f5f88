// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "inventory/AddressColumn.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace eipdesk {

// The EIPs of the loaded regions, one row per address, one column per AddressColumn.
// Keeps a lower-cased search text per row (UTF-8: half the memory of a QString, and a byte
// search) so filtering 100,000 rows stays under a frame. A row does not copy its address: it
// refers to it in the list it came with (a region's list as the loader hands it over, shared
// with the caller until either changes it; one address of its own after updateAddress()).
// Emptied lists are dropped (compactBlocks()). Copying each address
// cost the window's thread a quarter of a 10,000-EIP load and 5 MB of fresh pages. The values
// most rows repeat (status, type, ISP, billing mode, ...) are shared by the page reader.
class AddressTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // typed sort key (IPs as numbers, times, bandwidth)
        AddressRole,                 // the whole Address
        StatusRole,                  // the wire status, e.g. BIND
        SearchRole,                  // lower-cased text the search box matches
        PendingRole,                 // UNBINDING / BINDING while an operation is under way
        StaleRole,                   // the last good read (QDateTime) of a stale row
        BadgesRole,                  // QStringList: "blocked", "arrears", then the wire status
    };

    explicit AddressTableModel(QObject* parent = nullptr);

    // Without hasIndex()'s two virtual calls: a sort of 100,000 rows asks for millions.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override {
        if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
            column >= AddressColumns::Count)
            return {};
        return createIndex(row, column);
    }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every row of `region` with `addresses`.
    void setRegionAddresses(const QString& region, const QList<Address>& addresses);
    void setAddresses(const QList<Address>& addresses); // replaces everything
    // Capacity hint while a load is under way (e.g. the EIPs announced so far): taken only
    // while the model is empty, where reserving costs nothing (QList::reserve copies rows).
    void reserveRows(qsizetype rows);
    void removeRegionsNotIn(const QStringList& regions);
    void updateAddress(const Address& address); // replaces by (region, id), or appends
    void removeAddress(const QString& region, const QString& addressId);
    void clear();
    // An operation on the address is queued or under way: the row shows `status` (UNBINDING,
    // BINDING) instead of the last read one until cleared (empty status).
    void setPending(const QString& region, const QString& addressId, const QString& status);
    bool isPending(const QString& region, const QString& addressId) const {
        return m_pending.contains(keyOf(region, addressId));
    }
    // The region's last read failed: its rows are those of `lastGoodRead` (marked), or fresh.
    // Stale rows are greyed with the time they were read: the last refresh failed, or (cached)
    // they are the rows of last time, shown until the region's fresh read lands.
    void setRegionStale(const QString& region, const QDateTime& lastGoodRead, bool stale,
                        bool cached = false);
    bool isRegionStale(const QString& region) const { return m_stale.contains(region); }
    // Region ID -> name in the UI language (DescribeRegions): the Region column shows both.
    void setRegionNames(const QHash<QString, QString>& names);
    // Instance ID -> name: "Bound resource" shows "name (ins-…)" and the search finds names.
    void setInstanceNames(const QHash<QString, QString>& names);
    const QHash<QString, QString>& instanceNames() const { return m_instanceNames; }
    QString instanceLabel(const QString& instanceId) const;
    QString regionText(const QString& regionId) const;

    const Address& addressAt(int row) const { return addressOf(m_rows.at(row)); }
    // The row's searchable text, lower-cased, in UTF-8 (search for terms lower-cased the same).
    QByteArrayView searchTextAt(int row) const {
        const Row& r = m_rows.at(row);
        return QByteArrayView(m_search.constData() + r.searchStart, r.searchLength);
    }
    quint32 ipKeyAt(int row) const { return m_rows.at(row).ipKey; }
    quint32 privateIpKeyAt(int row) const { return m_rows.at(row).privateIpKey; }
    // The address table's sort order: IPs numerically (text order for IPv6), bandwidth,
    // times and flags by value, every other column by its text, case-insensitively.
    bool rowLessThan(int left, int right, AddressColumn column) const;
    // Each row's place in that order for `column` (equal rows share one rank), computed once
    // until the rows change: sorting and re-filtering compare two ints instead of two rows.
    void prepareSortRanks(AddressColumn column) const;
    bool hasSortRanks(AddressColumn column) const {
        return m_rankColumn == int(column) && m_ranks.size() == m_rows.size();
    }
    int sortRankAt(int row) const { return m_ranks.at(row); }
    int rowOf(const QString& region, const QString& addressId) const;
    QList<Address> addresses() const;
    QStringList regions() const;
    QMap<QString, int> countsByStatus() const; // wire status -> count
    QStringList addressTypes() const;          // the rows' AddressType values, sorted

signals:
    void contentsChanged(); // rows added, removed or changed: counts may differ
    void instanceNamesChanged();

private:
    struct Row {
        quint32 block = 0;       // m_blocks' index of the list the address is in
        quint32 item = 0;        // and its index there
        quint32 searchStart = 0; // the search text: m_search from here
        quint32 searchLength = 0;
        quint32 ipKey = 0;
        quint32 privateIpKey = 0;
    };
    // A list of addresses rows refer to, and how many rows do: emptied when none does.
    struct Block {
        QList<Address> addresses;
        qsizetype rows = 0;
    };
    const Address& addressOf(const Row& row) const {
        return m_blocks.at(row.block).addresses.at(row.item);
    }
    quint32 addBlock(const QList<Address>& addresses); // shared, not copied
    void releaseRow(const Row& row);                   // the row goes: its block may empty
    void compactBlocks();                              // drops emptied blocks when many
    bool hasRegion(const QString& region) const { return m_regionRows.contains(region); }
    void countRow(const Row& row); // m_regionRows takes a row made on its own
    QList<std::pair<QString, int>> tally(QString Address::*field) const; // value -> rows
    Row makeRow(quint32 block, quint32 item); // the search text takes the instance name
    void appendRows(quint32 block);           // a row for each of the block's addresses
    void appendSearchText(Row& row);          // to m_search, from the row's address
    void compactSearchText(); // drops the texts of gone or replaced rows when they are many
    static QString keyOf(const QString& region, const QString& id) {
        return region + QLatin1Char('/') + id;
    }
    void indexRow(int row) { m_index.insert(addressOf(m_rows.at(row)).addressId, row); }
    void rebuildIndex();
    void invalidateSortRanks() {
        m_rankColumn = -1;
        m_ranks.clear();
    }

    QList<Row> m_rows;
    QList<Block> m_blocks;
    qsizetype m_emptyBlocks = 0;
    QHash<QString, qsizetype> m_regionRows; // region -> its rows (none: not in the hash)
    // Every row's search text end to end: one block read in order by a filter pass (a block
    // per row cost a cache miss more per row, and more memory).
    QByteArray m_search;
    QMultiHash<QString, int> m_index;  // AddressId (the row's own string) -> rows
    QHash<QString, QString> m_pending; // region/id -> UNBINDING / BINDING
    QHash<QString, QDateTime> m_stale; // region -> last good read
    QSet<QString> m_cachedRegions;     // stale because they come from the cache
    QHash<QString, QString> m_regionNames;
    QHash<QString, QString> m_instanceNames;
    mutable QList<int> m_ranks; // source row -> rank in m_rankColumn's order
    mutable int m_rankColumn = -1;
};

} // namespace eipdesk
