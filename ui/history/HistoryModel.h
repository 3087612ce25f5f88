// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/JournalEntry.h"
#include "ops/JournalFilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace eipdesk {

class Journal;

// The journal's entries for the History view, filtered by text, outcome and dates.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Time,
        Profile,
        Region,
        AddressId,
        Ip,
        Kind,
        Previous,
        Options,
        TaskId,
        RequestId,
        Outcome,
        Error,
        ColumnCount
    };

    explicit HistoryModel(Journal* journal, QObject* parent = nullptr);

    void setFilter(const JournalFilter& filter);
    void reload();
    const QList<JournalEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    Journal* m_journal;
    JournalFilter m_filter;
    QList<JournalEntry> m_entries;
};

} // namespace eipdesk
