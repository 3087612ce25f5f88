// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/TasksModel.h"

#include "core/Clock.h"
#include "ops/JournalText.h"
#include "ops/OperationQueue.h"

namespace eipdesk {

TasksModel::TasksModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Elapsed), index(rowCount() - 1, Elapsed));
        if (!anyRunning())
            m_tick.stop();
    });
}

void TasksModel::setQueues(const QList<OperationQueue*>& queues) {
    beginResetModel();
    for (const auto& q : std::as_const(m_queues))
        if (q)
            q->disconnect(this);
    m_queues.clear();
    for (OperationQueue* queue : queues) {
        if (!queue)
            continue;
        m_queues << queue;
        connect(queue, &OperationQueue::itemAdded, this, [this, queue](qint64 key) {
            const int row = rowOf(queue, key);
            if (row < 0)
                return;
            beginInsertRows({}, row, row);
            endInsertRows();
        });
        connect(queue, &OperationQueue::itemChanged, this, [this, queue](qint64 key) {
            const int row = rowOf(queue, key);
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        connect(queue, &OperationQueue::itemsRemoved, this, [this] {
            beginResetModel();
            endResetModel();
        });
        connect(queue, &QObject::destroyed, this, [this] {
            beginResetModel();
            endResetModel();
        });
        connect(queue, &OperationQueue::progressChanged, this, [this] {
            if (anyRunning() && !m_tick.isActive())
                m_tick.start();
        });
    }
    endResetModel();
    if (anyRunning())
        m_tick.start();
}

QList<OperationQueue*> TasksModel::queues() const {
    QList<OperationQueue*> out;
    for (const auto& q : m_queues)
        if (q)
            out << q.data();
    return out;
}

QList<OperationItem> TasksModel::items() const {
    QList<OperationItem> out;
    for (const auto& q : m_queues)
        if (q)
            out += q->items();
    return out;
}

bool TasksModel::anyRunning() const {
    for (const auto& q : m_queues)
        if (q && !q->progress().isIdle())
            return true;
    return false;
}

int TasksModel::rowOf(const OperationQueue* queue, qint64 key) const {
    int base = 0;
    for (const auto& q : m_queues) {
        if (!q)
            continue;
        if (q == queue) {
            const int i = q->indexOf(key);
            return i < 0 ? -1 : base + i;
        }
        base += int(q->items().size());
    }
    return -1;
}

OperationQueue* TasksModel::queueAt(int row, OperationItem* item) const {
    for (const auto& q : m_queues) {
        if (!q || row < 0)
            continue;
        if (row < q->items().size()) {
            if (item)
                *item = q->items().at(row);
            return q.data();
        }
        row -= int(q->items().size());
    }
    return nullptr;
}

int TasksModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    int n = 0;
    for (const auto& q : m_queues)
        if (q)
            n += int(q->items().size());
    return n;
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
    case Profile:
        return tr("Profile");
    case Operation:
        return tr("Operation");
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
    if (!index.isValid() || index.row() < 0)
        return {};
    const OperationQueue* queue = nullptr;
    int row = index.row();
    for (const auto& q : m_queues) {
        if (!q)
            continue;
        if (row < q->items().size()) {
            queue = q;
            break;
        }
        row -= int(q->items().size());
    }
    if (!queue)
        return {};
    const OperationItem item = queue->items().at(row);
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
    case Profile:
        return item.entry.profile;
    case Operation:
        return JournalText::operation(item.entry);
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
        const qint64 ms = item.elapsedMs(queue->clock()->monotonicMSecs());
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
