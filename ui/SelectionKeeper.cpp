// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SelectionKeeper.h"

#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

#include <QItemSelection>
#include <QItemSelectionModel>
#include <QTableView>

namespace eipdesk {

namespace {
QString keyOf(const Address& a) {
    return a.region + QLatin1Char('/') + a.addressId;
}
} // namespace

SelectionKeeper::SelectionKeeper(QTableView* view, AddressFilterProxyModel* proxy, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_proxy(proxy) {
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(proxy, &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
}

void SelectionKeeper::remember() {
    m_selected.clear();
    m_current.clear();
    m_remembered = false;
    AddressTableModel* model = m_proxy->addressModel();
    if (!m_view || !model || !m_view->selectionModel())
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        m_selected << keyOf(model->addressAt(m_proxy->mapToSource(i).row()));
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid()) {
        m_current = keyOf(model->addressAt(m_proxy->mapToSource(current).row()));
        m_currentColumn = current.column();
    }
    m_remembered = !m_selected.isEmpty() || !m_current.isEmpty();
}

void SelectionKeeper::restore() {
    AddressTableModel* model = m_proxy->addressModel();
    if (!m_remembered || !m_view || !model || !m_view->selectionModel())
        return;
    m_remembered = false;
    auto proxyRow = [&](const QString& key) {
        const int slash = int(key.indexOf(QLatin1Char('/')));
        const int source = model->rowOf(key.left(slash), key.mid(slash + 1));
        if (source < 0)
            return QModelIndex();
        return m_proxy->mapFromSource(model->index(source, 0));
    };
    QItemSelection selection;
    for (const QString& key : std::as_const(m_selected)) {
        const QModelIndex i = proxyRow(key);
        if (i.isValid())
            selection.select(i, i.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    QItemSelectionModel* sm = m_view->selectionModel();
    const QModelIndex current = proxyRow(m_current);
    if (current.isValid())
        sm->setCurrentIndex(current.siblingAtColumn(m_currentColumn),
                            QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace eipdesk
