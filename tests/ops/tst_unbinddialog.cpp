// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation dialog through its seam (UnbindPlan + accessors), the Unbind action's
// enablement, the controller end to end with a scripted confirmer, and the History view.
#include "OpsDesk.h"
#include "OpsSandbox.h"
#include "api/ApiClient.h"
#include "history/HistoryDialog.h"
#include "history/HistoryModel.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "ops/UnbindEligibility.h"
#include "ops/UnbindPlan.h"
#include "sandbox/SandboxWorld.h"
#include "session/Session.h"
#include "support/TestEnvironment.h"
#include "unbind/TasksDock.h"
#include "unbind/TasksFilterModel.h"
#include "unbind/TasksModel.h"
#include "unbind/UnbindController.h"
#include "unbind/UnbindDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMainWindow>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;
using test::Desk;

class TestUnbindDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        QVERIFY(m_sb.start());
    }

    void reallocationOfferedOnlyForPrimaryIpOfPrimaryEni() {
        UnbindPlan plan(m_sb.reallocatable(2));
        QSignalSpy ready(&plan, &UnbindPlan::ready);
        plan.load(m_sb.api());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY2(plan.reallocateAllowed(), qPrintable(plan.reallocateReason()));
        QCOMPARE(plan.dailyQuotaLeft(), 10);
        UnbindDialog dialog(&plan);
        QCOMPARE(dialog.rowCount(), 2);
        QVERIFY(dialog.reallocateCheckBox()->isEnabled());
        QVERIFY(!dialog.reallocate()); // never checked by default
        QVERIFY(dialog.reallocateNote().contains(QStringLiteral("10")));
        QVERIFY(dialog.consequencesText().contains(QStringLiteral("billed")));
    }

    // The international site calls the daily reassignment quota DAILY_EIP_ASSIGN: an intl
    // profile reads it; a China profile facing that answer shows the quota as unknown and
    // still offers reallocation, saying so.
    void dailyQuotaPerSite() {
        m_sb.server().world()->setInternational(true);
        for (const Site site : {Site::International, Site::China}) {
            EndpointConfig config = m_sb.client()->endpointConfig();
            config.site = site;
            m_sb.client()->setEndpointConfig(config);
            UnbindPlan plan(m_sb.reallocatable(1));
            QSignalSpy ready(&plan, &UnbindPlan::ready);
            plan.load(m_sb.api());
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
            QVERIFY2(plan.reallocateAllowed(), qPrintable(plan.reallocateReason()));
            UnbindDialog dialog(&plan);
            if (site == Site::International) {
                QCOMPARE(plan.dailyQuotaLeft(), 10);
            } else {
                QCOMPARE(plan.dailyQuotaLeft(), -1);
                QVERIFY2(dialog.reallocateNote().contains(QStringLiteral("unknown")),
                         qPrintable(dialog.reallocateNote()));
            }
        }
        EndpointConfig config = m_sb.client()->endpointConfig();
        config.site = Site::China;
        m_sb.client()->setEndpointConfig(config);
        m_sb.server().world()->setInternational(false);
    }

    // Being in arrears is no documented reason to refuse an unbind: the plan warns instead.
    void arrearsWarnedNotRefused() {
        Address a = m_sb.reallocatable(1).first();
        a.isArrears = true;
        QVERIFY(a.unbindBlocker().isEmpty());
        UnbindPlan plan({a});
        QVERIFY2(plan.consequences().join(QLatin1Char(' ')).contains(QStringLiteral("arrears")),
                 qPrintable(plan.consequences().join(QLatin1Char(' '))));
    }

    void reallocationDisabledWithAReason_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("NAT gateway EIP") << QStringLiteral("nat");
        QTest::newRow("secondary private IP") << QStringLiteral("secondary");
        QTest::newRow("no account") << QStringLiteral("noapi");
    }

    void reallocationDisabledWithAReason() {
        QFETCH(QString, kind);
        QList<Address> addresses;
        if (kind == QLatin1String("nat")) {
            addresses << *m_sb.natAddress();
        } else {
            Address a = m_sb.reallocatable(1).first();
            if (kind == QLatin1String("secondary"))
                a.privateAddressIp = QStringLiteral("10.254.0.9"); // not the ENI's primary IP
            addresses << a;
        }
        UnbindPlan plan(addresses);
        QSignalSpy ready(&plan, &UnbindPlan::ready);
        plan.load(kind == QLatin1String("noapi") ? nullptr : m_sb.api());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY(!plan.reallocateAllowed());
        QVERIFY(!plan.reallocateReason().isEmpty());
        UnbindDialog dialog(&plan);
        QVERIFY(!dialog.reallocateCheckBox()->isEnabled());
        QCOMPARE(dialog.reallocateNote(), plan.reallocateReason());
        if (kind == QLatin1String("nat"))
            QVERIFY(dialog.consequencesText().contains(
                QStringLiteral("DisassociateNatGatewayAddress")));
    }

    void cascadeReleaseIsAnnounced() {
        Address a = m_sb.unbindable(1).first();
        a.cascadeRelease = true;
        UnbindPlan plan({a});
        QVERIFY(plan.consequences().join(QLatin1Char(' ')).contains(QStringLiteral("released")));
        QVERIFY(UnbindPlan::bindingText(a).contains(a.privateAddressIp));
        // The instance's name beside its ID when known.
        const Address cvm = m_sb.plainBoundEip();
        QCOMPARE(
            UnbindPlan::bindingText(cvm, QStringLiteral("web-01")),
            QStringLiteral("Instance web-01 (%1) (%2)").arg(cvm.instanceId, cvm.privateAddressIp));
    }

    void actionEnabledOnlyForUnbindable() {
        QMainWindow window;
        Desk desk(m_sb, false);
        UnbindController c(&window, &desk.session, &m_sb.clock());
        QVERIFY(!c.unbindAction()->isEnabled());
        QVERIFY(!c.unbindAction()->shortcuts().isEmpty());
        QCOMPARE(c.historyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        desk.activate(m_sb);
        Address blocked = m_sb.unbindable(1).first();
        blocked.isBlocked = true;
        c.setSelection({blocked});
        QVERIFY(!c.unbindAction()->isEnabled());
        QVERIFY(c.unbindAction()->toolTip().contains(QStringLiteral("blocked")));
        Address unbound = blocked;
        unbound.isBlocked = false;
        unbound.addressStatus = QStringLiteral("UNBIND");
        c.setSelection({unbound});
        QVERIFY(c.unbindAction()->toolTip().contains(QStringLiteral("not bound")));
        c.setSelection(m_sb.unbindable(2));
        QVERIFY(c.unbindAction()->isEnabled());
        desk.session.deactivate();
        QVERIFY(!c.unbindAction()->isEnabled());
    }

    void controllerUnbindsWithReallocationThenHistory() {
        QMainWindow window;
        Desk desk(m_sb);
        QTemporaryDir& dir = desk.dir;
        UnbindController c(&window, &desk.session, &m_sb.clock());
        c.queue()->setPollSchedule({200, 1.5, 500, 30000});
        const QList<Address> picked = m_sb.reallocatable(2);
        c.setSelection(picked);
        QSignalSpy quota(&c, &UnbindController::dailyQuotaChanged);
        bool asked = false;
        c.setConfirmer([&asked](UnbindDialog& d) -> bool {
            asked = QTest::qWaitFor([&d] { return d.plan()->isReady(); }, 30000);
            d.reallocateCheckBox()->setChecked(true);
            return d.reallocateCheckBox()->isEnabled();
        });
        c.unbindAction()->trigger();
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(c.queue()->progress().succeeded, 2, 60000);
        QVERIFY(quota.count() >= 1);
        auto* dock = qobject_cast<TasksDock*>(c.tasksDock());
        QVERIFY(dock);
        QVERIFY(dock->progressText().contains(QStringLiteral("2 of 2")));
        // The filter: both succeeded, none failed or running.
        QCOMPARE(dock->view()->model()->rowCount(), 2);
        dock->filterBox()->setCurrentIndex(
            dock->filterBox()->findData(int(TasksFilterModel::Show::Failed)));
        QCOMPARE(dock->view()->model()->rowCount(), 0);
        dock->filterBox()->setCurrentIndex(
            dock->filterBox()->findData(int(TasksFilterModel::Show::Running)));
        QCOMPARE(dock->view()->model()->rowCount(), 0);
        dock->filterBox()->setCurrentIndex(0);
        QCOMPARE(dock->view()->model()->rowCount(), 2);
        // The message area shows the selected task's own message.
        dock->view()->setCurrentIndex(dock->view()->model()->index(1, 0));
        const QString second =
            dock->view()->model()->index(1, TasksModel::AddressId).data().toString();
        QVERIFY2(dock->detailsText().contains(second), qPrintable(dock->detailsText()));
        for (const JournalEntry& e : c.journal()->entries())
            QVERIFY(e.reallocate);

        HistoryDialog* h = c.historyDialog();
        QCOMPARE(h->model()->rowCount(), 2);
        const QString csv = dir.filePath(QStringLiteral("h.csv"));
        QVERIFY(h->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(picked.first().addressId.toUtf8()));
    }

    void historyRebindsToPreviousTarget() {
        QMainWindow window;
        Desk desk(m_sb);
        UnbindController c(&window, &desk.session, &m_sb.clock());
        c.queue()->setPollSchedule({200, 1.5, 500, 30000});
        const Address a =
            m_sb.unbindable(1,
                            [](const Address& x) {
                                return x.boundKind() == BoundKind::Cvm && !x.isNatGateway();
                            })
                .first();
        c.setSelection({a});
        c.setConfirmer([](UnbindDialog&) { return true; });
        c.unbindAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(c.queue()->progress().succeeded, 1, 60000);
        HistoryDialog* h = c.historyDialog();
        QCOMPARE(h->model()->rowCount(), 1);
        QVERIFY(h->requestsText().isEmpty()); // nothing selected yet
        h->view()->setCurrentIndex(h->model()->index(0, 0));
        // The details pane lists every request made for the unbind, the write with its TaskId.
        const JournalEntry unbind = c.journal()->entries().first();
        const QString requests = h->requestsText();
        QVERIFY2(requests.contains(QStringLiteral("DescribeAddresses")), qPrintable(requests));
        QVERIFY2(requests.contains(QStringLiteral("DisassociateAddress  RequestId ") +
                                   unbind.requestId + QStringLiteral("  TaskId ") + unbind.taskId),
                 qPrintable(requests));
        QVERIFY2(requests.contains(QStringLiteral("DescribeTaskResult")), qPrintable(requests));
        QVERIFY2(requests.contains(QStringLiteral("learned from the task")), qPrintable(requests));
        QVERIFY(h->undoEnabled()); // a succeeded unbind of this profile
        int asked = 0;
        h->setConfirmer([&asked](const QString&) { return ++asked > 0; });
        h->rebindSelected();
        QCOMPARE(asked, 1);
        QVERIFY(!h->undoEnabled()); // once
        QTRY_VERIFY_WITH_TIMEOUT(c.journal()->entries().size() == 2 &&
                                     OperationStates::isFinal(c.journal()->entries().first().state),
                                 30000);
        const JournalEntry rebind = c.journal()->entries().first();
        QCOMPARE(rebind.kind, JournalEntry::Kind::Rebind);
        QVERIFY2(rebind.state == OperationState::Succeeded, qPrintable(h->statusText()));
        QCOMPARE(rebind.addressId, a.addressId);
        QCOMPARE(rebind.parentId, unbind.id);
        QVERIFY(!rebind.requestId.isEmpty());
        QVERIFY(m_sb.current(a.addressId)->addressStatus != QStringLiteral("UNBIND"));
        // The unbind is undone: History refuses a second undo of it, and the undo itself (the
        // newest row) is not an unbind.
        h->view()->setCurrentIndex(h->model()->index(1, 0));
        QCOMPARE(h->model()->entries().at(1).id, unbind.id);
        QVERIFY(!h->undoEnabled());
        h->rebindSelected();
        QCOMPARE(asked, 1);
        QVERIFY2(h->statusText().contains(QStringLiteral("only once")),
                 qPrintable(h->statusText()));
        h->view()->setCurrentIndex(h->model()->index(0, 0));
        QVERIFY(!h->undoEnabled());
    }

    void mixedSelectionUnbindsWhatCanBeUnbound() {
        // Twelve EIPs that cannot be unbound and two that can: Unbind stays enabled, the dialog
        // lists every refused EIP with all its reasons (not the first five) and sends only
        // the two.
        QList<Address> selection = m_sb.unbindable(2, [](const Address& x) {
            return x.boundKind() == BoundKind::Cvm && !x.isNatGateway();
        });
        QCOMPARE(selection.size(), 2);
        Address lb = selection.first();
        lb.addressId = QStringLiteral("eip-clb00001");
        lb.instanceId = QStringLiteral("lb-0001");
        lb.instanceType = QStringLiteral("CLB");
        selection << lb;
        for (int i = 0; i < 11; ++i) {
            Address x = selection.first();
            x.addressId = QStringLiteral("eip-refused%1").arg(i, 2, 10, QLatin1Char('0'));
            x.addressStatus = QStringLiteral("UNBIND");
            x.isBlocked = i % 2 == 0;
            selection << x;
        }
        QMainWindow window;
        Desk desk(m_sb);
        UnbindController c(&window, &desk.session, &m_sb.clock());
        c.queue()->setPollSchedule({200, 1.5, 500, 30000});
        c.setSelection(selection);
        QVERIFY(c.unbindAction()->isEnabled());
        QVERIFY(c.unbindAction()->toolTip().contains(QStringLiteral("2 of 14")));
        int refusedRows = 0;
        QString refusedText;
        c.setConfirmer([&](UnbindDialog& d) -> bool {
            refusedRows = d.refusedRowCount();
            refusedText = d.refusedText();
            const QString shots = qEnvironmentVariable("EIPDESK_TEST_SHOTS");
            if (!shots.isEmpty()) { // for a human to look at
                if (QTest::qWaitFor([&d] { return d.plan()->isReady(); }, 30000)) {
                    d.show();
                    d.grab().save(shots + QStringLiteral("/unbind-mixed.png"));
                }
            }
            return d.rowCount() == 2 && d.unbindButton()->isEnabled();
        });
        c.unbindAction()->trigger();
        QCOMPARE(refusedRows, 12);
        QVERIFY(refusedText.contains(QStringLiteral("lb-0001")));
        QVERIFY(refusedText.contains(QStringLiteral("eip-refused10")));
        // eip-refused00 is both not bound and blocked: both reasons are given.
        const QString first = refusedText.split(QLatin1Char('\n')).at(1);
        QVERIFY2(first.contains(QStringLiteral("not bound")) &&
                     first.contains(QStringLiteral("blocked")),
                 qPrintable(first));
        QTRY_COMPARE_WITH_TIMEOUT(c.queue()->progress().succeeded, 2, 60000);
        QCOMPARE(c.queue()->progress().total, 2);
        QCOMPARE(c.journal()->entries().size(), 2);
    }

    void lastNatGatewayEipIsKnownBeforeSending() {
        const Address n = *m_sb.natAddress();
        Address sibling = n;
        sibling.addressId = QStringLiteral("eip-natsib01");
        UnbindPlan plan({n, sibling}, UnbindEligibility::natGatewayEipCounts({n, sibling}));
        QCOMPARE(plan.addresses().size(), 1);
        QCOMPARE(plan.refused().size(), 1);
        QVERIFY(plan.refused().first().reasons.join(QString()).contains(n.instanceId));
        UnbindDialog dialog(&plan);
        QCOMPARE(dialog.rowCount(), 1);
        QCOMPARE(dialog.refusedRowCount(), 1);
    }

    void reallocationAppliesPerEip() {
        Address yes = m_sb.reallocatable(1).first();
        Address no = m_sb.unbindable(1,
                                     [&](const Address& x) {
                                         return x.addressId != yes.addressId && !x.isNatGateway();
                                     })
                         .first();
        no.privateAddressIp = QStringLiteral("10.254.0.9"); // not the ENI's primary IP
        UnbindPlan plan({yes, no});
        QSignalSpy ready(&plan, &UnbindPlan::ready);
        plan.load(m_sb.api());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY2(plan.reallocateAllowed(), qPrintable(plan.reallocateReason()));
        QCOMPARE(plan.reallocatable().size(), 1);
        QCOMPARE(plan.reallocatable().first().addressId, yes.addressId);
        QVERIFY(!plan.reallocateBlocker(no.addressId).isEmpty());
        UnbindDialog dialog(&plan);
        QVERIFY(dialog.reallocateNote().contains(no.addressId));
        QVERIFY(dialog.reallocateNote().contains(QStringLiteral("1 of 2")));
    }

    void cascadeReleaseNamesTheEips() {
        QList<Address> two = m_sb.unbindable(2);
        two[0].cascadeRelease = true;
        two[1].cascadeRelease = false;
        UnbindPlan plan(two);
        const QString text = plan.consequences().join(QLatin1Char(' '));
        QVERIFY(text.contains(two[0].addressId));
        QVERIFY(!text.contains(two[1].addressId));
    }

    void declinedDoesNothing() {
        QMainWindow window;
        Desk desk(m_sb);
        UnbindController c(&window, &desk.session, &m_sb.clock());
        c.setSelection(m_sb.unbindable(1));
        c.setConfirmer([](UnbindDialog&) { return false; });
        c.unbindAction()->trigger();
        QCOMPARE(c.queue()->progress().total, 0);
        QVERIFY(c.journal()->entries().isEmpty());
    }

private:
    test::OpsSandbox m_sb;
};

QTEST_MAIN(TestUnbindDialog)
#include "tst_unbinddialog.moc"
