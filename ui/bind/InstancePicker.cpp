// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind/InstancePicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace eipdesk {

InstancePicker::InstancePicker(QWidget* parent)
    : QWidget(parent)
    , m_model(new InstancePickerModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this)) {
    m_search->setPlaceholderText(tr("Search by name, ID, IP, VPC or subnet"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Headers and IDs readable without dragging: each column at least its title (contents are
    // chunked, so no ResizeToContents over thousands of rows).
    for (int c : {InstancePickerModel::Name, InstancePickerModel::Id,
                  InstancePickerModel::PrivateIp, InstancePickerModel::Network}) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_view->horizontalHeader()->resizeSection(
            c, qMax(m_view->horizontalHeader()->sectionSize(c),
                    m_view->fontMetrics().horizontalAdvance(title + QStringLiteral("    "))));
    }
    m_view->setWordWrap(false);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstancePicker::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InstancePicker::selectionChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (selectedInstance())
            emit activated();
    });
    setLoading(0, 0);
}

void InstancePicker::setLoading(int donePages, int totalPages) {
    m_status->setText(totalPages > 0
                          ? tr("Loading instances… page %1 of %2").arg(donePages).arg(totalPages)
                          : tr("Loading instances…"));
}

void InstancePicker::setError(const QString& message) {
    m_status->setText(message);
}

void InstancePicker::setInstances(const QList<CvmInstance>& instances,
                                  const BindEligibility& eligibility) {
    m_model->setInstances(instances, eligibility);
    m_model->setFilter(m_search->text());
    updateStatus();
}

void InstancePicker::updateStatus() {
    if (m_model->totalCount() == 0) {
        m_status->setText(tr("This region has no CVM instances."));
        return;
    }
    m_status->setText(tr("%1 of %n instance(s) match. Greyed-out instances cannot take this "
                         "EIP; hover over them to see why.",
                         nullptr, m_model->totalCount())
                          .arg(m_model->matchCount()));
}

QString InstancePicker::statusText() const {
    return m_status->text();
}

const CvmInstance* InstancePicker::selectedInstance() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->instanceAt(rows.first().row());
}

const BindCandidate* InstancePicker::selectedCandidate() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->candidateAt(rows.first().row());
}

bool InstancePicker::select(const QString& instanceId) {
    int row = m_model->rowOf(instanceId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(instanceId);
    }
    if (row < 0 || !(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsSelectable))
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

} // namespace eipdesk
