// SPDX-License-Identifier: GPL-3.0-or-later
// The window as an administrator uses it (offscreen, against the in-process sandbox): filters
// for blocked / in arrears / bound resource / can be unbound now, saved views, region names,
// Down from the search box, selection kept over a refresh, one tccli command per row, "select
// only the EIPs that can be unbound", the first window within the screen, the status bar
// counts, the sandbox's description.
#include "core/SystemClock.h"
#include "inventory/AddressColumn.h"
#include "inventory/SavedViews.h"
#include "ops/UnbindEligibility.h"
#include "sandbox/SandboxWorld.h"
#include "session/SandboxInfo.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"
#include "ui/FilterMenuButton.h"
#include "ui/InventoryController.h"
#include "ui/MainActions.h"
#include "ui/MainToolBar.h"
#include "ui/MainWindow.h"
#include "ui/SandboxInfoDialog.h"
#include "ui/SavedViewsButton.h"
#include "ui/StatusBarWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace eipdesk;

namespace {
constexpr int Timeout = 30000;

// With EIPDESK_TEST_SHOTS=<dir>, saves what the window looks like (for a human to look at).
void shoot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("EIPDESK_TEST_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestAdminWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    void activateAndWait() {
        QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
        Profile p;
        p.id = QStringLiteral("sandbox");
        p.name = QStringLiteral("Sandbox");
        p.isSandbox = true;
        p.secretId = m_sandbox->secretId();
        m_session->activate(p, m_sandbox->credentials(), m_sandbox->endpoints());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, Timeout);
    }
    AddressFilterProxyModel* proxy() const { return m_window->inventory()->proxy(); }
    QList<Address> view() const { return m_window->viewAddresses(); }

private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        qRegisterMetaType<LoadProgress>();
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init() {
        QSettings().clear();
        m_session = std::make_unique<Session>(&m_network, &m_clock);
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
    }

    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    void firstWindowFitsTheScreen() {
        const QRect avail = m_window->screen()->availableGeometry();
        QCOMPARE(m_window->screen()->size(), QSize(1024, 600));
        QVERIFY2(avail.contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 in %3x%4")
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(avail.width())
                                .arg(avail.height())));
        // A geometry saved on a bigger monitor is brought back within this one.
        m_window->resize(2400, 1600);
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(avail.contains(m_window->frameGeometry()));
        // The toolbar's search box and Unbind stay reachable at this width.
        QVERIFY(m_window->mainToolBar()->searchBox()->isVisible());
    }

    void blockedInArrearsAndKindFilters() {
        activateAndWait();
        const QList<Address> all = m_window->inventory()->model()->addresses();
        int blocked = 0, arrears = 0, nat = 0;
        for (const Address& a : all) {
            blocked += a.isBlocked;
            arrears += a.isArrears;
            nat += a.isNatGateway();
        }
        QVERIFY(blocked > 0 && arrears > 0 && nat > 0); // the sandbox world has them all
        FilterMenuButton* filters = m_window->mainToolBar()->filterButton();
        filters->blockedAction()->trigger();
        QCOMPARE(proxy()->rowCount(), blocked);
        QVERIFY(filters->text().contains(QLatin1String("1")));
        filters->blockedAction()->trigger();
        filters->arrearsAction()->trigger();
        QCOMPARE(proxy()->rowCount(), arrears);
        filters->arrearsAction()->trigger();
        filters->kindAction(QStringLiteral("nat"))->trigger();
        QCOMPARE(proxy()->rowCount(), nat);
        filters->kindAction(QString())->trigger();
        filters->unbindableAction()->trigger();
        // Each one can be unbound now (together, a NAT gateway's last one would be kept).
        const auto counts = UnbindEligibility::natGatewayEipCounts(all);
        QVERIFY(!view().isEmpty());
        for (const Address& a : view()) {
            const UnbindVerdict v = UnbindEligibility::assess({a}, counts).first();
            QVERIFY2(v.eligible(), qPrintable(a.addressId + v.reasons.join(QString())));
        }
        QVERIFY(proxy()->rowCount() < all.size());
        shoot(m_window.get(), QStringLiteral("unbindable-1024x600.png"));
    }

    void typeFilterOffersEveryTypePresent() {
        activateAndWait();
        QSet<QString> types;
        for (const Address& a : m_window->inventory()->model()->addresses())
            types.insert(a.addressType);
        QComboBox* box = m_window->mainToolBar()->typeFilter();
        QCOMPARE(box->count(), int(types.size()) + 1); // "Any type" first
        for (const QString& t : std::as_const(types))
            QVERIFY2(box->findData(t) > 0, qPrintable(t));
    }

    void savedViewFromTheMenu() {
        activateAndWait();
        SavedViewsButton* views = m_window->mainToolBar()->savedViewsButton();
        m_window->mainToolBar()->filterButton()->blockedAction()->trigger();
        m_window->mainToolBar()->searchBox()->setText(QStringLiteral("eip-"));
        const int narrowed = proxy()->rowCount();
        views->setNamePrompt([](QWidget*) { return QStringLiteral("Blocked everywhere"); });
        views->saveCurrent();
        QVERIFY(SavedViews::names().contains(QStringLiteral("Blocked everywhere")));
        // Clear everything, then pick the view from the menu.
        m_window->mainToolBar()->filterButton()->blockedAction()->trigger();
        m_window->mainToolBar()->searchBox()->clear();
        QVERIFY(proxy()->rowCount() > narrowed);
        views->rebuildMenu();
        QAction* pick = nullptr;
        for (QAction* a : views->menu()->actions())
            if (a->text() == QLatin1String("Blocked everywhere"))
                pick = a;
        QVERIFY(pick);
        pick->trigger();
        QCOMPARE(proxy()->rowCount(), narrowed);
        QVERIFY(m_window->mainToolBar()->filterButton()->blockedOnly());
        QCOMPARE(m_window->mainToolBar()->searchBox()->text(), QStringLiteral("eip-"));
    }

    void regionNamesAndReadableValues() {
        activateAndWait();
        const QModelIndex region = proxy()->index(0, int(AddressColumn::Region));
        const Address a = view().first();
        QVERIFY2(region.data().toString().endsWith(QStringLiteral("(%1)").arg(a.region)),
                 qPrintable(region.data().toString()));
        QVERIFY(region.data().toString().size() > a.region.size() + 3);
        shoot(m_window.get(), QStringLiteral("all-1024x600.png"));
        // Blocked EIPs never show the plain green "Bound".
        m_window->mainToolBar()->filterButton()->blockedAction()->trigger();
        for (int i = 0; i < proxy()->rowCount(); ++i)
            QVERIFY(proxy()
                        ->index(i, int(AddressColumn::Status))
                        .data(AddressTableModel::BadgesRole)
                        .toStringList()
                        .first() == QLatin1String("blocked"));
    }

    void downFromSearchMovesIntoResults() {
        activateAndWait();
        QLineEdit* search = m_window->mainToolBar()->searchBox();
        m_window->activateWindow();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("eip-"));
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(m_window->focusWidget(), static_cast<QWidget*>(m_window->tableView()));
        QVERIFY(m_window->currentAddress().has_value());
    }

    void selectionSurvivesRefresh() {
        activateAndWait();
        QTableView* table = m_window->tableView();
        table->selectionModel()->select(
            QItemSelection(table->model()->index(3, 0), table->model()->index(5, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(table->model()->index(4, 2),
                                                 QItemSelectionModel::NoUpdate);
        QStringList before;
        for (const Address& a : m_window->selectedAddresses())
            before << a.addressId;
        const QString current = m_window->currentAddress()->addressId;
        QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, Timeout);
        QStringList after;
        for (const Address& a : m_window->selectedAddresses())
            after << a.addressId;
        QCOMPARE(after, before);
        QCOMPARE(m_window->currentAddress()->addressId, current);
    }

    void tccliOneCommandPerRowAndSelectOnlyUnbindable() {
        activateAndWait();
        QTableView* table = m_window->tableView();
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QStringList commands = m_window->tccliForCurrent().split(QLatin1Char('\n'));
        QCOMPARE(commands.size(), 3);
        for (const QString& c : commands)
            QVERIFY(c.startsWith(QLatin1String("tccli vpc ")));
        table->selectAll();
        const int all = int(m_window->selectedAddresses().size());
        const int kept = m_window->selectOnlyUnbindable();
        QVERIFY(kept > 0 && kept < all);
        QCOMPARE(int(m_window->selectedAddresses().size()), kept);
        const auto verdicts = UnbindEligibility::assess(
            m_window->selectedAddresses(),
            UnbindEligibility::natGatewayEipCounts(m_window->inventory()->model()->addresses()));
        for (const UnbindVerdict& v : verdicts)
            QVERIFY(v.eligible());
    }

    void statusCountsGiveWayByWholeParts() {
        activateAndWait();
        StatusBarWidget* status = m_window->statusWidget();
        const QString full = status->countsText();
        QVERIFY(full.count(QStringLiteral(" · ")) >= 2);
        m_window->resize(480, 400);
        QTRY_VERIFY(status->shownCountsText().size() < full.size());
        // What is shown is a prefix made of whole parts.
        QVERIFY(full.startsWith(status->shownCountsText()));
        const QString rest = full.mid(status->shownCountsText().size());
        QVERIFY(rest.isEmpty() || rest.startsWith(QStringLiteral(" · ")));
    }

    void clockSkewSaysWhatTheWindowMeans() {
        StatusBarWidget* status = m_window->statusWidget();
        status->setClockSkew(-400000, true);
        QVERIFY2(status->skewText().contains(QLatin1String("400 s ahead")),
                 qPrintable(status->skewText()));
        QVERIFY(status->findChild<QWidget*>(QStringLiteral("clockSkew"))
                    ->toolTip()
                    .contains(QLatin1String("5 minutes")));
        status->setClockSkew(0, false);
        QVERIFY(status->skewText().isEmpty());
    }

    void sandboxIsDescribed() {
        SandboxLauncher launcher;
        sandbox::SandboxConfig config;
        config.addresses = 40;
        config.regions = 3;
        config.perRegionPorts = true;
        QVERIFY(launcher.start(config));
        const SandboxInfo info = SandboxInfo::of(launcher);
        QVERIFY(info.running);
        QCOMPARE(info.regions.size(), 3);
        SandboxInfoDialog dialog(info);
        const QString text = dialog.text();
        QVERIFY(text.contains(launcher.server()->endpoint().toString()));
        QVERIFY(text.contains(launcher.server()->secretId()));
        for (const auto& r : info.regions) {
            QVERIFY(text.contains(r.first));
            QVERIFY(text.contains(QString::number(r.second.port())));
        }
        QVERIFY(info.tooltip().contains(launcher.server()->secretId()));
        launcher.stop();
        QVERIFY(!SandboxInfo::of(launcher).running);
    }
};

// A 1024x600 laptop screen: the offscreen platform reads its screens from a JSON file, with
// window frames like a window manager's, so "fits the screen" is checked where it matters.
int main(int argc, char** argv) {
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
               "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 600,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestAdminWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_adminwindow.moc"
