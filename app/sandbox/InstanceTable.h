// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxInstance.h"
#include "sandbox/TableIterator.h"
#include "sandbox/TextPool.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace eipdesk::sandbox {

// The CVM instances of one region, in the order they were added, compact: IDs and IPs packed
// in 64 bits (PackedText), names, states and types as indexes into the table's TextPool.
// About 100 bytes an instance where a SandboxInstance in a QHash takes some 350. Instances go
// in and come out as SandboxInstance values: a change is find(), edit, insert().
class InstanceTable {
public:
    using const_iterator = TableIterator<InstanceTable, SandboxInstance>;

    qsizetype size() const { return qsizetype(m_records.size()); }
    bool empty() const { return m_records.empty(); }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, int(m_records.size())}; }
    void shrinkToFit();

    SandboxInstance at(int i) const;
    int indexOf(const QString& instanceId) const; // -1 when absent
    bool contains(const QString& instanceId) const { return indexOf(instanceId) >= 0; }
    std::optional<SandboxInstance> find(const QString& instanceId) const;
    // The instance, or a default SandboxInstance when there is none.
    SandboxInstance value(const QString& instanceId) const;
    QStringList keys() const; // in table order

    // Replaces the instance with the same ID, or adds it at the end.
    void insert(const SandboxInstance& instance);
    bool remove(const QString& instanceId); // false when absent
    // Applies `edit` to the instance and stores it again; false (nothing called) when absent.
    template <typename Edit> bool update(const QString& instanceId, Edit&& edit) {
        std::optional<SandboxInstance> c = find(instanceId);
        if (!c)
            return false;
        edit(*c);
        insert(*c);
        return true;
    }

private:
    enum Flag : quint8 {
        StoppedNoCharge = 1 << 0,
        BgpOnly = 1 << 1,
        AnycastUnsupported = 1 << 2,
        ResidentialUnsupported = 1 << 3,
        DirectUnsupported = 1 << 4,
    };
    struct Record {
        quint64 id = 0; // PackedText
        quint64 primaryEniId = 0;
        quint64 dedicatedClusterId = 0;
        quint64 normalPublicIp = 0;
        QDateTime createdTime; // no heap block of its own for UTC times
        quint32 name = 0;      // TextPool
        quint32 state = 0;
        quint32 internetChargeType = 0;
        quint32 machineType = 0;
        quint32 instanceChargeType = 0;
        qint32 maxAddresses = 0;
        quint8 flags = 0;
    };

    Record pack(const SandboxInstance& instance);

    std::vector<Record> m_records;
    QHash<quint64, int> m_index; // packed ID -> position
    TextPool m_pool;
};

} // namespace eipdesk::sandbox
