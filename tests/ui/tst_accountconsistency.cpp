// SPDX-License-Identifier: GPL-3.0-or-later
// One source of truth per account (issue 10): one test per defect that was reproduced on
// main, each against the in-process sandbox with the real window offscreen.
#include "DeskHarness.h"

#include "api/RetryPolicy.h"
#include "credentials/ProfileStore.h"
#include "history/HistoryDialog.h"
#include "history/HistoryModel.h"
#include "inventory/InventoryStore.h"
#include "inventory/TransitionWatcher.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FaultRule.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "session/AccountContext.h"
#include "session/Session.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "ui/AddressTableModel.h"
#include "ui/AppController.h"
#include "ui/AppOptions.h"
#include "ui/DetailsPane.h"
#include "ui/InventoryController.h"
#include "ui/MainToolBar.h"
#include "ui/MainWindow.h"
#include "ui/RegionSelector.h"
#include "ui/StatusBarWidget.h"
#include "ui/widgets/MessageBanner.h"
#include "unbind/TasksDock.h"
#include "unbind/TasksModel.h"
#include "unbind/UnbindController.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace eipdesk;

namespace {
constexpr int Timeout = 30000;

std::optional<Address> unbindable(sandbox::SandboxWorld* world, const QString& region) {
    return world->findAddress(region, [](const Address& a) {
        return a.unbindBlocker().isEmpty() && !a.isNatGateway() &&
               a.instanceId.startsWith(QLatin1String("ins-"));
    });
}

QString statusOf(test::DeskHarness& h, const QString& region, const QString& id) {
    AddressTableModel* m = h.window()->inventory()->model();
    const int row = m->rowOf(region, id);
    return row < 0 ? QString()
                   : m->index(row, int(AddressColumn::Status))
                         .data(AddressTableModel::StatusRole)
                         .toString();
}
} // namespace

class TestAccountConsistency : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        qRegisterMetaType<LoadProgress>();
    }
    void init() { QSettings().clear(); }

    // Crash: switching profile while an unbind runs. The old account's context keeps the
    // operation going in the background; it ends Succeeded, sent exactly once, and Tasks shows
    // which profile it belongs to.
    void profileSwitchWhileUnbinding() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        h.sandbox().world()->setUnbindDurationMs(1500);
        h.activate(QStringLiteral("A"));
        const QString region = h.sandbox().firstRegion();
        QVERIFY(h.showScope(region));
        const auto target = unbindable(h.sandbox().world(), region);
        QVERIFY(target);
        QVERIFY(h.select({target->addressId}));
        QVERIFY(h.unbindSelection());
        QPointer<OperationQueue> old = h.queue();
        QVERIFY(old);
        // Switch while the request is in flight (pre-flight read or the send itself).
        h.activate(QStringLiteral("B"));
        QCOMPARE(h.session()->profile().name, QStringLiteral("B"));
        QCOMPARE(h.session()->backgroundContexts().size(), 1);
        TasksModel* tasks = static_cast<TasksDock*>(h.unbind()->tasksDock())->model();
        QCOMPARE(tasks->rowCount(), 1);
        QCOMPARE(tasks->index(0, TasksModel::Profile).data().toString(), QStringLiteral("A"));
        QTRY_VERIFY_WITH_TIMEOUT(h.operationsSettled(), Timeout);
        QVERIFY(!old); // the background context went once its work was done
        QCOMPARE(h.sandbox().world()->address(target->addressId)->addressStatus,
                 QStringLiteral("UNBIND"));
        QCOMPARE(h.sandbox().world()->writeCount(target->addressId), 1);
        const QList<JournalEntry> entries = h.journal()->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OperationState::Succeeded);
        QCOMPARE(entries.first().profile, QStringLiteral("A"));
    }

    // Destroying a context with a call on the wire ends it with a definite, journaled result.
    void destroyedContextJournalsEveryOperation() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        h.activate(QStringLiteral("A"));
        const QString region = h.sandbox().firstRegion();
        QVERIFY(h.showScope(region));
        h.queue()->pause(); // queued, never sent
        const auto target = unbindable(h.sandbox().world(), region);
        QVERIFY(h.select({target->addressId}));
        QVERIFY(h.unbindSelection());
        h.session()->deactivate(); // queued work: the context stays in the background
        QCOMPARE(h.session()->backgroundContexts().size(), 1);
        delete h.session()->backgroundContexts().first(); // as at quit
        const QList<JournalEntry> entries = h.journal()->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, OperationState::Canceled);
        QCOMPARE(entries.first().errorCode, ErrorCatalog::interruptedCode());
        QCOMPARE(h.sandbox().world()->writeCount(target->addressId), 0);
    }

    // Wrong rows: after All regions, one region shows exactly that region's rows, even while
    // EIPs of other regions are in transition and being re-read.
    void scopeIsExact() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        sandbox::SandboxWorld* world = h.sandbox().world();
        // A transitional EIP in every region (no task: it stays so).
        for (const QString& r : world->regionIds()) {
            auto a = unbindable(world, r);
            QVERIFY(a);
            a->addressStatus = QStringLiteral("UNBINDING");
            QVERIFY(world->updateAddress(*a));
        }
        h.activate();
        QVERIFY(h.showScope(RegionSelector::allRegionsKey()));
        QCOMPARE(h.window()->inventory()->model()->regions().size(), world->regionIds().size());
        const QString region = world->regionIds().at(1);
        QVERIFY(h.showScope(region));
        // Let the transition watcher re-read several times.
        TransitionWatcher* watcher = h.window()->inventory()->store()->watcher();
        QSignalSpy reads(watcher, &TransitionWatcher::addressUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(reads.size() >= 3, Timeout);
        QCOMPARE(h.window()->inventory()->model()->regions(), QStringList{region});
        QCOMPARE(h.tableRows().size(), h.truth(region).size());
    }

    // Wrong profile shown: the toolbar's box shows the profile opened (--profile), and the one
    // chosen there, not the previously active one.
    void profileBoxShowsTheOpenedProfile() {
        {
            ProfileStore store;
            for (const char* name : {"default", "sbx"}) {
                Profile p;
                p.name = QString::fromLatin1(name);
                p.secretId = QStringLiteral("AKIDexample%1").arg(p.name);
                p.defaultRegion = QStringLiteral("ap-guangzhou");
                p.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:9"));
                store.save(p);
            }
        }
        AppOptions options;
        options.profile = QStringLiteral("sbx");
        options.smoke = true; // no secret prompt: a missing secret is an error banner
        AppController app(options);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QComboBox* box = app.window()->mainToolBar()->profileSelector();
        QCOMPARE(box->currentText(), QStringLiteral("sbx"));
        MessageBanner* banner = app.window()->banner();
        const auto resolved = [banner] {
            return !banner->text().contains(QLatin1String("Reading the secret"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(resolved(), Timeout); // the keychain answered (or not)
        QCOMPARE(box->currentText(), QStringLiteral("sbx"));
        box->setCurrentIndex(box->findText(QStringLiteral("default")));
        QCOMPARE(box->currentText(), QStringLiteral("default"));
        QTRY_VERIFY_WITH_TIMEOUT(resolved(), Timeout);
        QCOMPARE(box->currentText(), QStringLiteral("default"));
    }

    // Row states follow operations at once: "Unbinding…", not actionable again, re-read at end.
    void rowsFollowOperations() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        h.sandbox().world()->setUnbindDurationMs(1500);
        h.activate();
        const QString region = h.sandbox().firstRegion();
        QVERIFY(h.showScope(region));
        const auto target = unbindable(h.sandbox().world(), region);
        QVERIFY(h.select({target->addressId}));
        QVERIFY(h.unbindSelection());
        QCOMPARE(statusOf(h, region, target->addressId), QStringLiteral("UNBINDING"));
        AddressTableModel* m = h.window()->inventory()->model();
        const int row = m->rowOf(region, target->addressId);
        QCOMPARE(m->index(row, int(AddressColumn::Status)).data().toString(),
                 QStringLiteral("Unbinding…"));
        QVERIFY(h.select({target->addressId}));
        QVERIFY(!h.unbind()->unbindAction()->isEnabled());
        QVERIFY(h.queue()->enqueue({*target}, false).isEmpty()); // never a second one
        QTRY_VERIFY_WITH_TIMEOUT(h.operationsSettled(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(h, region, target->addressId), QStringLiteral("UNBIND"),
                                  Timeout);
        QCOMPARE(h.sandbox().world()->writeCount(target->addressId), 1);
    }

    // History → Re-bind asks first, goes through the queue (Tasks), follows the row, and is
    // sent once however often it is pressed; a failure is explained as a bind.
    void rebindGoesThroughThePipeline() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        h.activate();
        const QString region = h.sandbox().firstRegion();
        QVERIFY(h.showScope(region));
        const auto target = unbindable(h.sandbox().world(), region);
        QVERIFY(h.select({target->addressId}));
        QVERIFY(h.unbindSelection());
        QTRY_VERIFY_WITH_TIMEOUT(h.operationsSettled(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(h, region, target->addressId), QStringLiteral("UNBIND"),
                                  Timeout);
        h.sandbox().world()->setUnbindDurationMs(1500);
        HistoryDialog* history = h.unbind()->historyDialog();
        history->model()->reload();
        QCOMPARE(history->model()->rowCount(), 1);
        history->view()->setCurrentIndex(history->model()->index(0, 0));
        const int asked = h.confirmations();
        const qint64 undone = history->model()->entries().first().id;
        history->rebindSelected();
        QCOMPARE(h.confirmations(), asked + 1);
        TasksModel* tasks = static_cast<TasksDock*>(h.unbind()->tasksDock())->model();
        QCOMPARE(tasks->rowCount(), 2);
        // The undo names the unbind it takes back (History's entry).
        QCOMPARE(tasks->index(1, TasksModel::Operation).data().toString(),
                 QStringLiteral("Undo of #%1").arg(undone));
        QCOMPARE(statusOf(h, region, target->addressId), QStringLiteral("BINDING"));
        // Pressed again on the same entry while it runs: refused, nothing sent.
        QTRY_COMPARE(history->model()->rowCount(), 2); // the re-bind's own entry, newest first
        history->view()->setCurrentIndex(history->model()->index(1, 0));
        history->rebindSelected();
        QVERIFY2(history->statusText().contains(QLatin1String("already")),
                 qPrintable(history->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(h.operationsSettled(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(h, region, target->addressId), QStringLiteral("BIND"),
                                  Timeout);
        QCOMPARE(h.sandbox().world()->address(target->addressId)->instanceId, target->instanceId);
        QCOMPARE(h.sandbox().world()->writeCount(target->addressId), 2); // unbind + one re-bind
        // A failing re-bind is explained as a bind, not an unbind.
        QCOMPARE(h.queue()->items().last().state(), OperationState::Succeeded);
        ErrorExplanation x = ErrorCatalog::explain(ErrorCatalog::bindNotHappenedCode());
        QVERIFY(!x.title.contains(QLatin1String("unbind"), Qt::CaseInsensitive));
        x = ErrorCatalog::explain(ErrorCatalog::taskFailedCode());
        QVERIFY(!x.meaning.contains(QLatin1String("still be bound")));
    }

    // The quota is re-read after an operation that spends it, and on refresh (F5).
    void quotaFollowsOperationsAndRefresh() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        h.activate();
        const QString region = h.sandbox().firstRegion();
        QVERIFY(h.showScope(region));
        StatusBarWidget* status = h.window()->statusWidget();
        QTRY_COMPARE_WITH_TIMEOUT(status->quotaText(),
                                  QStringLiteral("Reallocations left today: 10/10"), Timeout);
        // Spent elsewhere (another client of the same account), then F5.
        h.sandbox().world()->recordReallocation(h.sandbox().secretId());
        h.window()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(status->quotaText(),
                                  QStringLiteral("Reallocations left today: 9/10"), Timeout);
        // Spent by a reallocating unbind here.
        const auto target = h.sandbox().world()->findAddress(region, [](const Address& a) {
            return a.unbindBlocker().isEmpty() && !a.isNatGateway() &&
                   a.instanceId.startsWith(QLatin1String("ins-"));
        });
        QVERIFY(target);
        h.queue()->enqueue({*target}, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.operationsSettled(), Timeout);
        if (h.queue()->items().last().state() == OperationState::Succeeded)
            QTRY_COMPARE_WITH_TIMEOUT(status->quotaText(),
                                      QStringLiteral("Reallocations left today: 8/10"), Timeout);
    }

    // Stale things: details follow the scope; a failed region's rows are marked with their
    // last good read; a region's banner goes when the scope does.
    void staleThingsFollowTheScope() {
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        sandbox::SandboxWorld* world = h.sandbox().world();
        h.activate();
        QVERIFY(h.showScope(RegionSelector::allRegionsKey()));
        const QString r0 = world->regionIds().at(0);
        const QString r1 = world->regionIds().at(1);
        const auto other = unbindable(world, r1);
        QVERIFY(h.select({other->addressId}));
        QCOMPARE(h.window()->detailsPane()->address()->addressId, other->addressId);
        QVERIFY(h.showScope(r0));
        QVERIFY(!h.window()->detailsPane()->address().has_value());
        // r0 fails on refresh: its rows stay, marked, with the time of the last good read.
        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DescribeAddresses");
        rule.region = r0;
        rule.kind = sandbox::FaultRule::Kind::Http5xx;
        rule.status = 503;
        h.sandbox().faults()->addRule(rule);
        QVERIFY(h.showScope(r0));
        AddressTableModel* m = h.window()->inventory()->model();
        QVERIFY(m->rowCount() > 0);
        QVERIFY(m->isRegionStale(r0));
        QVERIFY(m->index(0, 0).data(AddressTableModel::StaleRole).toDateTime().isValid());
        QVERIFY(
            m->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Out of date")));
        MessageBanner* banner = h.window()->banner();
        QVERIFY(!banner->isHidden());
        // One region, and it failed: no "the others are shown"; the catalog's words, not raw.
        QVERIFY2(!banner->text().contains(QLatin1String("the others")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(
                     ErrorCatalog::explain(QStringLiteral("ClientError.HttpStatus")).title),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("out of date")), qPrintable(banner->text()));
        h.sandbox().faults()->clear();
        QVERIFY(h.showScope(r1));
        QVERIFY(banner->isHidden() || banner->kind() != MessageBanner::Kind::Error);
        QVERIFY(!m->isRegionStale(r0));
    }

    // Errors: one catalog decides words and transience everywhere.
    void oneCatalogForEveryPath() {
        // Transience is decided in one place.
        for (const char* code :
             {"RequestLimitExceeded", "RequestLimitExceeded.UinLimitExceeded",
              "LimitExceeded.ActionLimited", "ServiceUnavailable", "ResourceUnavailable",
              "ResourceInUse", "OperationDenied.MutexTaskRunning", "InternalError",
              "InternalError.UnexpectedInternal", "AuthFailure.SignatureFailure",
              "InvalidParameter"}) {
            ApiError e;
            e.kind = ApiError::Kind::Service;
            e.code = QString::fromLatin1(code);
            QCOMPARE(ErrorCatalog::isTransient(e), RetryPolicy::isTransient(e));
            QCOMPARE(ErrorCatalog::explain(e).transient, RetryPolicy::isTransient(e));
            // The text says "retries by itself" only where the client does.
            const QString next = ErrorCatalog::explain(e).nextStep;
            if (next.contains(QLatin1String("retries by itself")))
                QVERIFY2(ErrorCatalog::clientRetries(e, false), code);
        }
        // A rate-limited region load is explained by the catalog, not as a bare code.
        test::DeskHarness h;
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        h.activate();
        const QString r0 = h.sandbox().world()->regionIds().at(0);
        QVERIFY(h.showScope(r0));
        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DescribeAddresses");
        rule.region = r0;
        rule.code = QStringLiteral("RequestLimitExceeded");
        h.sandbox().faults()->addRule(rule);
        QVERIFY(h.showScope(r0));
        const QString text = h.window()->banner()->text();
        QVERIFY2(text.contains(ErrorCatalog::explain(QStringLiteral("RequestLimitExceeded")).title),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestAccountConsistency)
#include "tst_accountconsistency.moc"
