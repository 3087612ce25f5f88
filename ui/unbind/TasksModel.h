// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QTimer>

namespace eipdesk {

class UnbindQueue;

// The tasks panel's table: one row per queued EIP (state, EIP, IP, region, TaskId, RequestId,
// elapsed, message). Elapsed times tick once a second while something runs.
class TasksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, AddressId, Ip, Region, TaskId, RequestId, Elapsed, Message, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, DetailsRole, StateRole /* int(OperationState) */ };

    explicit TasksModel(UnbindQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    UnbindQueue* m_queue;
    QTimer m_tick;
};

} // namespace eipdesk
