// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: fitting the screen and what acts on the selection (tccli commands, "select only
// the EIPs that can be unbound"). Split from MainWindow.cpp to keep files small.
#include "ui/MainWindow.h"

#include "inventory/AddressExporter.h"
#include "inventory/TccliCommand.h"
#include "ops/UnbindEligibility.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainToolBar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace eipdesk {

void MainWindow::fitToScreen() {
    // The first window (and a restored one from a bigger monitor) fits the available screen
    // geometry: 1280x760 where there is room, all of a 1024x600 laptop screen otherwise.
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect avail = screen->availableGeometry();
    const bool restored = QSettings().contains(QStringLiteral("window/geometry"));
    QSize size = restored ? this->size() : QSize(1280, 760);
    // Leave room for the window frame the window manager adds.
    const QSize room = avail.size() - QSize(16, 40);
    size = size.boundedTo(room).expandedTo(QSize(480, 320)).boundedTo(avail.size());
    resize(size);
    QRect frame(pos(), size);
    if (!avail.contains(frame))
        move(avail.topLeft() + QPoint((avail.width() - size.width()) / 2,
                                      qMax(0, (avail.height() - size.height() - 40) / 2)));
}

QString MainWindow::tccliForCurrent() const {
    // One command per selected row (the current row alone when it is the only one).
    QStringList lines;
    for (const Address& a : selectedAddresses())
        lines << TccliCommand::forAddress(a);
    if (lines.isEmpty()) {
        const auto a = currentAddress();
        return a ? TccliCommand::forAddress(*a) : QString();
    }
    return lines.join(QLatin1Char('\n'));
}

int MainWindow::selectOnlyUnbindable() {
    AddressFilterProxyModel* proxy = m_inventory->proxy();
    QItemSelectionModel* sm = m_table->selectionModel();
    QModelIndexList rows = sm->selectedRows();
    if (rows.isEmpty())
        for (int i = 0; i < proxy->rowCount(); ++i)
            rows << proxy->index(i, 0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Address> candidates;
    for (const QModelIndex& i : rows)
        candidates << m_inventory->model()->addressAt(proxy->mapToSource(i).row());
    const auto verdicts = UnbindEligibility::assess(
        candidates, UnbindEligibility::natGatewayEipCounts(m_inventory->model()->addresses()));
    QItemSelection keep;
    int kept = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (!verdicts.at(i).eligible())
            continue;
        keep.select(rows.at(i), rows.at(i).siblingAtColumn(proxy->columnCount() - 1));
        ++kept;
    }
    sm->select(keep, QItemSelectionModel::ClearAndSelect);
    statusBar()->showMessage(tr("%n EIP(s) can be unbound now", nullptr, kept), 5000);
    return kept;
}

QString MainWindow::selectedRowsText() const {
    const QList<Address> selected = selectedAddresses();
    return selected.isEmpty() ? QString() : AddressExporter::toTsv(selected, viewColumns());
}

void MainWindow::copySelectedRows() {
    const QString text = selectedRowsText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied %n row(s)", nullptr, int(selectedAddresses().size())),
                             3000);
}

void MainWindow::copyTccli() {
    const QString text = tccliForCurrent();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    const int n = int(text.count(QLatin1Char('\n'))) + 1;
    statusBar()->showMessage(
        n == 1 ? tr("Copied: %1").arg(text) : tr("Copied %n tccli command(s)", nullptr, n), 5000);
}

void MainWindow::addBindingActions(const QList<QAction*>& actions, QAction* toolBarAction) {
    if (toolBarAction)
        m_toolBar->addAfterUnbind({toolBarAction});
    const auto menus = menuBar()->findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        const QList<QAction*> items = menu->actions();
        const qsizetype at = items.indexOf(m_unbind);
        if (at < 0)
            continue;
        menu->insertActions(at + 1 < items.size() ? items.at(at + 1) : nullptr, actions);
    }
    addActions(actions); // the shortcuts work with the menu closed
    m_bindingActions = actions;
}

} // namespace eipdesk
