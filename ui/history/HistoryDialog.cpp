// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryDialog.h"

#include "api/VpcApi.h"
#include "core/ExportFolder.h"
#include "history/HistoryModel.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/TaskWatcher.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace eipdesk {

HistoryDialog::HistoryDialog(Journal* journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new HistoryModel(journal, this))
    , m_view(new QTableView)
    , m_text(new QLineEdit)
    , m_outcome(new QComboBox)
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1)))
    , m_to(new QDateEdit(QDate::currentDate()))
    , m_rebind(new QPushButton(tr("Re-bind to previous target")))
    , m_status(new QLabel) {
    setWindowTitle(tr("History"));
    resize(1000, 500);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableSize() * 0.95));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_text->setPlaceholderText(tr("Filter by EIP, IP, region, TaskId, RequestId, error…"));
    m_text->setClearButtonEnabled(true);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (OperationState s :
         {OperationState::Succeeded, OperationState::Failed, OperationState::Skipped,
          OperationState::Canceled, OperationState::Running, OperationState::StillRunning,
          OperationState::Unknown})
        m_outcome->addItem(OperationStates::displayName(s), OperationStates::name(s));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To")));
    filters->addWidget(m_to);
    layout->addLayout(filters);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their content (IDs, times), the error message takes the rest.
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // a long journal stays fast
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(m_model->columnCount() - 1,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("Export CSV…"));
    auto* close = new QPushButton(tr("Close"));
    buttons->addWidget(m_rebind);
    buttons->addStretch(1);
    buttons->addWidget(exportButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilter);
    connect(m_rebind, &QPushButton::clicked, this, &HistoryDialog::rebindSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export history"),
            ExportFolder::suggestedPath(QStringLiteral("eipdesk-history.csv")),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        ExportFolder::remember(path);
        exportCsv(path);
    });
    if (m_journal)
        connect(m_journal, &Journal::entryChanged, m_model, &HistoryModel::reload);
    applyFilter();
}

void HistoryDialog::setSession(VpcApi* api, const QString& profileName) {
    m_api = api;
    m_profile = profileName;
}

void HistoryDialog::applyFilter() {
    JournalFilter f;
    f.text = m_text->text();
    const QString state = m_outcome->currentData().toString();
    if (!state.isEmpty())
        f.state = OperationStates::fromName(state);
    f.from = m_from->date();
    f.to = m_to->date();
    m_model->setFilter(f);
}

bool HistoryDialog::exportCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(Journal::toCsv(m_model->entries())) < 0) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(
        tr("Exported %n entries to %1.", nullptr, int(m_model->entries().size())).arg(path));
    return true;
}

void HistoryDialog::watchRebind(const JournalEntry& entry) {
    bool ok = false;
    const quint64 taskId = entry.taskId.toULongLong(&ok);
    if (!ok || taskId == 0) { // no task to follow: accepted is all we can know
        JournalEntry done = entry;
        done.state = OperationState::Succeeded;
        done.finishedAt = QDateTime::currentDateTimeUtc();
        m_journal->update(done);
        return;
    }
    auto* watcher = new TaskWatcher(m_api, &m_clock, PollSchedule{}, this);
    connect(watcher, &TaskWatcher::finished, this,
            [this, watcher, entry](TaskWatcher::Outcome outcome, const ApiError& error,
                                   const QString&) {
                watcher->deleteLater();
                JournalEntry e = entry;
                e.finishedAt = QDateTime::currentDateTimeUtc();
                if (outcome == TaskWatcher::Outcome::Success) {
                    e.state = OperationState::Succeeded;
                } else {
                    const ErrorExplanation x =
                        error ? ErrorCatalog::explain(error)
                              : ErrorCatalog::explain(outcome == TaskWatcher::Outcome::Failed
                                                          ? ErrorCatalog::taskFailedCode()
                                                          : ErrorCatalog::stillRunningCode());
                    e.state = outcome == TaskWatcher::Outcome::Failed
                                  ? OperationState::Failed
                                  : OperationState::StillRunning;
                    e.errorCode = x.code;
                    e.errorMessage = error.message;
                    m_status->setText(x.detailsText());
                }
                if (m_journal)
                    m_journal->update(e);
            });
    watcher->watchTask(entry.region, taskId);
}

QString HistoryDialog::statusText() const {
    return m_status->text();
}

void HistoryDialog::rebindSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_api || !m_journal) {
        m_status->setText(!m_api ? tr("No account is selected.") : tr("Select an entry first."));
        return;
    }
    const JournalEntry source = m_model->entries().at(current.row());
    if (source.previousInstanceId.isEmpty() && source.previousEniId.isEmpty()) {
        m_status->setText(tr("This entry has no previous target."));
        return;
    }
    JournalEntry e = source;
    e.id = 0;
    e.startedAt = {};
    e.finishedAt = {};
    e.kind = JournalEntry::Kind::Rebind;
    e.profile = m_profile;
    e.reallocate = false;
    e.taskId.clear();
    e.requestId.clear();
    e.errorCode.clear();
    e.errorMessage.clear();
    e.state = OperationState::Sending;
    m_journal->add(e);
    // A CVM target takes the instance; an ENI target takes the ENI and its private IP.
    const bool cvm = source.previousInstanceId.startsWith(QLatin1String("ins-"));
    m_status->setText(tr("Re-binding %1…").arg(source.addressId));
    m_api->associateAddress(
        source.region, source.addressId, cvm ? source.previousInstanceId : QString(),
        cvm ? QString() : source.previousEniId, cvm ? QString() : source.previousPrivateIp, this,
        [this, e](const AsyncTaskStarted& r, const ApiError& error) mutable {
            e.requestId = error ? error.requestId : r.requestId;
            e.taskId = r.taskId;
            e.finishedAt = QDateTime::currentDateTimeUtc();
            if (error) {
                const ErrorExplanation x = ErrorCatalog::explain(error);
                e.state = error.kind == ApiError::Kind::OutcomeUnknown ? OperationState::Unknown
                                                                       : OperationState::Failed;
                e.errorCode = x.code;
                e.errorMessage = error.message;
                m_status->setText(x.detailsText());
            } else {
                // Accepted: follow the bind task to its end before calling it done.
                e.state = OperationState::Running;
                e.finishedAt = {};
                m_status->setText(tr("Re-bind of %1 sent (TaskId %2, RequestId %3).")
                                      .arg(e.addressId, r.taskId, r.requestId));
                watchRebind(e);
            }
            m_journal->update(e);
        });
}

} // namespace eipdesk
