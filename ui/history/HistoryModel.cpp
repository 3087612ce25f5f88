// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryModel.h"

#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/JournalText.h"

namespace eipdesk {

HistoryModel::HistoryModel(Journal* journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal) {
    reload();
}

void HistoryModel::setFilter(const JournalFilter& filter) {
    m_filter = filter;
    reload();
}

void HistoryModel::reload() {
    beginResetModel();
    m_entries = m_journal ? m_journal->entries(m_filter) : QList<JournalEntry>{};
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const char* names[] = {QT_TR_NOOP("Time"),
                           QT_TR_NOOP("Profile"),
                           QT_TR_NOOP("Region"),
                           QT_TR_NOOP("EIP"),
                           QT_TR_NOOP("IP"),
                           QT_TR_NOOP("Operation"),
                           QT_TR_NOOP("Previous binding"),
                           QT_TR_NOOP("Options"),
                           QT_TR_NOOP("TaskId"),
                           QT_TR_NOOP("RequestId"),
                           QT_TR_NOOP("Outcome"),
                           QT_TR_NOOP("Error")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const JournalEntry& e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::ToolTipRole && !e.errorCode.isEmpty())
        return ErrorCatalog::explain(e.errorCode, e.errorMessage, e.requestId).detailsText();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.startedAt.toLocalTime().toString(Qt::ISODate);
    case Profile:
        return e.profile;
    case Region:
        return e.region;
    case AddressId:
        return e.addressId;
    case Ip:
        return e.addressIp;
    case Kind:
        return JournalText::operation(e);
    case Previous:
        return QStringList{e.previousInstanceId, e.previousEniId, e.previousPrivateIp}
            .join(QLatin1Char(' '))
            .simplified();
    case Options:
        return e.reallocate ? tr("Reallocate a normal public IP") : QString();
    case TaskId:
        return e.taskId;
    case RequestId:
        return e.requestId;
    case Outcome:
        return OperationStates::displayName(e.state);
    case Error:
        return e.errorCode.isEmpty() ? QString()
                                     : ErrorCatalog::explain(e.errorCode).title +
                                           QStringLiteral(" (") + e.errorCode + QLatin1Char(')');
    default:
        return {};
    }
}

} // namespace eipdesk
