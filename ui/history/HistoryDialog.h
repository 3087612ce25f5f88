// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SystemClock.h"
#include "ops/JournalEntry.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace eipdesk {

class HistoryModel;
class Journal;
class VpcApi;

// The History view: the journal filtered by text, outcome and dates; export to CSV; and
// "Re-bind to previous target" (AssociateAddress with the previous instance, or ENI + private
// IP), itself journaled. Errors appear inline.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(Journal* journal, QWidget* parent = nullptr);

    void setSession(VpcApi* api, const QString& profileName);
    HistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool exportCsv(const QString& path); // writes the filtered entries
    void rebindSelected();
    QString statusText() const;

private:
    void applyFilter();
    void watchRebind(const JournalEntry& entry);

    Journal* m_journal;
    VpcApi* m_api = nullptr;
    QString m_profile;
    HistoryModel* m_model;
    QTableView* m_view;
    QLineEdit* m_text;
    QComboBox* m_outcome;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_rebind;
    QLabel* m_status;
    SystemClock m_clock;
};

} // namespace eipdesk
