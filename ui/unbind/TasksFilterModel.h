// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace eipdesk {

// The tasks panel's filter: all tasks, the ones still running (not concluded), or the failed
// ones (failed, or outcome unknown).
class TasksFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, Running, Failed };

    explicit TasksFilterModel(QObject* parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace eipdesk
