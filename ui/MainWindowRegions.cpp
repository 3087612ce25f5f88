// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: a profile's start and its regions (which view it opens on, the pages asked for
// while the region list is read, a change of region and what the window remembers of it).
// Split from MainWindow.cpp to keep files small.
#include "ui/MainWindow.h"

#include "inventory/KnownRegions.h"
#include "session/AppPreferences.h"
#include "session/Session.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainToolBar.h"
#include "ui/RegionSelector.h"
#include "ui/StatusBarWidget.h"
#include "ui/TableViewState.h"
#include "ui/widgets/MessageBanner.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace eipdesk {

void MainWindow::onSessionActivated() {
    showInventory();
    m_banner->clearMessage();
    const Profile& p = m_session->profile();
    m_status->setProfile(p.name, m_session->maskedSecretId());
    m_status->setDailyQuota(0, -1);
    // The profile once, then the application ("Sandbox — EIP Desk").
    setWindowTitle(tr("%1 — EIP Desk").arg(p.isSandbox ? tr("Sandbox") : p.name));
    m_regionListShown = false;
    // Read once: the pages sent now and the view the region list opens on are the same one.
    m_openingView = initialRegionKey();
    m_inventory->loadRegions();
    const bool all = m_openingView == RegionSelector::allRegionsKey();
    if (m_inventory->hasCachedRegions()) {
        // Remembered: the list from the cache reaches the window on the next pass of the event
        // loop, and the load it starts sends every page. The opening region's pages (as many as
        // it had last time) leave now, while the window lays that list out; the load adopts them.
        const QString opening = all ? p.defaultRegion : m_openingView;
        const QList<Region> cached = m_inventory->regions();
        if (std::any_of(cached.cbegin(), cached.cend(),
                        [&opening](const Region& r) { return r.id == opening; }))
            m_inventory->prefetch(opening);
        return;
    }
    // Nothing remembered: what the view opens on is read while the region list is, not one
    // round trip after it. One region: that region. All regions: the profile's default region
    // first, then every region Tencent lists (KnownRegions); the list, when it comes, keeps the
    // account's and drops the rest, and a region it adds is read then.
    if (!all) {
        m_inventory->prefetch(m_openingView);
        return;
    }
    m_inventory->prefetch(p.defaultRegion);
    const QStringList known = KnownRegions::ids();
    for (const QString& region : known)
        m_inventory->prefetch(region);
}

QString MainWindow::initialRegionKey() const {
    // Preferences decide which view a profile opens with: the last one, all regions, or the
    // profile's default region.
    QString initial =
        QSettings().value(regionSettingsKey(), RegionSelector::allRegionsKey()).toString();
    const AppPreferences::RegionView view = AppPreferences::load().regionView;
    if (view == AppPreferences::RegionView::AllRegions)
        initial = RegionSelector::allRegionsKey();
    else if (view == AppPreferences::RegionView::DefaultRegion && m_session &&
             !m_session->profile().defaultRegion.isEmpty())
        initial = m_session->profile().defaultRegion;
    return initial;
}

QString MainWindow::regionSettingsKey() const {
    return QStringLiteral("view/region/") + (m_session ? m_session->profile().id : QString());
}

void MainWindow::onRegionsLoaded() {
    RegionSelector* selector = m_toolBar->regionSelector();
    const QSignalBlocker block(selector);
    // A second list (the remembered one was shown, the fresh one differs) keeps the user's view.
    const QString shown = !m_regionListShown         ? QString()
                          : selector->isAllRegions() ? RegionSelector::allRegionsKey()
                                                     : selector->currentRegion();
    m_regionListShown = true;
    selector->setRegions(m_inventory->regions());
    QHash<QString, QString> names;
    for (const Region& r : m_inventory->regions())
        names.insert(r.id, r.name);
    m_inventory->model()->setRegionNames(names);
    selector->selectRegion(shown.isEmpty() ? m_openingView : shown);
    emit regionsReady();
    onRegionSelectionChanged();
}

void MainWindow::onRegionSelectionChanged() {
    RegionSelector* selector = m_toolBar->regionSelector();
    // The requests first: the settings file (its lock, its write) and the header's layout are
    // not on the way of the first page.
    const QStringList regions = selector->selectedRegions();
    m_inventory->load(regions);
    if (m_session && !regions.isEmpty()) {
        const QString quotaRegion = regions.contains(m_session->profile().defaultRegion)
                                        ? m_session->profile().defaultRegion
                                        : regions.first();
        m_session->refreshDailyQuota(quotaRegion);
    }
    // Written when it changes: a write takes a lock file, a temporary file and a rename, on
    // this thread (3-5 ms on this project's VM: strace, perf), and a start usually opens on the
    // remembered view.
    const QString choice =
        selector->isAllRegions() ? RegionSelector::allRegionsKey() : selector->currentRegion();
    QSettings settings;
    if (settings.value(regionSettingsKey()).toString() != choice)
        settings.setValue(regionSettingsKey(), choice);
    applyViewMode();
}

void MainWindow::applyViewMode() {
    // The single-region and all-regions views remember their columns separately; the Region
    // column starts hidden in the single-region view.
    const bool all = m_toolBar->regionSelector()->isAllRegions();
    const QString key = all ? QStringLiteral("table/all") : QStringLiteral("table/region");
    if (m_tableState->key() == key && QSettings().contains(key)) {
        m_tableState->restore();
        return;
    }
    if (m_tableState->key() != key)
        m_tableState->save();
    m_tableState->setKey(key, [this, all] {
        QHeaderView* header = m_table->horizontalHeader();
        header->setSectionHidden(int(AddressColumn::Region), !all);
        if (all) // the region right after the IP, where it helps to tell rows apart
            header->moveSection(header->visualIndex(int(AddressColumn::Region)), 1);
    });
}

void MainWindow::refresh() {
    if (!m_session || !m_session->isActive())
        return;
    m_banner->clearMessage();
    if (m_inventory->regions().isEmpty())
        m_inventory->loadRegions();
    else if (m_inventory->scope() != m_toolBar->regionSelector()->selectedRegions())
        onRegionSelectionChanged();
    else
        m_inventory->refresh(); // the scope's regions and the quota
}

} // namespace eipdesk
