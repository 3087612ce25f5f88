// SPDX-License-Identifier: GPL-3.0-or-later
// The window's Bind, Move and Undo: the actions follow the selection (with the reason when
// disabled), the target dialog in both modes against the sandbox's instances, the operations
// through the account's queue, and Undo from the selection and from the tasks panel.
#include "OpsDesk.h"
#include "OpsSandbox.h"
#include "bind/BindController.h"
#include "bind/BindTargetDialog.h"
#include "bind/InstancePicker.h"
#include "ops/OperationQueue.h"
#include "sandbox/SandboxWorld.h"
#include "session/AccountContext.h"
#include "support/TestEnvironment.h"
#include "unbind/TasksDock.h"
#include "unbind/TasksFilterModel.h"
#include "unbind/TasksModel.h"
#include "unbind/UnbindController.h"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace eipdesk;
using test::Desk;

namespace {
constexpr int kTimeout = 60000;
}

// The window's two controllers wired as AppController wires them (Undo in Tasks → Bind's undo).
struct Window {
    explicit Window(test::OpsSandbox& sb)
        : desk(sb)
        , unbind(&window, &desk.session, &sb.clock())
        , bind(&window, &desk.session) {
        QObject::connect(unbind.tasks(), &TasksDock::undoRequested, &bind,
                         [this](const JournalEntry& e) { bind.undoEntry(e); });
    }
    QMainWindow window;
    Desk desk;
    UnbindController unbind;
    BindController bind;
};

class TestBindController : public QObject {
    Q_OBJECT
private:
    test::OpsSandbox m_sb;

    static OperationQueue* queueOf(Desk& desk) { return desk.session.context()->operations(); }
    // Picks `instanceId` in the dialog once its instances are listed; records the confirmation.
    static BindController::Chooser pick(const QString& instanceId, QString* confirmation) {
        return [instanceId, confirmation](BindTargetDialog& dialog) {
            if (!QTest::qWaitFor([&] { return dialog.instancesLoaded(); }, kTimeout))
                return false;
            if (!dialog.instancePicker()->select(instanceId))
                return false;
            *confirmation = dialog.confirmationText();
            return dialog.bindEnabled();
        };
    }

private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        QVERIFY(m_sb.start());
    }

    void actionsFollowTheSelection() {
        QMainWindow window;
        Desk desk(m_sb);
        BindController c(&window, &desk.session);
        QVERIFY(!c.bindAction()->isEnabled());
        QVERIFY(!c.moveAction()->isEnabled());
        const Address bound = m_sb.plainBoundEip();
        c.setSelection({bound});
        QVERIFY(!c.bindAction()->isEnabled());
        QVERIFY2(c.bindAction()->toolTip().contains(QStringLiteral("not idle")),
                 qPrintable(c.bindAction()->toolTip()));
        QVERIFY(c.moveAction()->isEnabled());
        QVERIFY(!c.undoAction()->isEnabled()); // nothing of ours unbound it
        const Address idle = m_sb.plainIdleEip();
        c.setSelection({idle});
        QVERIFY(c.bindAction()->isEnabled());
        QVERIFY(!c.moveAction()->isEnabled());
        QVERIFY2(c.moveAction()->toolTip().contains(QStringLiteral("not bound")),
                 qPrintable(c.moveAction()->toolTip()));
        c.setSelection({bound, idle});
        QVERIFY(!c.bindAction()->isEnabled());
        QVERIFY(!c.moveAction()->isEnabled());
        if (const auto nat = m_sb.natAddress()) {
            c.setSelection({*nat});
            QVERIFY(!c.moveAction()->isEnabled());
        }
        // Busy: an operation on the EIP is queued.
        c.setSelection({bound});
        QVERIFY(queueOf(desk)->enqueue({bound}, false).size() == 1);
        QVERIFY(!c.moveAction()->isEnabled());
        QVERIFY(c.moveAction()->toolTip().contains(QStringLiteral("queued or under way")));
        QTRY_VERIFY_WITH_TIMEOUT(queueOf(desk)->progress().isIdle(), kTimeout);
    }

    void throughTheDialog_data() {
        QTest::addColumn<bool>("move");
        QTest::newRow("bind an idle EIP") << false;
        QTest::newRow("move a bound EIP") << true;
    }

    void throughTheDialog() {
        QFETCH(bool, move);
        QMainWindow window;
        Desk desk(m_sb);
        BindController c(&window, &desk.session);
        const Address eip = move ? m_sb.plainBoundEip() : m_sb.plainIdleEip();
        const auto target = m_sb.addTargetInstance(eip);
        QString confirmation;
        c.setChooser(pick(target.id, &confirmation));
        QSignalSpy queued(&c, &BindController::operationQueued);
        c.setSelection({eip});
        (move ? c.moveAction() : c.bindAction())->trigger();
        QCOMPARE(queued.count(), 1);
        QVERIFY2(confirmation.contains(target.name) && confirmation.contains(target.id),
                 qPrintable(confirmation));
        if (move) // the two steps, and where it comes from
            QVERIFY2(confirmation.contains(QStringLiteral("two steps")) &&
                         confirmation.contains(eip.instanceId),
                     qPrintable(confirmation));
        OperationQueue* q = queueOf(desk);
        QCOMPARE(q->items().size(), 1);
        QCOMPARE(q->items().first().entry.kind,
                 move ? JournalEntry::Kind::Move : JournalEntry::Kind::Bind);
        QTRY_VERIFY_WITH_TIMEOUT(q->progress().isIdle(), kTimeout);
        QCOMPARE(q->items().first().state(), OperationState::Succeeded);
        QCOMPARE(m_sb.current(eip.addressId)->instanceId, target.id);
    }

    void canceledDialogQueuesNothing() {
        QMainWindow window;
        Desk desk(m_sb);
        BindController c(&window, &desk.session);
        c.setChooser([](BindTargetDialog&) { return false; });
        c.setSelection({m_sb.plainIdleEip()});
        c.bindAction()->trigger();
        QVERIFY(queueOf(desk)->items().isEmpty());
    }

    void failedMoveOffersBindBackInTasks() {
        Window w(m_sb);
        BindController& c = w.bind;
        UnbindController& unbind = w.unbind;
        Desk& desk = w.desk;
        c.setConfirmer([](const QString&, const QString&) { return true; });
        OperationQueue* q = queueOf(desk);
        const Address a = m_sb.plainBoundEip();
        const auto b = m_sb.addTargetInstance(a);
        m_sb.server().world()->setInstanceState(m_sb.region(), b.id, QStringLiteral("SHUTDOWN"));
        const qint64 key = q->enqueueMove(a, {b.id, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(q->progress().isIdle(), kTimeout);
        QCOMPARE(q->item(key).state(), OperationState::Failed);
        TasksDock* dock = unbind.tasks();
        QTableView* view = dock->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(dock->undoButton()->isEnabled());
        QCOMPARE(dock->undoButton()->text(), QStringLiteral("Bind back"));
        QVERIFY2(dock->detailsText().contains(QStringLiteral("is idle now")),
                 qPrintable(dock->detailsText()));
        dock->undoButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(q->items().size() == 2 && q->progress().isIdle(), kTimeout);
        QCOMPARE(q->items().last().state(), OperationState::Succeeded);
        QCOMPARE(m_sb.current(a.addressId)->instanceId, a.instanceId);
        QCOMPARE(m_sb.current(a.addressId)->privateAddressIp, a.privateAddressIp);
    }

    void undoFromTheSelectionAndFromTasks() {
        Window w(m_sb);
        BindController& c = w.bind;
        UnbindController& unbind = w.unbind;
        Desk& desk = w.desk;
        int asked = 0;
        c.setConfirmer([&asked](const QString&, const QString& question) {
            ++asked;
            return question.contains(QStringLiteral("back"));
        });
        OperationQueue* q = queueOf(desk);
        const Address a = m_sb.plainBoundEip();
        // Unbind, then Undo from the selection (the row as the table shows it now: idle).
        q->enqueue({a}, false);
        QTRY_VERIFY_WITH_TIMEOUT(q->progress().isIdle(), kTimeout);
        Address now = *m_sb.current(a.addressId);
        now.region = a.region;
        c.setSelection({now});
        QVERIFY2(c.undoAction()->isEnabled(), qPrintable(c.undoAction()->toolTip()));
        c.undoAction()->trigger();
        QCOMPARE(asked, 1);
        QCOMPARE(q->items().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(q->progress().isIdle(), kTimeout);
        QVERIFY2(q->items().last().state() == OperationState::Succeeded,
                 qPrintable(q->items().last().error.detailsText()));
        QCOMPARE(m_sb.current(a.addressId)->instanceId, a.instanceId);
        now = *m_sb.current(a.addressId);
        now.region = a.region;
        c.setSelection({now});
        QVERIFY(!c.undoAction()->isEnabled()); // bound again
        // Unbind again, then Undo from the tasks panel's button on that row.
        const qint64 key = q->enqueue({now}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(q->progress().isIdle(), kTimeout);
        QCOMPARE(q->item(key).state(), OperationState::Succeeded);
        TasksDock* dock = unbind.tasks();
        QTableView* view = dock->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(TasksModel::KeyRole).toLongLong() == key)
                row = r;
        QVERIFY(row >= 0);
        view->setCurrentIndex(view->model()->index(row, 0));
        QVERIFY(dock->undoButton()->isEnabled());
        dock->undoButton()->click();
        QCOMPARE(asked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(q->progress().isIdle(), kTimeout);
        QCOMPARE(m_sb.current(a.addressId)->instanceId, a.instanceId);
        view->setCurrentIndex(view->model()->index(row, 0));
        QVERIFY(!dock->undoButton()->isEnabled()); // undone once
        QString why;
        QVERIFY(!c.undoEntry(q->item(key).entry, &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(asked, 2);
    }
};

QTEST_MAIN(TestBindController)
#include "tst_bindcontroller.moc"
