// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk::sandbox {

// Iterates a compact table (AddressTable, EniTable, InstanceTable) by position: each step
// builds the row's value (Table::at()), so a loop variable is a value, not a reference into
// the table.
template <typename Table, typename Value> class TableIterator {
public:
    TableIterator(const Table* table, int i)
        : m_table(table)
        , m_i(i) {}
    Value operator*() const { return m_table->at(m_i); }
    TableIterator& operator++() {
        ++m_i;
        return *this;
    }
    bool operator!=(const TableIterator& o) const { return m_i != o.m_i; }
    bool operator==(const TableIterator& o) const { return m_i == o.m_i; }

private:
    const Table* m_table;
    int m_i;
};

} // namespace eipdesk::sandbox
