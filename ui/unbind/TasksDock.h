// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/JournalEntry.h"

#include <QDockWidget>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace eipdesk {

class TasksFilterModel;
class TasksModel;
class OperationQueue;

// The tasks panel: every operation with its state, TaskId, RequestId and elapsed time,
// overall progress ("12 of 40"), Pause/Resume, Cancel pending, Retry failed, Check again,
// and an inline explanation of the selected failure with a "Copy RequestId" button. It shows
// the queues of every account with operations (setQueues()); the buttons act on all of them.
// a filter (all / running / failed), and the selected task's own message (the latest failure
// when nothing is selected) with a "Copy RequestId" button. New tasks are scrolled into view;
// the dock is resizable and starts low so the address table keeps the height.
class TasksDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TasksDock(QWidget* parent = nullptr);

    void setQueues(const QList<OperationQueue*>& queues);
    TasksModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString progressText() const;
    QString detailsText() const; // the inline explanation shown for the selection
    QComboBox* filterBox() const { return m_filter; }
    TasksFilterModel* filterModel() const { return m_proxy; }
    QSize sizeHint() const override;
    QPushButton* undoButton() const { return m_undo; }

signals:
    // "Undo" on the selected task: a succeeded unbind, or a move whose bind failed.
    void undoRequested(const eipdesk::JournalEntry& entry);

private:
    void updateProgress();
    void updateDetails();
    void copyRequestId();

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
    QPushButton* m_undo;
};

} // namespace eipdesk
