// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskHarness.h"

#include "history/HistoryDialog.h"
#include "inventory/InventoryStore.h"
#include "inventory/TransitionWatcher.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "session/AccountContext.h"
#include "session/Session.h"
#include "support/SandboxFixture.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainToolBar.h"
#include "ui/MainWindow.h"
#include "ui/RegionSelector.h"
#include "ui/StatusBarWidget.h"
#include "unbind/UnbindController.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace eipdesk::test {

namespace {

void sortById(QList<Address>& list) {
    std::sort(list.begin(), list.end(),
              [](const Address& a, const Address& b) { return a.addressId < b.addressId; });
}

} // namespace

sandbox::SandboxConfig DeskHarness::defaultConfig() {
    sandbox::SandboxConfig c = SandboxFixture::defaultConfig();
    c.addresses = 160;
    c.regions = 4;
    c.unbindDurationMs = 300;
    c.enforceRateLimits = false;
    return c;
}

DeskHarness::DeskHarness(const sandbox::SandboxConfig& config)
    : m_sandbox(std::make_unique<SandboxFixture>(config)) {}

DeskHarness::~DeskHarness() {
    // As the application: the window and controller, then the session (its contexts end
    // their operations into the journal), then the journal, then the sandbox.
    m_unbind.reset();
    m_window.reset();
    m_session.reset();
    m_journal.reset();
}

bool DeskHarness::start(QString* error) {
    if (!m_sandbox->start()) {
        *error = m_sandbox->errorString();
        return false;
    }
    m_journal = std::make_unique<Journal>(&m_clock);
    if (!m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite")))) {
        *error = m_journal->lastError();
        return false;
    }
    m_session = std::make_unique<Session>(&m_network, &m_clock);
    m_session->setJournal(m_journal.get());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_unbind = std::make_unique<UnbindController>(m_window.get(), m_session.get(), &m_clock);
    UnbindController* unbind = m_unbind.get();
    MainWindow* w = m_window.get();
    w->setUnbindAction(unbind->unbindAction());
    w->addBottomDock(unbind->tasksDock(), unbind->historyAction());
    QObject::connect(w, &MainWindow::selectionChanged, unbind, &UnbindController::setSelection);
    unbind->setConfirmer([this](UnbindDialog&) {
        ++m_confirmations;
        return m_answer;
    });
    unbind->historyDialog()->setConfirmer([this](const QString&) {
        ++m_confirmations;
        return m_answer;
    });
    w->show();
    return true;
}

void DeskHarness::activate(const QString& profileName) {
    Profile p;
    p.id = QStringLiteral("sandbox-") + profileName;
    p.name = profileName;
    p.isSandbox = true;
    p.secretId = m_sandbox->secretId();
    m_session->activate(p, m_sandbox->credentials(), m_sandbox->endpoints());
    AccountContext* c = m_session->context();
    c->inventory()->watcher()->setDelays(40, 160);
    PollSchedule fast;
    fast.initialMs = 50;
    fast.maxMs = 200;
    fast.totalMs = 20000;
    c->operations()->setPollSchedule(fast);
}

bool DeskHarness::waitLoaded(int timeoutMs) {
    InventoryController* inv = m_window->inventory();
    return QTest::qWaitFor(
        [&] { return inv->store() && !inv->store()->isLoading() && !inv->scope().isEmpty(); },
        timeoutMs);
}

bool DeskHarness::showScope(const QString& regionOrAll, int timeoutMs) {
    RegionSelector* selector = m_window->mainToolBar()->regionSelector();
    if (!QTest::qWaitFor([&] { return !selector->regionIds().isEmpty(); }, timeoutMs))
        return false;
    QSignalSpy finished(m_window->inventory(), &InventoryController::loadFinished);
    if ((regionOrAll == RegionSelector::allRegionsKey()) == selector->isAllRegions() &&
        (selector->isAllRegions() || selector->currentRegion() == regionOrAll))
        m_window->refresh();
    else
        selector->selectRegion(regionOrAll);
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs) && waitLoaded(timeoutMs);
}

bool DeskHarness::select(const QStringList& addressIds) {
    QTableView* view = m_window->tableView();
    view->clearSelection();
    const AddressFilterProxyModel* proxy = m_window->inventory()->proxy();
    int found = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const Address a =
            proxy->index(row, 0).data(AddressTableModel::AddressRole).value<Address>();
        if (!addressIds.contains(a.addressId))
            continue;
        view->selectionModel()->select(proxy->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(proxy->index(row, 0),
                                                QItemSelectionModel::NoUpdate);
        ++found;
    }
    return found == addressIds.size();
}

bool DeskHarness::unbindSelection() {
    QAction* action = m_unbind->unbindAction();
    if (!action->isEnabled())
        return false;
    action->trigger();
    return true;
}

OperationQueue* DeskHarness::queue() const {
    return m_unbind->queue();
}

QList<Address> DeskHarness::truth(const QString& region) {
    sandbox::SandboxWorld* world = m_sandbox->world();
    world->settle();
    QList<Address> out;
    for (const QString& r : world->regionIds()) {
        if (!region.isEmpty() && r != region)
            continue;
        for (const Address& a : world->region(r)->addresses)
            out << a; // every address type is listed, ordinary public IPs (WanIP) included
    }
    sortById(out);
    return out;
}

QList<Address> DeskHarness::tableRows() const {
    QList<Address> out = m_window->inventory()->model()->addresses();
    sortById(out);
    return out;
}

bool DeskHarness::operationsSettled() const {
    for (AccountContext* c : m_session->contexts())
        if (c->hasWorkInFlight())
            return false;
    return m_session->backgroundContexts().isEmpty();
}

} // namespace eipdesk::test
