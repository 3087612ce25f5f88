// SPDX-License-Identifier: GPL-3.0-or-later
// AddressTableModel: the rows' storage (the lists they refer to, the search text, the rows per
// region), the counts over the rows and the sort order.
#include "ui/AddressTableModel.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace eipdesk {

namespace {

// Appends `text` lowercased, in UTF-8. By hand for ASCII (nearly every ID, IP and name) and for
// CJK and Hangul (U+3000-U+9FFF, U+AC00-U+D7A3: characters without case, three bytes each);
// from the first other character on through QString::toLower, which maps character by
// character.
void appendLowered(QByteArray& out, QStringView text) {
    const qsizetype at = out.size();
    out.resize(at + 3 * text.size()); // the most these characters take
    char* p = out.data() + at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            *p++ = c >= u'A' && c <= u'Z' ? char(c - u'A' + 'a') : char(c);
        } else if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            out.resize(p - out.constData());
            out += text.sliced(i).toString().toLower().toUtf8();
            return;
        }
    }
    out.resize(p - out.constData());
}

} // namespace

// The row's search text (IP, ID, name, instance and its name, ENI, private IP, tags; lowercased,
// a line each) appended to m_search.
void AddressTableModel::appendSearchText(Row& row) {
    const Address& a = addressOf(row);
    row.searchStart = quint32(m_search.size());
    for (const QString* part : {&a.addressIp, &a.addressId, &a.addressName, &a.instanceId,
                                &a.networkInterfaceId, &a.privateAddressIp}) {
        appendLowered(m_search, *part);
        m_search += '\n';
    }
    if (!m_instanceNames.isEmpty() && !a.instanceId.isEmpty()) {
        appendLowered(m_search, m_instanceNames.value(a.instanceId));
        m_search += '\n';
    }
    for (const Tag& t : a.tags) {
        appendLowered(m_search, t.key);
        m_search += '=';
        appendLowered(m_search, t.value);
        m_search += '\n';
    }
    row.searchLength = quint32(m_search.size()) - row.searchStart;
}

void AddressTableModel::compactSearchText() {
    qsizetype live = 0;
    for (const Row& r : std::as_const(m_rows))
        live += r.searchLength;
    if (m_search.size() <= 2 * live + 4096)
        return;
    QByteArray packed;
    packed.reserve(live);
    for (Row& r : m_rows) {
        const auto start = quint32(packed.size());
        packed.append(m_search.constData() + r.searchStart, r.searchLength);
        r.searchStart = start;
    }
    m_search = std::move(packed);
}

AddressTableModel::Row AddressTableModel::makeRow(quint32 block, quint32 item) {
    Row r;
    r.block = block;
    r.item = item;
    const Address& a = addressOf(r);
    appendSearchText(r);
    r.ipKey = AddressColumns::ipv4Key(a.addressIp);
    r.privateIpKey = AddressColumns::ipv4Key(a.privateAddressIp);
    return r;
}

quint32 AddressTableModel::addBlock(const QList<Address>& addresses) {
    m_blocks.append(Block{addresses, 0});
    return quint32(m_blocks.size() - 1);
}

void AddressTableModel::appendRows(quint32 block) {
    const QList<Address>& addresses = m_blocks.at(block).addresses;
    const qsizetype n = addresses.size();
    m_blocks[block].rows += n;
    // Rows per region, a hash lookup per run of one region (a region's list is one run).
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        m_rows.append(makeRow(block, quint32(i)));
        if (i + 1 == n || addresses.at(i + 1).region != addresses.at(runStart).region) {
            m_regionRows[addresses.at(runStart).region] += i + 1 - runStart;
            runStart = i + 1;
        }
    }
}

void AddressTableModel::countRow(const Row& row) {
    ++m_regionRows[addressOf(row).region];
}

void AddressTableModel::releaseRow(const Row& row) {
    const auto count = m_regionRows.find(addressOf(row).region);
    if (count != m_regionRows.end() && --count.value() <= 0)
        m_regionRows.erase(count);
    Block& b = m_blocks[row.block];
    if (--b.rows == 0) {
        b.addresses = {};
        ++m_emptyBlocks;
    }
}

void AddressTableModel::compactBlocks() {
    if (m_emptyBlocks <= 16 || 2 * m_emptyBlocks <= m_blocks.size())
        return;
    std::vector<quint32> moved(size_t(m_blocks.size()), 0);
    QList<Block> kept;
    kept.reserve(m_blocks.size() - m_emptyBlocks);
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).rows == 0)
            continue;
        moved[size_t(i)] = quint32(kept.size());
        kept.append(std::move(m_blocks[i]));
    }
    for (Row& r : m_rows)
        r.block = moved[r.block];
    m_blocks = std::move(kept);
    m_emptyBlocks = 0;
}

QList<std::pair<QString, int>> AddressTableModel::tally(QString Address::*field) const {
    // Statuses and types are few and shared by the rows: a short list, compared by pointer
    // first, costs less than a map's string comparisons; a hash takes over if they are many.
    QList<std::pair<QString, int>> out;
    QHash<QString, qsizetype> many;
    constexpr qsizetype kListed = 32;
    for (const Row& r : m_rows) {
        const QString& value = addressOf(r).*field;
        qsizetype i = 0;
        if (out.size() <= kListed) {
            while (i < out.size() && out.at(i).first.constData() != value.constData() &&
                   out.at(i).first != value)
                ++i;
        } else {
            if (many.isEmpty())
                for (qsizetype k = 0; k < out.size(); ++k)
                    many.insert(out.at(k).first, k);
            i = many.value(value, out.size());
        }
        if (i == out.size()) {
            out.append({value, 0});
            if (!many.isEmpty())
                many.insert(value, i);
        }
        ++out[i].second;
    }
    return out;
}

QMap<QString, int> AddressTableModel::countsByStatus() const {
    QMap<QString, int> counts;
    for (const auto& [status, count] : tally(&Address::addressStatus))
        counts.insert(status, count);
    return counts;
}

QStringList AddressTableModel::addressTypes() const {
    QStringList types;
    for (const auto& [type, count] : tally(&Address::addressType))
        if (!type.isEmpty())
            types << type;
    types.sort();
    return types;
}

bool AddressTableModel::rowLessThan(int l, int r, AddressColumn column) const {
    const Row& left = m_rows.at(l);
    const Row& right = m_rows.at(r);
    const Address& a = addressOf(left);
    const Address& b = addressOf(right);
    switch (column) {
    case AddressColumn::PublicIp:
        if (left.ipKey != right.ipKey)
            return left.ipKey < right.ipKey;
        return a.addressIp < b.addressIp; // IPv6 or malformed: text order
    case AddressColumn::PrivateIp:
        if (left.privateIpKey != right.privateIpKey)
            return left.privateIpKey < right.privateIpKey;
        return a.privateAddressIp < b.privateAddressIp;
    case AddressColumn::Bandwidth:
        return a.bandwidth.value_or(-1) < b.bandwidth.value_or(-1);
    case AddressColumn::Created:
        return a.createdTime < b.createdTime;
    case AddressColumn::Blocked:
        return int(a.isBlocked) < int(b.isBlocked);
    case AddressColumn::Arrears:
        return int(a.isArrears) < int(b.isArrears);
    default:
        return QString::compare(AddressColumns::text(a, column), AddressColumns::text(b, column),
                                Qt::CaseInsensitive) < 0;
    }
}

void AddressTableModel::prepareSortRanks(AddressColumn column) const {
    if (hasSortRanks(column) || int(column) < 0 || int(column) >= AddressColumns::Count)
        return;
    const int n = int(m_rows.size());
    std::vector<int> order(size_t(n), 0);
    std::iota(order.begin(), order.end(), 0);
    switch (column) {
    case AddressColumn::PublicIp:
    case AddressColumn::PrivateIp:
    case AddressColumn::Bandwidth:
    case AddressColumn::Created:
    case AddressColumn::Blocked:
    case AddressColumn::Arrears:
        std::sort(order.begin(), order.end(),
                  [&](int l, int r) { return rowLessThan(l, r, column); });
        break;
    default: {
        // The same order as rowLessThan(), each row's text made once instead of per comparison.
        QStringList texts;
        texts.reserve(n);
        for (const Row& row : m_rows)
            texts << AddressColumns::text(addressOf(row), column);
        std::sort(order.begin(), order.end(), [&](int l, int r) {
            return QString::compare(texts.at(l), texts.at(r), Qt::CaseInsensitive) < 0;
        });
        break;
    }
    }
    m_ranks.resize(n);
    int rank = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && rowLessThan(order[size_t(i) - 1], order[size_t(i)], column))
            ++rank;
        m_ranks[order[size_t(i)]] = rank;
    }
    m_rankColumn = int(column);
}

} // namespace eipdesk
