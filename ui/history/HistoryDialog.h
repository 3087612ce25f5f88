// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/JournalEntry.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace eipdesk {

class Clock;
class HistoryModel;
class Journal;
class OperationQueue;

// The History view: the journal filtered by text, outcome and dates; export to CSV; and
// "Undo (bind back)" for a succeeded unbind or a move whose bind failed (OperationQueue::
// canUndo, the same rule as Tasks and `eipdesk undo`), enabled only for such an entry, which
// asks first and then goes through the account's operation queue like every other write
// (pre-flight re-read, pacing, task following, journal, row refresh; shown in Tasks).
// Errors appear inline.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    // Answers "Bind … back …?" (the text): true to go ahead. The default asks modally.
    using Confirmer = std::function<bool(const QString& question)>;

    HistoryDialog(Journal* journal, const Clock* clock, QWidget* parent = nullptr);

    // The active account's queue (nullptr: none) and its profile name.
    void setQueue(OperationQueue* queue, const QString& profileName);
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    HistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The selected entry's requests and how its outcome was learned (the details pane).
    QString requestsText() const;
    bool exportCsv(const QString& path); // writes the filtered entries
    void rebindSelected();               // Undo (bind back) of the selected entry
    QString statusText() const;
    bool undoEnabled() const;

signals:
    void operationQueued(); // an undo went into the queue: the tasks panel shows it

private:
    void applyFilter();
    void showRequests();
    void updateButtons();

    Journal* m_journal;
    const Clock* m_clock;
    QPointer<OperationQueue> m_queue;
    QString m_profile;
    Confirmer m_confirmer;
    HistoryModel* m_model;
    QTableView* m_view;
    QLineEdit* m_text;
    QComboBox* m_outcome;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_rebind;
    QLabel* m_status;
    QPlainTextEdit* m_requests;
};

} // namespace eipdesk
