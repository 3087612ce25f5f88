// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryDialog.h"

#include "api/VpcApi.h"
#include "core/AddressStatus.h"
#include "core/Clock.h"
#include "core/ExportFolder.h"
#include "history/HistoryModel.h"
#include "ops/BindConfirmation.h"
#include "ops/Journal.h"
#include "ops/JournalText.h"
#include "ops/OperationQueue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace eipdesk {

HistoryDialog::HistoryDialog(Journal* journal, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_model(new HistoryModel(journal, this))
    , m_view(new QTableView)
    , m_text(new QLineEdit)
    , m_outcome(new QComboBox)
    , m_from(new QDateEdit(clock->nowUtc().toLocalTime().date().addMonths(-1)))
    , m_to(new QDateEdit(clock->nowUtc().toLocalTime().date()))
    , m_rebind(new QPushButton(tr("&Undo (bind back)")))
    , m_status(new QLabel)
    , m_requests(new QPlainTextEdit) {
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
    // Every request made for the selected operation: what support asks for.
    m_requests->setReadOnly(true);
    m_requests->setMaximumBlockCount(500);
    m_requests->setPlaceholderText(tr("Select an entry to see every request made for it."));
    m_requests->setFixedHeight(m_requests->fontMetrics().lineSpacing() * 6);
    m_requests->setAccessibleName(tr("Requests of the selected operation"));
    layout->addWidget(m_requests);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::showRequests);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::showRequests);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);
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

void HistoryDialog::setQueue(OperationQueue* queue, const QString& profileName) {
    m_queue = queue;
    m_profile = profileName;
    updateButtons();
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

QString HistoryDialog::requestsText() const {
    return m_requests->toPlainText();
}

void HistoryDialog::showRequests() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_journal || current.row() >= m_model->entries().size()) {
        m_requests->clear();
        return;
    }
    const JournalEntry& e = m_model->entries().at(current.row());
    QStringList lines;
    if (!e.learnedBy.isEmpty())
        lines << JournalText::learnedBy(e.learnedBy);
    const QList<JournalRequest> requests = m_journal->requests(e.id);
    if (requests.isEmpty())
        lines << tr("No request is recorded for this operation.");
    for (const JournalRequest& r : requests)
        lines << JournalText::requestLine(r);
    m_requests->setPlainText(lines.join(QLatin1Char('\n')));
}

void HistoryDialog::updateButtons() {
    const QModelIndex current = m_view->currentIndex();
    const bool ok = current.isValid() && m_queue && current.row() < m_model->entries().size() &&
                    m_queue->canUndo(m_model->entries().at(current.row()));
    m_rebind->setEnabled(ok);
    m_rebind->setToolTip(ok ? tr("Bind this EIP back where it was.")
                            : tr("Select a succeeded unbind (or a move whose bind failed) of this "
                                 "profile that was not undone yet."));
}

bool HistoryDialog::undoEnabled() const {
    return m_rebind->isEnabled();
}

QString HistoryDialog::statusText() const {
    return m_status->text();
}

void HistoryDialog::rebindSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_queue || !m_journal) {
        m_status->setText(!m_queue ? tr("No account is selected.") : tr("Select an entry first."));
        return;
    }
    const JournalEntry source = m_model->entries().at(current.row());
    if (source.profile != m_profile) {
        m_status->setText(
            tr("This entry belongs to the profile “%1”: switch to it first.").arg(source.profile));
        return;
    }
    if (m_queue->isBusy(source.addressId)) {
        m_status->setText(
            tr("An operation on %1 is already queued or under way.").arg(source.addressId));
        return;
    }
    // One rule for Undo everywhere (Tasks, History, eipdesk undo): the queue's.
    if (!m_queue->canUndo(source)) {
        m_status->setText(source.previousTarget().isEmpty()
                              ? tr("This entry has no previous CVM instance or network interface.")
                              : tr("Only a succeeded unbind, or a move whose bind failed, can be "
                                   "undone, and only once."));
        return;
    }
    const QString question = BindConfirmation::bindBackQuestion(source);
    const bool yes = m_confirmer
                         ? m_confirmer(question)
                         : QMessageBox::question(this, tr("Undo"), question) == QMessageBox::Yes;
    if (!yes || !m_queue)
        return;
    if (m_queue->enqueueUndo(source) == 0) {
        m_status->setText(
            tr("An operation on %1 is already queued or under way.").arg(source.addressId));
        return;
    }
    m_status->setText(tr("Undo of %1 queued: follow it in Tasks.").arg(source.addressId));
    updateButtons();
    emit operationQueued();
}

} // namespace eipdesk
