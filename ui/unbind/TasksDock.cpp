// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/TasksDock.h"

#include "ops/OperationQueue.h"
#include "unbind/TasksFilterModel.h"
#include "unbind/TasksModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace eipdesk {

TasksDock::TasksDock(QWidget* parent)
    : QDockWidget(tr("Tasks"), parent)
    , m_model(new TasksModel(this))
    , m_proxy(new TasksFilterModel(this))
    , m_filter(new QComboBox)
    , m_view(new QTableView)
    , m_progress(new QLabel)
    , m_details(new QLabel)
    , m_pause(new QPushButton(tr("Pause")))
    , m_cancel(new QPushButton(tr("Cancel pending")))
    , m_retry(new QPushButton(tr("Retry failed")))
    , m_checkAgain(new QPushButton(tr("Check again")))
    , m_copy(new QPushButton(tr("Copy RequestId")))
    , m_clear(new QPushButton(tr("Clear finished")))
    , m_undo(new QPushButton(tr("Undo"))) {
    setObjectName(QStringLiteral("tasksDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    auto* bar = new QHBoxLayout;
    m_progress->setMinimumWidth(0);
    m_progress->setWordWrap(true);
    bar->addWidget(m_progress, 1);
    m_filter->setObjectName(QStringLiteral("tasksFilter"));
    m_filter->setAccessibleName(tr("Show tasks"));
    m_filter->addItem(tr("All tasks"), int(TasksFilterModel::Show::All));
    m_filter->addItem(tr("Running"), int(TasksFilterModel::Show::Running));
    m_filter->addItem(tr("Failed"), int(TasksFilterModel::Show::Failed));
    bar->addWidget(m_filter);
    for (QPushButton* b : {m_pause, m_cancel, m_retry, m_checkAgain, m_clear})
        bar->addWidget(b);
    layout->addLayout(bar);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // IDs keep their ends readable when cut; words are never cut in the middle ("Still r…
    // server"): the State column is as wide as its longest state.
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(TasksModel::State,
                                                     QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3);
    m_view->setAccessibleName(tr("Tasks"));
    layout->addWidget(m_view, 1);
    auto* detailRow = new QHBoxLayout;
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    detailRow->addWidget(m_details, 1);
    detailRow->addStretch(0);
    detailRow->addWidget(m_undo, 0, Qt::AlignTop);
    detailRow->addWidget(m_copy, 0, Qt::AlignTop);
    m_undo->setObjectName(QStringLiteral("tasksUndo"));
    for (QPushButton* b : {m_undo, m_copy}) // as wide as their text, right of the message
        b->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_undo->setEnabled(false);
    layout->addLayout(detailRow);
    setWidget(body);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        bool paused = true;
        for (OperationQueue* q : m_model->queues())
            paused = paused && q->isPaused();
        for (OperationQueue* q : m_model->queues()) {
            if (paused)
                q->resume();
            else
                q->pause();
        }
        updateProgress();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (OperationQueue* q : m_model->queues())
            q->cancelPending();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (OperationQueue* q : m_model->queues())
            q->retryFailed();
    });
    connect(m_checkAgain, &QPushButton::clicked, this, [this] {
        for (OperationQueue* q : m_model->queues())
            q->checkAgain();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        for (OperationQueue* q : m_model->queues())
            q->clearFinished();
    });
    connect(m_copy, &QPushButton::clicked, this, &TasksDock::copyRequestId);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        OperationItem item;
        const OperationQueue* q = current.isValid()
                                      ? m_model->queueAt(m_proxy->mapToSource(current).row(), &item)
                                      : nullptr;
        if (q && q->canUndo(item.entry))
            emit undoRequested(item.entry);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksDock::updateProgress);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TasksDock::updateProgress);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateProgress();
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksDock::updateDetails);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setShow(TasksFilterModel::Show(m_filter->currentData().toInt())); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int, int last) {
                m_view->scrollTo(m_proxy->index(last, 0)); // new tasks come into view
            });
    updateProgress();
    updateDetails();
}

QString TasksDock::progressText() const {
    return m_progress->text();
}

QString TasksDock::detailsText() const {
    return m_details->isVisible() || !m_details->text().isEmpty() ? m_details->text() : QString();
}

void TasksDock::setQueues(const QList<OperationQueue*>& queues) {
    m_model->setQueues(queues);
    updateProgress();
    updateDetails();
}

void TasksDock::updateProgress() {
    OperationProgress p;
    bool paused = false;
    for (OperationQueue* q : m_model->queues()) {
        const OperationProgress one = q->progress();
        p.total += one.total;
        p.done += one.done;
        p.succeeded += one.succeeded;
        p.failed += one.failed;
        p.skipped += one.skipped;
        p.canceled += one.canceled;
        p.stillRunning += one.stillRunning;
        p.active += one.active;
        p.queued += one.queued;
        paused = paused || q->isPaused();
    }
    QString text = tr("%1 of %2 done").arg(p.done).arg(p.total);
    if (p.failed > 0)
        text += tr(", %n failed", nullptr, p.failed);
    if (p.stillRunning > 0)
        text += tr(", %n still running on the server", nullptr, p.stillRunning);
    if (paused)
        text += tr(" (paused)");
    m_progress->setText(text);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(p.queued > 0 || p.active > 0);
    m_retry->setEnabled(p.failed > 0);
    m_checkAgain->setEnabled(p.stillRunning > 0);
    m_clear->setEnabled(p.done > 0);
}

QSize TasksDock::sizeHint() const {
    // Low by default: the address table keeps most of the window (a 1024x600 screen too).
    QSize s = QDockWidget::sizeHint();
    s.setHeight(qMin(s.height(), fontMetrics().height() * 12));
    return s;
}

void TasksDock::updateDetails() {
    const QModelIndex current = m_view->currentIndex();
    QString details;
    if (current.isValid()) {
        // The selected task's own message: its error, or what its state means.
        details = current.data(TasksModel::DetailsRole).toString();
        if (details.isEmpty()) {
            const QModelIndex state = current.siblingAtColumn(TasksModel::State);
            details = m_proxy->index(current.row(), TasksModel::AddressId).data().toString() +
                      QStringLiteral(": ") + state.data().toString();
        }
    } else { // nothing selected: the latest failure, inline rather than a popup
        const QList<OperationItem> items = m_model->items();
        for (auto it = items.crbegin(); it != items.crend() && details.isEmpty(); ++it)
            if (it->state() == OperationState::Failed)
                details = tr("Latest failure: %1").arg(it->error.detailsText());
    }
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_copy->setEnabled(!details.isEmpty() || current.isValid());
    // Undo: a succeeded unbind, or a move whose bind failed (the EIP is idle), not undone yet.
    OperationItem item;
    const OperationQueue* q =
        current.isValid() ? m_model->queueAt(m_proxy->mapToSource(current).row(), &item) : nullptr;
    const bool undo = q && q->canUndo(item.entry);
    if (undo && item.isMove()) // the bind step failed: say where the EIP is and the way back
        m_details->setText(m_details->text() + QLatin1Char('\n') +
                           tr("%1 was unbound and is idle now; Bind back returns it where it was.")
                               .arg(item.address.addressIp));
    m_undo->setEnabled(undo);
    m_undo->setText(undo && item.isMove() ? tr("Bind back") : tr("Undo"));
    m_undo->setToolTip(undo ? tr("Bind %1 back where it was.").arg(item.address.addressIp)
                            : tr("Select a succeeded unbind, or a move whose bind failed."));
}

void TasksDock::copyRequestId() {
    QModelIndex current = m_view->currentIndex();
    QString rid;
    if (current.isValid())
        rid = m_proxy->index(current.row(), TasksModel::RequestId).data().toString();
    if (rid.isEmpty()) {
        const QList<OperationItem> items = m_model->items();
        for (auto it = items.crbegin(); it != items.crend() && rid.isEmpty(); ++it)
            if (it->state() == OperationState::Failed)
                rid = it->error.requestId;
    }
    if (!rid.isEmpty())
        QApplication::clipboard()->setText(rid);
}

} // namespace eipdesk
