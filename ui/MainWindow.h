// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Address.h"
#include "credentials/Profile.h"
#include "inventory/AddressColumn.h"
#include "inventory/LoadProgress.h"

#include <QList>
#include <QMainWindow>
#include <QMap>

class QDockWidget;
class QStackedWidget;
class QTableView;
class QTimer;

namespace eipdesk {

class DetailsPane;
class InventoryController;
class LoadProgressWidget;
class MainActions;
class MainToolBar;
class MessageBanner;
class RepaintThrottle;
class Session;
class StatusBarWidget;
class TableViewState;
class WelcomePage;

// The main window: toolbar, the address table with its details pane, the status bar, and the
// first-run welcome page. Loading lives in InventoryController; the window only presents.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class ExportFormat { Csv, Json };

    explicit MainWindow(Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setProfiles(const QList<Profile>& profiles, const QString& currentId);
    void showWelcome();
    void showInventory();
    bool isWelcomeShown() const;

    // INTEGRATION POINTS for the Unbind controller (ui/unbind).
    void setUnbindAction(QAction* unbind);
    // Bind, Move, Undo: after Unbind in the EIP menu and the table's context menu; the
    // toolbar (already full at 1280 pixels) takes `toolBarAction` only.
    void addBindingActions(const QList<QAction*>& actions, QAction* toolBarAction);
    void addBottomDock(QDockWidget* dock, QAction* historyAction = nullptr);

    // The rows of the current view (filtered, sorted), its visible columns in order, and the
    // selected rows in view order.
    QList<Address> viewAddresses() const;
    QList<AddressColumn> viewColumns() const;
    QList<Address> selectedAddresses() const;
    std::optional<Address> currentAddress() const;
    bool exportView(const QString& path, ExportFormat format, QString* error = nullptr) const;
    QString selectedRowsText() const; // what "Copy selected rows" puts on the clipboard
    QString tccliForCurrent() const;  // one command per selected row
    int selectOnlyUnbindable();       // returns how many stay selected

    InventoryController* inventory() const { return m_inventory; }
    MainActions* actions() const { return m_actions; }
    MainToolBar* mainToolBar() const { return m_toolBar; }
    QTableView* tableView() const { return m_table; }
    DetailsPane* detailsPane() const { return m_details; }
    StatusBarWidget* statusWidget() const { return m_status; }
    LoadProgressWidget* progressWidget() const { return m_progress; }
    MessageBanner* banner() const { return m_banner; }
    WelcomePage* welcomePage() const { return m_welcome; }

public slots:
    void refresh();

signals:
    void profileSelected(const QString& profileId);
    void addCredentialsRequested();
    void trySandboxRequested();
    void manageProfilesRequested();
    void selectionChanged(const QList<eipdesk::Address>& selected);
    void regionsReady();
    void loadFinished(const eipdesk::LoadProgress& progress);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void fitToScreen();
    void connectActions();
    void onSessionActivated();
    void onRegionsLoaded();
    void onRegionSelectionChanged();
    void applyViewMode();
    void updateRegionErrors();
    void showCachedRowsBanner(const QDateTime& oldest); // invalid: none shown any more
    void scheduleCountsUpdate();
    void updateCounts();
    void onCurrentChanged();
    void exportWithDialog(ExportFormat format);
    void copySelectedRows();
    void copyTccli();
    void showTableMenu(const QPoint& pos);
    QString regionSettingsKey() const;
    QString initialRegionKey() const; // the region (or all-regions key) a profile opens on

    Session* m_session;
    InventoryController* m_inventory;
    MainActions* m_actions;
    MainToolBar* m_toolBar;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QWidget* m_inventoryPage;
    MessageBanner* m_banner;
    QTableView* m_table;
    DetailsPane* m_details;
    StatusBarWidget* m_status;
    LoadProgressWidget* m_progress;
    TableViewState* m_tableState;
    RepaintThrottle* m_tableRepaints; // the table's repaints while a load runs
    QTimer* m_countsTimer;
    // The model's counts by status, recounted only when its rows change (not per keystroke).
    QMap<QString, int> m_statusCounts;
    bool m_modelCountsStale = true;
    QAction* m_unbind;
    QList<QAction*> m_bindingActions;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_columnsMenu = nullptr;
    bool m_updatingProfiles = false;
    bool m_regionListShown = false; // this profile's region list is in the selector
    QString m_openingView; // the region (or all-regions key) this profile opened on, read once
    bool m_cachedBanner = false; // the banner says rows of last time are shown
};

} // namespace eipdesk
