// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind/EniIpPicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace eipdesk {

EniIpPicker::EniIpPicker(QWidget* parent)
    : QWidget(parent)
    , m_model(new EniIpPickerModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this)) {
    m_search->setPlaceholderText(tr("Search by interface, instance, IP, VPC or subnet"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    connect(m_search, &QLineEdit::textChanged, m_model, &EniIpPickerModel::setFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EniIpPicker::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EniIpPicker::selectionChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (selectedRow())
            emit activated();
    });
    setLoading();
}

void EniIpPicker::setLoading() {
    m_status->setText(tr("Loading network interfaces…"));
}

void EniIpPicker::setError(const QString& message) {
    m_status->setText(message);
}

void EniIpPicker::setInterfaces(const QList<NetworkInterface>& enis,
                                const BindEligibility& eligibility,
                                const QHash<QString, QString>& instanceNames) {
    m_model->setInterfaces(enis, eligibility, instanceNames);
    m_model->setFilter(m_search->text());
    m_status->setText(tr("%n network interface(s). Greyed-out IPs already carry an EIP.", nullptr,
                         int(enis.size())));
}

const EniIpPickerModel::Row* EniIpPicker::selectedRow() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

bool EniIpPicker::select(const QString& eniId, const QString& privateIp) {
    const int row = m_model->rowOf(eniId, privateIp);
    if (row < 0 || !(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsSelectable))
        return false;
    m_view->selectRow(row);
    return true;
}

} // namespace eipdesk
