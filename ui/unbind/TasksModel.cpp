// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/TasksModel.h"

#include "core/Clock.h"
#include "ops/UnbindQueue.h"

namespace eipdesk {

TasksModel::TasksModel(UnbindQueue* queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue) {
    connect(queue, &UnbindQueue::itemAdded, this, [this](qint64 key) {
        const int row = m_queue->indexOf(key);
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(queue, &UnbindQueue::itemChanged, this, [this](qint64 key) {
        const int row = m_queue->indexOf(key);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(queue, &UnbindQueue::itemsRemoved, this, [this] {
        beginResetModel();
        endResetModel();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Elapsed), index(rowCount() - 1, Elapsed));
        if (m_queue->progress().isIdle())
            m_tick.stop();
    });
    connect(queue, &UnbindQueue::progressChanged, this, [this] {
        if (!m_queue->progress().isIdle() && !m_tick.isActive())
            m_tick.start();
    });
}

int TasksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_queue->items().size());
}

int TasksModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case AddressId:
        return tr("EIP");
    case Ip:
        return tr("IP");
    case Region:
        return tr("Region");
    case TaskId:
        return tr("TaskId");
    case RequestId:
        return tr("RequestId");
    case Elapsed:
        return tr("Elapsed");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

QVariant TasksModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UnbindItem item = m_queue->items().at(index.row());
    if (role == KeyRole)
        return item.key;
    if (role == StateRole)
        return int(item.state());
    if (role == DetailsRole)
        return item.error.isEmpty() ? QString() : item.error.detailsText();
    if (role == Qt::ToolTipRole) {
        if (!item.error.isEmpty())
            return item.error.detailsText();
        if (index.column() == State)
            return OperationStates::displayName(item.state());
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case State:
        return OperationStates::displayName(item.state());
    case AddressId:
        return item.address.addressId;
    case Ip:
        return item.address.addressIp;
    case Region:
        return item.address.region;
    case TaskId:
        return item.entry.taskId;
    case RequestId:
        return item.entry.requestId.isEmpty() ? item.error.requestId : item.entry.requestId;
    case Elapsed: {
        const qint64 ms = item.elapsedMs(m_queue->clock()->monotonicMSecs());
        return ms <= 0 ? QString() : tr("%1 s").arg(ms / 1000);
    }
    case Message:
        return item.error.isEmpty()
                   ? QString()
                   : item.error.title + QStringLiteral(" — ") + item.error.nextStep;
    default:
        return {};
    }
}

} // namespace eipdesk
