// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/OperationItem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace eipdesk {

class OperationQueue;

// The tasks panel's table: one row per operation of every account that still has some (the
// active one first, then profiles left with work in the background): state, profile,
// operation, EIP, IP, region, TaskId, RequestId, elapsed, message. Elapsed times tick once a
// second while something runs. Holds the queues by QPointer: a queue that goes disappears.
class TasksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        State,
        Profile,
        Operation,
        AddressId,
        Ip,
        Region,
        TaskId,
        RequestId,
        Elapsed,
        Message,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole + 1, DetailsRole, StateRole /* int(OperationState) */ };

    explicit TasksModel(QObject* parent = nullptr);

    void setQueues(const QList<OperationQueue*>& queues);
    QList<OperationQueue*> queues() const;
    QList<OperationItem> items() const; // every row, in row order

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    // The queue and item of a row (nullptr when out of range).
    OperationQueue* queueAt(int row, OperationItem* item = nullptr) const;

private:
    int rowOf(const OperationQueue* queue, qint64 key) const;
    bool anyRunning() const;

    QList<QPointer<OperationQueue>> m_queues;
    QTimer m_tick;
};

} // namespace eipdesk
