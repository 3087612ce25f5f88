// SPDX-License-Identifier: GPL-3.0-or-later
// Bind, move and undo through the one operation pipeline, against the in-process sandbox (real
// HTTP over loopback, a real SQLite journal): bind an idle EIP to an instance and to an ENI IP,
// refusals, a move to SUCCESS, a move whose bind fails (and the way back), a move interrupted
// between its steps and resumed, undo of an unbind.
#include "OpsSandbox.h"
#include "QueueFixture.h"
#include "core/AddressStatus.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;

namespace {
constexpr int kTimeout = 60000;
} // namespace

class TestBindMove : public QObject, private test::QueueFixture {
    Q_OBJECT
private:
    sandbox::SandboxWorld& world() { return *sb().server().world(); }

    test::OpsSandbox::TargetInstance addInstance(const Address& eip) {
        return sb().addTargetInstance(eip);
    }
    Address boundEip() { return sb().plainBoundEip(); }
    Address idleEip() { return sb().plainIdleEip(); }

private slots:
    void initTestCase() { test::isolateUserDirectories(); }

    void init() {
        const QString problem = setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { tearDown(); }

    void bindToInstance() {
        const Address a = idleEip();
        const auto target = addInstance(a);
        const qint64 key = queue().enqueueBind(a, JournalEntry::Kind::Bind, {target.id, {}, {}});
        QVERIFY(key > 0);
        QVERIFY(queue().isBusy(a.addressId));
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QVERIFY2(stateOf(key) == OperationState::Succeeded, dump(key));
        const Address now = *sb().current(a.addressId);
        QCOMPARE(now.addressStatus, QStringLiteral("BIND"));
        QCOMPARE(now.instanceId, target.id);
        QCOMPARE(sb().network().sent(QStringLiteral("AssociateAddress")), 1);
        const JournalEntry e = *m_journal->entry(queue().item(key).entry.id);
        QCOMPARE(e.kind, JournalEntry::Kind::Bind);
        QCOMPARE(e.state, OperationState::Succeeded);
        QCOMPARE(e.targetInstanceId, target.id);
        QVERIFY(e.previousInstanceId.isEmpty()); // it was idle
        QVERIFY(!e.taskId.isEmpty());
    }

    void bindToEniIp() {
        const Address a = idleEip();
        const auto target = addInstance(a);
        const QString ip = target.secondaryIp;
        const qint64 key =
            queue().enqueueBind(a, JournalEntry::Kind::Bind, {{}, target.primaryEniId, ip});
        QVERIFY(key > 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QVERIFY2(stateOf(key) == OperationState::Succeeded, dump(key));
        const Address now = *sb().current(a.addressId);
        QCOMPARE(now.networkInterfaceId, target.primaryEniId);
        QCOMPARE(now.privateAddressIp, ip);
        const JournalEntry e = *m_journal->entry(queue().item(key).entry.id);
        QCOMPARE(e.targetEniId, target.primaryEniId);
        QCOMPARE(e.targetPrivateIp, ip);
    }

    void bindRefusals() {
        const Address bound = boundEip();
        const auto target = addInstance(bound);
        // Refused before anything is queued: an unbind kind, an empty target.
        QCOMPARE(queue().enqueueBind(bound, JournalEntry::Kind::Unbind, {target.id, {}, {}}), 0);
        QCOMPARE(queue().enqueueBind(bound, JournalEntry::Kind::Bind, {}), 0);
        // A bound EIP: the pre-flight read skips it, nothing is sent.
        const qint64 key =
            queue().enqueueBind(bound, JournalEntry::Kind::Bind, {target.id, {}, {}});
        QVERIFY(key > 0);
        QCOMPARE(queue().enqueueBind(bound, JournalEntry::Kind::Bind, {target.id, {}, {}}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Skipped);
        QCOMPARE(queue().item(key).error.code, ErrorCatalog::addressChangedCode());
        QCOMPARE(sb().network().sent(QStringLiteral("AssociateAddress")), 0);
        // The server's refusal is explained: a terminating instance.
        const Address idle2 = idleEip();
        const auto dying = addInstance(idle2);
        world().setInstanceState(sb().region(), dying.id, QStringLiteral("TERMINATING"));
        const qint64 refused =
            queue().enqueueBind(idle2, JournalEntry::Kind::Bind, {dying.id, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QVERIFY2(stateOf(refused) == OperationState::Failed, dump(refused));
        QCOMPARE(queue().item(refused).error.code,
                 QStringLiteral("UnsupportedOperation.InstanceStateNotSupported"));
        QVERIFY(!queue().item(refused).error.nextStep.isEmpty());
    }

    void moveToSuccess() {
        const Address a = boundEip();
        const auto b = addInstance(a);
        QSignalSpy busy(&queue(), &OperationQueue::busyChanged);
        const qint64 key = queue().enqueueMove(a, {b.id, {}, {}});
        QVERIFY(key > 0);
        QCOMPARE(queue().enqueueMove(a, {b.id, {}, {}}), 0);                        // busy
        QCOMPARE(queue().activeStepBinds(a.addressId), std::optional<bool>(false)); // unbinding
        QTRY_VERIFY_WITH_TIMEOUT(queue().activeStepBinds(a.addressId) == std::optional<bool>(true),
                                 kTimeout); // then binding: the row says so
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(busy.count(), 3); // busy, the step, free
        QVERIFY(!queue().activeStepBinds(a.addressId).has_value());
        QVERIFY2(stateOf(key) == OperationState::Succeeded, dump(key));
        QVERIFY(!queue().canUndo(queue().item(key).entry)); // a finished move is not undone
        QCOMPARE(sb().current(a.addressId)->instanceId, b.id);
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1);
        QCOMPARE(sb().network().sent(QStringLiteral("AssociateAddress")), 1);
        QCOMPARE(world().writeCount(a.addressId), 2);
        const OperationItem item = queue().item(key);
        QCOMPARE(item.entry.step, 1);
        const JournalEntry e = *m_journal->entry(item.entry.id);
        QCOMPARE(e.kind, JournalEntry::Kind::Move);
        QCOMPARE(e.step, 1);
        QCOMPARE(e.previousInstanceId, a.instanceId);
        QCOMPARE(e.targetInstanceId, b.id);
        // Both steps are in the entry's requests, in order.
        QStringList writes;
        for (const JournalRequest& r : m_journal->requests(e.id))
            if (!r.action.startsWith(QLatin1String("Describe")))
                writes << r.action;
        QCOMPARE(writes, QStringList({QStringLiteral("DisassociateAddress"),
                                      QStringLiteral("AssociateAddress")}));
    }

    void moveRefusals() {
        const Address a = boundEip();
        QCOMPARE(queue().enqueueMove(a, {a.instanceId, {}, {}}), 0); // where it already is
        Address idle = a;
        idle.addressStatus = QLatin1String(AddressStatus::Unbind);
        QCOMPARE(queue().enqueueMove(idle, {QStringLiteral("ins-x"), {}, {}}), 0); // not bound
        QCOMPARE(queue().enqueueMove(a, {}), 0);
        QVERIFY(!queue().isBusy(a.addressId));
    }

    void moveWhoseBindFailsOffersTheWayBack() {
        const Address a = boundEip();
        const auto b = addInstance(a);
        world().setInstanceState(sb().region(), b.id, QStringLiteral("SHUTDOWN"));
        const qint64 key = queue().enqueueMove(a, {b.id, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QVERIFY2(stateOf(key) == OperationState::Failed, dump(key));
        const OperationItem failed = queue().item(key);
        QCOMPARE(failed.entry.step, 1); // the unbind happened, the bind did not
        QCOMPARE(failed.error.code,
                 QStringLiteral("UnsupportedOperation.InstanceStateNotSupported"));
        QCOMPARE(sb().current(a.addressId)->addressStatus, QStringLiteral("UNBIND"));
        QCOMPARE(queue().retryFailed(), 0); // never an unbind again behind the user's back
        // The way back: a re-bind to where it was, linked to the move.
        QCOMPARE(failed.entry.previousTarget().networkInterfaceId, a.networkInterfaceId);
        QCOMPARE(failed.entry.previousTarget().privateIp, a.privateAddressIp);
        const JournalEntry moved = *m_journal->entry(failed.entry.id);
        QVERIFY(queue().canUndo(moved));
        const qint64 backKey = queue().enqueueUndo(moved);
        QVERIFY(backKey > 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QVERIFY2(stateOf(backKey) == OperationState::Succeeded, dump(backKey));
        QCOMPARE(sb().current(a.addressId)->instanceId, a.instanceId);
        QCOMPARE(m_journal->entry(queue().item(backKey).entry.id)->parentId, failed.entry.id);
        QVERIFY(!queue().canUndo(moved)); // once
    }

    void moveInterruptedAfterItsUnbindIsResumedWithTheBind() {
        // The window quits while the move's unbind task runs: the entry stays pending at step 0.
        world().setUnbindDurationMs(1500);
        const Address a = boundEip();
        const auto b = addInstance(a);
        const qint64 key = queue().enqueueMove(a, {b.id, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(key) == OperationState::Running, kTimeout);
        const qint64 id = queue().item(key).entry.id;
        m_queue.reset();
        QCOMPARE(m_journal->entry(id)->state, OperationState::Running);
        QCOMPARE(m_journal->entry(id)->step, 0);
        // The next start follows the unbind to its end, then binds.
        newQueue();
        QCOMPARE(queue().resumePending(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_journal->entry(id)->state == OperationState::Succeeded,
                                 kTimeout);
        QCOMPARE(m_journal->entry(id)->step, 1);
        QCOMPARE(sb().current(a.addressId)->instanceId, b.id);
        QCOMPARE(world().writeCount(a.addressId), 2);
    }

    void moveKilledBetweenItsStepsIsResumedWithTheBind() {
        // What a SIGKILL right after the unbind leaves: step 1 journaled, the bind not sent.
        const Address a = boundEip();
        const auto b = addInstance(a);
        Address idle = a;
        idle.addressStatus = QLatin1String(AddressStatus::Unbind);
        idle.instanceId.clear();
        idle.instanceType.clear();
        idle.networkInterfaceId.clear();
        idle.privateAddressIp.clear();
        world().updateAddress(idle);
        JournalEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.profile = QStringLiteral("sandbox");
        e.region = a.region;
        e.addressId = a.addressId;
        e.addressIp = a.addressIp;
        e.kind = JournalEntry::Kind::Move;
        e.previousInstanceId = a.instanceId;
        e.previousInstanceType = QStringLiteral("CVM");
        e.previousEniId = a.networkInterfaceId;
        e.previousPrivateIp = a.privateAddressIp;
        e.targetInstanceId = b.id;
        e.step = 1;
        e.state = OperationState::Sending;
        e.owner = QStringLiteral("a-process-that-is-gone");
        QVERIFY(m_journal->add(e));
        QCOMPARE(queue().resumePending(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_journal->entry(e.id)->state == OperationState::Succeeded,
                                 kTimeout);
        QCOMPARE(sb().current(a.addressId)->instanceId, b.id);
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 0);
        QCOMPARE(sb().network().sent(QStringLiteral("AssociateAddress")), 1);
    }

    void undoAnUnbind() {
        const Address a = boundEip();
        const qint64 unbind = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(stateOf(unbind), OperationState::Succeeded);
        const JournalEntry done = *m_journal->entry(queue().item(unbind).entry.id);
        QVERIFY(queue().canUndo(done));
        const qint64 undo = queue().enqueueUndo(done);
        QVERIFY(undo > 0);
        QVERIFY(!queue().canUndo(done)); // busy, then done: one undo per unbind
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QVERIFY2(stateOf(undo) == OperationState::Succeeded, dump(undo));
        QCOMPARE(sb().current(a.addressId)->instanceId, a.instanceId);
        QCOMPARE(sb().current(a.addressId)->privateAddressIp, a.privateAddressIp);
        QCOMPARE(sb().current(a.addressId)->addressStatus, a.addressStatus);
        const JournalEntry e = *m_journal->entry(queue().item(undo).entry.id);
        QCOMPARE(e.kind, JournalEntry::Kind::Rebind);
        QCOMPARE(e.parentId, done.id);
        QVERIFY(!queue().canUndo(done));
        QCOMPARE(queue().enqueueUndo(done), 0);
    }

    void undoSkippedWhenTheEipWasBoundMeanwhile() {
        const Address a = boundEip();
        const qint64 unbind = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        const JournalEntry done = *m_journal->entry(queue().item(unbind).entry.id);
        const auto other = addInstance(a);
        Address elsewhere = *sb().current(a.addressId);
        elsewhere.addressStatus = QLatin1String(AddressStatus::Bind);
        elsewhere.instanceId = other.id;
        world().updateAddress(elsewhere);
        const qint64 undo = queue().enqueueUndo(done);
        QVERIFY(undo > 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(stateOf(undo), OperationState::Skipped);
        QCOMPARE(sb().network().sent(QStringLiteral("AssociateAddress")), 0);
        QVERIFY(queue().canUndo(done)); // a skipped undo does not count
    }

    void journalSchemaTwoIsMigrated() {
        // A schema-2 re-bind (target in the "previous" columns only) still knows its target.
        JournalEntry old;
        old.kind = JournalEntry::Kind::Rebind;
        old.previousInstanceId = QStringLiteral("ins-old");
        QCOMPARE(old.target().instanceId, QStringLiteral("ins-old"));
        // An EIP on a secondary IP goes back to that IP, not to the instance's primary one.
        JournalEntry secondary;
        secondary.previousInstanceId = QStringLiteral("ins-1");
        secondary.previousInstanceType = QStringLiteral("CVM");
        secondary.previousEniId = QStringLiteral("eni-1");
        secondary.previousPrivateIp = QStringLiteral("10.0.0.9");
        const OperationTarget expected{{}, QStringLiteral("eni-1"), QStringLiteral("10.0.0.9")};
        QVERIFY(secondary.previousTarget() == expected);
        JournalEntry nat;
        nat.kind = JournalEntry::Kind::Unbind;
        nat.previousInstanceId = QStringLiteral("nat-1");
        nat.previousInstanceType = QStringLiteral("NAT");
        QVERIFY(nat.previousTarget().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBindMove)
#include "tst_bindmove.moc"
