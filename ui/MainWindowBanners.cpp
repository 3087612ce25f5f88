// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the banners about the regions of the view (a failed read, rows of last time).
// Split from MainWindow.cpp to keep files small.
#include "ui/MainWindow.h"

#include "inventory/InventoryStore.h"
#include "ops/ErrorCatalog.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainToolBar.h"
#include "ui/RegionSelector.h"
#include "ui/widgets/MessageBanner.h"

#include <QLocale>

namespace eipdesk {

void MainWindow::updateRegionErrors() {
    const auto errors = m_inventory->regionErrors();
    if (errors.isEmpty()) {
        if (m_banner->kind() == MessageBanner::Kind::Error)
            m_banner->clearMessage();
        return;
    }
    QStringList lines;
    QStringList regions = errors.keys();
    regions.sort();
    for (const QString& r : regions) {
        const ErrorExplanation x = ErrorCatalog::explain(errors.value(r));
        const InventoryStore* store = m_inventory->store();
        const QDateTime good = store ? store->regionStatus(r).lastGoodRead : QDateTime();
        const bool hasRows = good.isValid() && m_inventory->model()->regions().contains(r);
        QString line = QStringLiteral("<b>%1 (%2)</b>: %3 — %4")
                           .arg(m_toolBar->regionSelector()->regionName(r).toHtmlEscaped(), r,
                                x.headline().toHtmlEscaped(), x.nextStep.toHtmlEscaped());
        if (hasRows)
            line += QStringLiteral(" ") +
                    tr("(its rows are out of date: last read at %1)")
                        .arg(QLocale().toString(good.toLocalTime(), QLocale::ShortFormat))
                        .toHtmlEscaped();
        lines << line;
    }
    const int failed = int(errors.size());
    const int inScope = int(m_inventory->scope().size());
    QString head;
    if (failed >= inScope)
        head = tr("%n region(s) could not be loaded.", nullptr, failed);
    else
        head = tr("%n region(s) could not be loaded; the others are shown.", nullptr, failed);
    m_banner->showMessage(MessageBanner::Kind::Error,
                          head + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")),
                          tr("Retry"));
}

void MainWindow::showCachedRowsBanner(const QDateTime& oldest) {
    if (oldest.isValid() && m_banner->kind() != MessageBanner::Kind::Error) {
        m_banner->showMessage(
            MessageBanner::Kind::Info,
            tr("Showing the EIPs as read at %1 (greyed) while every region is read "
               "again.")
                .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat))
                .toHtmlEscaped());
        m_cachedBanner = true;
    } else if (!oldest.isValid() && m_cachedBanner) {
        m_cachedBanner = false;
        if (m_banner->kind() == MessageBanner::Kind::Info)
            m_banner->clearMessage();
    }
}

} // namespace eipdesk
