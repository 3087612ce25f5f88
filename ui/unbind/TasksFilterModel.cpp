// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/TasksFilterModel.h"

#include "ops/OperationState.h"
#include "unbind/TasksModel.h"

namespace eipdesk {

TasksFilterModel::TasksFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void TasksFilterModel::setShow(Show show) {
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

bool TasksFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& parent) const {
    if (m_show == Show::All)
        return true;
    const auto state = OperationState(
        sourceModel()->index(sourceRow, 0, parent).data(TasksModel::StateRole).toInt());
    if (m_show == Show::Failed)
        return state == OperationState::Failed || state == OperationState::Unknown;
    return !OperationStates::isFinal(state);
}

} // namespace eipdesk
