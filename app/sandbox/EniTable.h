// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkInterface.h"
#include "sandbox/TableIterator.h"
#include "sandbox/TextPool.h"

#include <QHash>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace eipdesk::sandbox {

// The ENIs of one region, in list order, compact: IDs and IPs packed in 64 bits
// (PackedText), names and states as indexes into the table's TextPool, the private IPs of an
// ENI inline. About 140 bytes an ENI where a NetworkInterface with its strings takes some 650.
// ENIs go in and come out as NetworkInterface values: a change is find(), edit, replace().
class EniTable {
public:
    using const_iterator = TableIterator<EniTable, NetworkInterface>;

    size_t size() const { return m_records.size(); }
    bool empty() const { return m_records.empty(); }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, int(m_records.size())}; }
    void reserve(size_t n);
    void shrinkToFit();

    NetworkInterface at(int i) const;
    NetworkInterface front() const { return at(0); }
    int indexOf(const QString& eniId) const; // -1 when absent
    bool contains(const QString& eniId) const { return indexOf(eniId) >= 0; }
    std::optional<NetworkInterface> find(const QString& eniId) const;

    // Adds the ENI at the end; an ENI with the same ID is replaced in place instead.
    void append(const NetworkInterface& eni);
    bool replace(const NetworkInterface& eni); // the ENI with the same ID; false when absent
    // Applies `edit` to the ENI and stores it again; false (nothing called) when absent.
    template <typename Edit> bool update(const QString& eniId, Edit&& edit) {
        std::optional<NetworkInterface> eni = find(eniId);
        if (!eni)
            return false;
        edit(*eni);
        replace(*eni);
        return true;
    }

private:
    struct IpRecord {
        quint64 privateIp = 0; // PackedText
        quint64 publicIp = 0;
        quint64 addressId = 0;
        quint32 state = 0; // TextPool
        bool primary = false;
    };
    struct Record {
        quint64 id = 0; // PackedText
        quint64 vpcId = 0;
        quint64 subnetId = 0;
        quint64 attachedInstanceId = 0;
        quint32 name = 0; // TextPool
        quint32 state = 0;
        bool primary = false;
        QVarLengthArray<IpRecord, 2> ips;
    };

    Record pack(const NetworkInterface& eni);

    std::vector<Record> m_records;
    QHash<quint64, int> m_index; // packed ID -> position
    TextPool m_pool;
};

} // namespace eipdesk::sandbox
