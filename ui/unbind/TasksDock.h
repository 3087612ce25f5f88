// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace eipdesk {

class TasksFilterModel;
class TasksModel;
class UnbindQueue;

// The tasks panel: every operation with its state, TaskId, RequestId and elapsed time,
// overall progress ("12 of 40"), Pause/Resume, Cancel pending, Retry failed, Check again,
// a filter (all / running / failed), and the selected task's own message (the latest failure
// when nothing is selected) with a "Copy RequestId" button. New tasks are scrolled into view;
// the dock is resizable and starts low so the address table keeps the height.
class TasksDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TasksDock(UnbindQueue* queue, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QString progressText() const;
    QString detailsText() const; // the inline explanation shown for the selection
    QComboBox* filterBox() const { return m_filter; }
    TasksFilterModel* filterModel() const { return m_proxy; }
    QSize sizeHint() const override;

private:
    void updateProgress();
    void updateDetails();
    void copyRequestId();

    UnbindQueue* m_queue;
    TasksModel* m_model;
    TasksFilterModel* m_proxy;
    QComboBox* m_filter;
    QTableView* m_view;
    QLabel* m_progress;
    QLabel* m_details;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_checkAgain;
    QPushButton* m_copy;
    QPushButton* m_clear;
};

} // namespace eipdesk
