// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/ExportFolder.h"
#include "inventory/AddressExporter.h"
#include "inventory/InventoryStore.h"
#include "inventory/TccliCommand.h"
#include "ops/ErrorCatalog.h"
#include "session/Session.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"
#include "ui/AddressTableView.h"
#include "ui/DetailsPane.h"
#include "ui/FilterMenuButton.h"
#include "ui/InventoryController.h"
#include "ui/LoadProgressWidget.h"
#include "ui/MainActions.h"
#include "ui/MainToolBar.h"
#include "ui/PlainTextDelegate.h"
#include "ui/RegionSelector.h"
#include "ui/RepaintThrottle.h"
#include "ui/SavedViewsButton.h"
#include "ui/SelectionKeeper.h"
#include "ui/StatusBadgeDelegate.h"
#include "ui/StatusBarWidget.h"
#include "ui/TableViewState.h"
#include "ui/UiResources.h"
#include "ui/WelcomePage.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace eipdesk {

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_inventory(new InventoryController(session, this))
    , m_actions(new MainActions(this))
    , m_toolBar(new MainToolBar(m_actions, this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_stack))
    , m_inventoryPage(new QWidget(m_stack))
    , m_banner(new MessageBanner(m_inventoryPage))
    , m_table(new AddressTableView(m_inventoryPage))
    , m_details(new DetailsPane(m_inventoryPage))
    , m_status(new StatusBarWidget(this))
    , m_progress(new LoadProgressWidget(this))
    , m_tableState(nullptr)
    , m_countsTimer(new QTimer(this))
    , m_unbind(m_actions->unbindPlaceholder) {
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EIP Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/eipdesk.svg")));
    addToolBar(m_toolBar);

    m_table->setObjectName(QStringLiteral("addressTable"));
    m_table->setAccessibleName(tr("Elastic IPs"));
    m_table->setModel(m_inventory->proxy());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(AddressColumn::PublicIp), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setItemDelegateForColumn(int(AddressColumn::Status), new StatusBadgeDelegate(m_table));
    m_table->horizontalHeader()->resizeSection( // "db-replica-15 (ins-…)": the name and the ID
        int(AddressColumn::BoundResource),
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("db-replica-15 (ins-abcd1234)  ")));
    m_table->horizontalHeader()->resizeSection(
        int(AddressColumn::Status), StatusBadgeDelegate::columnWidth(m_table->fontMetrics()));
    m_tableState =
        new TableViewState(m_table->horizontalHeader(), QStringLiteral("table/all"), this);
    m_tableRepaints = new RepaintThrottle(m_table, 100, this);

    auto* splitter = new QSplitter(Qt::Horizontal, m_inventoryPage);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 380});
    auto* layout = new QVBoxLayout(m_inventoryPage);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_inventoryPage);
    setCentralWidget(m_stack);

    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_status);
    m_status->setProfile({}, {});
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(30);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);

    buildMenus();
    connectActions();
    applyViewMode();
    updateCounts();
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    fitToScreen();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->exportCsv);
    file->addAction(m_actions->exportJson);
    file->addSeparator();
    file->addAction(m_actions->preferences);
    file->addSeparator();
    file->addAction(m_actions->quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->copyRows);
    edit->addAction(m_actions->copyTccli);
    edit->addSeparator();
    edit->addAction(m_actions->focusSearch);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_actions->refresh);
    m_viewMenu->addAction(m_actions->cancelLoad);
    m_viewMenu->addAction(m_actions->focusRegion);
    m_viewMenu->addAction(m_actions->toggleDetails);
    m_columnsMenu = m_viewMenu->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this,
            [this] { m_tableState->populateColumnsMenu(m_columnsMenu); });
    QMenu* eip = menuBar()->addMenu(tr("&EIP"));
    eip->addAction(m_unbind);
    eip->addAction(m_actions->selectUnbindable);
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_actions->focusProfile);
    account->addAction(m_actions->manageProfiles);
    account->addAction(m_actions->trySandbox);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    help->addAction(m_actions->aboutSandbox);
    addActions(m_actions->all()); // shortcuts work even when a menu is hidden
}

void MainWindow::connectActions() {
    RegionSelector* regions = m_toolBar->regionSelector();
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->cancelLoad, &QAction::triggered, m_inventory, &InventoryController::cancel);
    connect(m_actions->focusSearch, &QAction::triggered, this, [this] {
        m_toolBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_toolBar->searchBox()->selectAll();
    });
    connect(m_actions->focusRegion, &QAction::triggered, this, [regions] {
        regions->setFocus(Qt::ShortcutFocusReason);
        regions->showPopup();
    });
    connect(m_actions->focusProfile, &QAction::triggered, this, [this] {
        m_toolBar->profileSelector()->setFocus(Qt::ShortcutFocusReason);
        m_toolBar->profileSelector()->showPopup();
    });
    connect(m_actions->exportCsv, &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Csv); });
    connect(m_actions->exportJson, &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Json); });
    connect(m_actions->copyRows, &QAction::triggered, this, &MainWindow::copySelectedRows);
    connect(m_actions->copyTccli, &QAction::triggered, this, &MainWindow::copyTccli);
    connect(m_actions->toggleDetails, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(m_inventory->model(), &AddressTableModel::instanceNamesChanged, m_details,
            [this] { m_details->setInstanceNames(m_inventory->model()->instanceNames()); });
    connect(m_actions->manageProfiles, &QAction::triggered, this,
            &MainWindow::manageProfilesRequested);
    connect(m_actions->trySandbox, &QAction::triggered, this, &MainWindow::trySandboxRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_welcome, &WelcomePage::addCredentialsRequested, this,
            &MainWindow::addCredentialsRequested);
    connect(m_welcome, &WelcomePage::trySandboxRequested, this, &MainWindow::trySandboxRequested);

    connect(m_toolBar->profileSelector(), &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingProfiles)
            emit profileSelected(m_toolBar->profileSelector()->currentData().toString());
    });
    connect(regions, &RegionSelector::selectionChanged, this,
            &MainWindow::onRegionSelectionChanged);
    connect(m_toolBar->searchBox(), &QLineEdit::textChanged, m_inventory->proxy(),
            &AddressFilterProxyModel::setSearchText);
    connect(m_toolBar->statusFilter(), &QComboBox::currentIndexChanged, this, [this] {
        m_inventory->proxy()->setStatusFilter(m_toolBar->statusFilter()->currentData().toString());
    });
    connect(m_toolBar->typeFilter(), &QComboBox::currentIndexChanged, this, [this] {
        m_inventory->proxy()->setTypeFilter(m_toolBar->typeFilter()->currentData().toString());
    });
    FilterMenuButton* filters = m_toolBar->filterButton();
    connect(filters, &FilterMenuButton::changed, this, [this, filters] {
        AddressViewFilter f = m_inventory->proxy()->filter();
        f.blocked = filters->blockedOnly();
        f.arrears = filters->arrearsOnly();
        f.unbindable = filters->unbindableOnly();
        f.kind = filters->kind();
        m_inventory->proxy()->setFilter(f);
    });
    m_toolBar->savedViewsButton()->setFilterSource(
        [this] { return m_inventory->proxy()->filter(); });
    connect(m_toolBar->savedViewsButton(), &SavedViewsButton::viewChosen, this,
            [this](const AddressViewFilter& f) {
                m_toolBar->showFilter(f);
                m_inventory->proxy()->setFilter(f);
            });
    connect(m_toolBar, &MainToolBar::moveToResultsRequested, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        const QModelIndex current = m_table->currentIndex();
        if (!m_table->selectionModel()->hasSelection() && m_inventory->proxy()->rowCount() > 0)
            m_table->selectRow(current.isValid() ? current.row() : 0);
    });
    connect(m_actions->selectUnbindable, &QAction::triggered, this,
            &MainWindow::selectOnlyUnbindable);

    connect(m_inventory, &InventoryController::regionsLoaded, this, &MainWindow::onRegionsLoaded);
    connect(m_inventory, &InventoryController::regionsFailed, this, [this](const ApiError& e) {
        const ErrorExplanation x = ErrorCatalog::explain(e);
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Could not read the list of regions: %1 — %2")
                                  .arg(x.headline(), x.nextStep)
                                  .toHtmlEscaped(),
                              tr("Retry"));
        emit loadFinished(LoadProgress{});
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &MainWindow::refresh);
    connect(m_inventory, &InventoryController::progressChanged, this,
            [this](const LoadProgress& p) {
                m_progress->setProgress(p);
                m_actions->cancelLoad->setEnabled(p.running);
                m_tableRepaints->setActive(p.running);
            });
    connect(m_inventory, &InventoryController::loadFinished, this, [this](const LoadProgress& p) {
        m_tableRepaints->setActive(false); // the whole list, painted at once
        updateCounts();
        emit loadFinished(p);
    });
    connect(m_inventory, &InventoryController::regionErrorsChanged, this,
            &MainWindow::updateRegionErrors);
    connect(m_inventory, &InventoryController::cachedRowsChanged, this,
            &MainWindow::showCachedRowsBanner);
    // A new scope: the selection, the details pane and the banners follow it.
    connect(m_inventory, &InventoryController::scopeChanged, this, [this] {
        m_table->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
        onCurrentChanged();
        updateRegionErrors();
    });

    AddressFilterProxyModel* proxy = m_inventory->proxy();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &MainWindow::scheduleCountsUpdate);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleCountsUpdate);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleCountsUpdate);
    connect(m_inventory->model(), &AddressTableModel::contentsChanged, this, [this] {
        m_modelCountsStale = true;
        scheduleCountsUpdate();
    });
    new SelectionKeeper(m_table, proxy, this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentChanged);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::onCurrentChanged);
    // Rows gone (another scope, an address released): the details never outlive their row.
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentChanged);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onCurrentChanged);
    // A filter rebuilds the view in one layout change: the current row may have gone with it.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::onCurrentChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                m_tableState->populateColumnsMenu(m_columnsMenu);
                m_columnsMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos));
            });

    if (m_session) {
        connect(m_session, &Session::activated, this, &MainWindow::onSessionActivated);
        connect(m_session, &Session::deactivated, this, [this] { m_status->setProfile({}, {}); });
        connect(m_session, &Session::clockSkewChanged, m_status, &StatusBarWidget::setClockSkew);
        connect(m_session, &Session::dailyQuotaChanged, this,
                [this](const Quota& q) { m_status->setDailyQuota(q.remaining(), q.quotaLimit); });
        connect(m_session, &Session::dailyQuotaUnknown, this,
                [this] { m_status->setDailyQuota(0, StatusBarWidget::UnknownQuota); });
    }
}

void MainWindow::setProfiles(const QList<Profile>& profiles, const QString& currentId) {
    QComboBox* box = m_toolBar->profileSelector();
    m_updatingProfiles = true;
    box->clear();
    for (const Profile& p : profiles)
        box->addItem(p.isSandbox ? QIcon(QStringLiteral(":/icons/sandbox.svg"))
                                 : QIcon(QStringLiteral(":/icons/profile.svg")),
                     p.name, p.id);
    box->setCurrentIndex(qMax(0, box->findData(currentId)));
    box->setEnabled(!profiles.isEmpty());
    m_updatingProfiles = false;
}

void MainWindow::showWelcome() {
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->addCredentialsButton()->setFocus();
}

void MainWindow::showInventory() {
    m_stack->setCurrentWidget(m_inventoryPage);
}

bool MainWindow::isWelcomeShown() const {
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::setUnbindAction(QAction* unbind) {
    if (!unbind)
        return;
    m_toolBar->replaceUnbindAction(unbind);
    const auto menus = menuBar()->findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        if (menu->actions().contains(m_unbind)) {
            menu->insertAction(m_unbind, unbind);
            menu->removeAction(m_unbind);
        }
    }
    removeAction(m_unbind);
    addAction(unbind);
    m_unbind = unbind;
}

void MainWindow::addBottomDock(QDockWidget* dock, QAction* historyAction) {
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {160}, Qt::Vertical); // the table keeps most of the height
    m_viewMenu->addAction(dock->toggleViewAction());
    if (historyAction)
        m_viewMenu->addAction(historyAction);
}

void MainWindow::scheduleCountsUpdate() {
    if (!m_countsTimer->isActive())
        m_countsTimer->start();
}

void MainWindow::updateCounts() {
    AddressTableModel* model = m_inventory->model();
    if (!m_modelCountsStale) { // only the view changed (a filter): the shown count
        m_status->setCounts(m_statusCounts, m_inventory->proxy()->rowCount());
        return;
    }
    m_modelCountsStale = false;
    m_statusCounts = model->countsByStatus();
    m_status->setCounts(m_statusCounts, m_inventory->proxy()->rowCount());
    m_toolBar->setAddressTypes(model->addressTypes());
    m_inventory->proxy()->setTypeFilter(m_toolBar->typeFilter()->currentData().toString());
}

void MainWindow::onCurrentChanged() {
    m_details->setAddress(currentAddress());
    const QList<Address> selected = selectedAddresses();
    m_actions->copyRows->setEnabled(!selected.isEmpty());
    m_actions->copyTccli->setEnabled(!selected.isEmpty() || currentAddress().has_value());
    emit selectionChanged(selected);
}

QList<Address> MainWindow::viewAddresses() const {
    const AddressFilterProxyModel* proxy = m_inventory->proxy();
    QList<Address> out;
    out.reserve(proxy->rowCount());
    for (int i = 0; i < proxy->rowCount(); ++i)
        out << m_inventory->model()->addressAt(proxy->mapToSource(proxy->index(i, 0)).row());
    return out;
}

QList<AddressColumn> MainWindow::viewColumns() const {
    const QHeaderView* header = m_table->horizontalHeader();
    QList<AddressColumn> out;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            out << AddressColumn(logical);
    }
    return out;
}

QList<Address> MainWindow::selectedAddresses() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Address> out;
    for (const QModelIndex& i : rows)
        out << m_inventory->model()->addressAt(m_inventory->proxy()->mapToSource(i).row());
    return out;
}

std::optional<Address> MainWindow::currentAddress() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_inventory->model()->addressAt(m_inventory->proxy()->mapToSource(current).row());
}

bool MainWindow::exportView(const QString& path, ExportFormat format, QString* error) const {
    const QByteArray data = format == ExportFormat::Json
                                ? AddressExporter::toJson(viewAddresses())
                                : AddressExporter::toCsv(viewAddresses(), viewColumns());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::exportWithDialog(ExportFormat format) {
    const bool json = format == ExportFormat::Json;
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export view as JSON") : tr("Export view as CSV"),
        ExportFolder::suggestedPath(json ? QStringLiteral("eips.json")
                                         : QStringLiteral("eips.csv")),
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(path);
    QString error;
    if (exportView(path, format, &error))
        statusBar()->showMessage(
            tr("Exported %n EIP(s) to %1", nullptr, m_inventory->proxy()->rowCount()).arg(path),
            5000);
    else
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Could not export to %1: %2").arg(path, error));
}

void MainWindow::showTableMenu(const QPoint& pos) {
    QMenu menu(this);
    menu.addAction(m_unbind);
    menu.addActions(m_bindingActions);
    menu.addAction(m_actions->selectUnbindable);
    menu.addSeparator();
    menu.addAction(m_actions->copyRows);
    menu.addAction(m_actions->copyTccli);
    menu.addSeparator();
    menu.addAction(m_actions->exportCsv);
    menu.addAction(m_actions->exportJson);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_tableState->save();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_inventory->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace eipdesk
