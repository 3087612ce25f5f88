// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "sandbox/AddressRecord.h"
#include "sandbox/TableIterator.h"
#include "sandbox/TextPool.h"

#include <QHash>

#include <optional>
#include <vector>

namespace eipdesk::sandbox {

// The addresses of one region, in list order (for paging), compact (AddressRecord) with an
// index by ID. Addresses go in and come out as Address values: at(), find() and iteration
// build one on demand; the accessors below answer the frequent questions (filters, scans)
// without building it.
class AddressTable {
public:
    using const_iterator = TableIterator<AddressTable, Address>;

    void setRegion(const QString& region) { m_region = region; }
    const QString& region() const { return m_region; }

    size_t size() const { return m_records.size(); }
    bool empty() const { return m_records.empty(); }
    void reserve(size_t n);
    void shrinkToFit();
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, int(m_records.size())}; }

    Address at(int i) const;
    Address front() const { return at(0); }
    std::vector<Address> all() const;
    int indexOf(const QString& addressId) const; // -1 when absent
    bool contains(const QString& addressId) const { return indexOf(addressId) >= 0; }
    std::optional<Address> find(const QString& addressId) const;

    void append(const Address& a);
    void set(int i, const Address& a); // keeps its ID and region
    bool replace(const Address& a);    // the address with the same ID; false when absent
    void erase(int i);
    void setStatus(int i, const QString& status);

    // Without building an Address.
    const AddressRecord& record(int i) const { return m_records[size_t(i)]; }
    const TextPool& pool() const { return m_pool; }
    QString addressId(int i) const;
    QString addressIp(int i) const;
    QString instanceId(int i) const;
    QString networkInterfaceId(int i) const;
    QString privateAddressIp(int i) const;
    QString dedicatedClusterId(int i) const;
    const QString& text(quint32 index) const { return m_pool.text(index); }
    const QList<Tag>& tags(int i) const { return m_pool.tags(record(i).tags); }
    // The packed form of an instance ID to compare with record(i).instanceId; nothing when no
    // address can have it.
    std::optional<quint64> packedInstanceId(const QString& instanceId) const;
    bool isOrdinaryPublicIp(int i) const;

private:
    AddressRecord pack(const Address& a);
    void reindex();

    QString m_region;
    std::vector<AddressRecord> m_records;
    QHash<quint64, int> m_index; // packed ID -> position
    TextPool m_pool;
};

} // namespace eipdesk::sandbox
