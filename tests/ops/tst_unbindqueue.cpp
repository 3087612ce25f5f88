// SPDX-License-Identifier: GPL-3.0-or-later
// The unbind queue end to end against the in-process sandbox (real HTTP over loopback, a real
// SQLite journal): success with and without reallocation, FAILED tasks, mutex collisions, a
// rate-limited burst, the NAT path, lost replies, pre-flight changes, pause and cancel.
#include "OpsSandbox.h"
#include "QueueFixture.h"
#include "api/ApiClient.h"
#include "core/AddressStatus.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;

namespace {
constexpr int kTimeout = 60000;
} // namespace

class TestUnbindQueue : public QObject, private test::QueueFixture {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateUserDirectories(); }

    void init() {
        const QString problem = setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { tearDown(); }

    void unbindOneToSuccess_data() {
        QTest::addColumn<bool>("reallocate");
        QTest::newRow("keep no public IP") << false;
        QTest::newRow("reallocate a normal public IP") << true;
    }

    void unbindOneToSuccess() {
        QFETCH(bool, reallocate);
        const QList<Address> picked = sb().reallocatable(1);
        QCOMPARE(picked.size(), 1);
        const Address a = picked.first();
        const int reallocationsBefore =
            sb().server().world()->reallocationsToday(sb().server().secretId());
        QSignalSpy ended(&queue(), &OperationQueue::itemEnded);
        const qint64 key = queue().enqueue({a}, reallocate).first();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), OperationState::Succeeded, kTimeout);
        QCOMPARE(ended.count(), 1);
        const OperationItem item = queue().item(key);
        QVERIFY(!item.entry.taskId.isEmpty());
        QVERIFY(!item.entry.requestId.isEmpty());
        QVERIFY(item.error.isEmpty());
        QCOMPARE(sb().current(a.addressId)->addressStatus, QStringLiteral("UNBIND"));
        QCOMPARE(sb().server().world()->reallocationsToday(sb().server().secretId()),
                 reallocationsBefore + (reallocate ? 1 : 0));
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1);

        // The journal says so, with everything needed to re-bind.
        const auto e = m_journal->entry(item.entry.id);
        QVERIFY(e.has_value());
        QCOMPARE(e->state, OperationState::Succeeded);
        QCOMPARE(e->profile, QStringLiteral("sandbox"));
        QCOMPARE(e->region, sb().region());
        QCOMPARE(e->addressId, a.addressId);
        QCOMPARE(e->addressIp, a.addressIp);
        QCOMPARE(e->previousInstanceId, a.instanceId);
        QCOMPARE(e->previousEniId, a.networkInterfaceId);
        QCOMPARE(e->previousPrivateIp, a.privateAddressIp);
        QCOMPARE(e->reallocate, reallocate);
        QCOMPARE(e->taskId, item.entry.taskId);
        QCOMPARE(e->requestId, item.entry.requestId);
        QVERIFY(e->finishedAt.isValid());
        QVERIFY(e->errorCode.isEmpty());
    }

    void failedTaskIsAnError() {
        const Address a = sb().unbindable(1).first();
        sb().server().world()->scriptTaskOutcome(a.addressId, sandbox::TaskOutcome::Fail);
        const qint64 key = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(stateOf(key)), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Failed);
        const OperationItem item = queue().item(key);
        QCOMPARE(item.error.code, QStringLiteral("FailedOperation.TaskFailed"));
        QVERIFY(!item.error.title.isEmpty());
        QVERIFY(!item.entry.taskId.isEmpty());
        QCOMPARE(m_journal->entry(item.entry.id)->state, OperationState::Failed);
        QCOMPARE(queue().progress().failed, 1);
        QCOMPARE(queue().progress().succeeded, 0);
    }

    void mutexCollisionSameEipTwice() {
        // Two unbinds of one EIP: the second is refused while the first is queued or runs.
        const Address a = sb().unbindable(1).first();
        const QList<qint64> keys = queue().enqueue({a, a}, false);
        QCOMPARE(keys.size(), 1);
        QVERIFY(queue().isBusy(a.addressId));
        QVERIFY(queue().enqueue({a}, false).isEmpty());
        QCOMPARE(queue().enqueueBind(a, JournalEntry::Kind::Rebind, {a.instanceId, {}, {}}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(stateOf(keys.at(0)), OperationState::Succeeded);
        QVERIFY(!queue().isBusy(a.addressId));
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1);
        QCOMPARE(sb().server().world()->writeCount(a.addressId), 1);
    }

    void rebindThroughTheQueue() {
        // Unbind, then re-bind to the same instance: AssociateAddress, followed to BIND.
        const Address a = sb().unbindable(1,
                                          [](const Address& x) {
                                              return x.instanceId.startsWith(QLatin1String("ins-"));
                                          })
                              .first();
        const qint64 unbind = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(stateOf(unbind), OperationState::Succeeded);
        Address now = *sb().current(a.addressId);
        now.region = a.region;
        const qint64 key =
            queue().enqueueBind(now, JournalEntry::Kind::Rebind, {a.instanceId, {}, {}});
        QVERIFY(key > 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Succeeded);
        QCOMPARE(sb().current(a.addressId)->instanceId, a.instanceId);
        QCOMPARE(sb().network().sent(QStringLiteral("AssociateAddress")), 1);
        QCOMPARE(sb().server().world()->writeCount(a.addressId), 2);
        const JournalEntry e = *m_journal->entry(queue().item(key).entry.id);
        QCOMPARE(e.kind, JournalEntry::Kind::Rebind);
        QCOMPARE(e.state, OperationState::Succeeded);
    }

    void mutexFromServerThenRetryFailed() {
        const Address a = sb().unbindable(1).first();
        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DisassociateAddress");
        rule.code = QStringLiteral("OperationDenied.MutexTaskRunning");
        rule.count = 10; // more than the client's own retries
        sb().server().faults()->addRule(rule);
        const qint64 key = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(stateOf(key)), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Failed);
        const OperationItem failed = queue().item(key);
        QCOMPARE(failed.error.code, QStringLiteral("OperationDenied.MutexTaskRunning"));
        QVERIFY(failed.error.known);
        QVERIFY(!failed.error.requestId.isEmpty());
        sb().server().faults()->clear();
        QCOMPARE(queue().retryFailed(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), OperationState::Succeeded, kTimeout);
        QVERIFY(queue().item(key).entry.id != failed.entry.id); // each attempt is journaled
        QCOMPARE(m_journal->entries().size(), 2);
    }

    void burstOf40StaysUnderTheRateLimit() {
        const QList<Address> picked = sb().unbindable(40);
        QCOMPARE(picked.size(), 40);
        QSignalSpy progress(&queue(), &OperationQueue::progressChanged);
        queue().enqueue(picked, false);
        QCOMPARE(queue().progress().total, 40);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), kTimeout * 2);
        const OperationProgress p = queue().progress();
        for (const OperationItem& i : queue().items())
            QVERIFY2(i.state() == OperationState::Succeeded, dump(i.key).constData());
        QCOMPARE(p.succeeded, 40);
        QCOMPARE(p.done, 40);
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 40);
        QCOMPARE(sb().network().rateLimitedReplies(), 0);
        QVERIFY(progress.count() > 40);
    }

    void natGatewayPath() {
        const auto nat = sb().natAddress();
        QVERIFY(nat.has_value());
        const qint64 key = queue().enqueue({*nat}, true).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(stateOf(key)), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Succeeded);
        const OperationItem item = queue().item(key);
        QCOMPARE(item.entry.kind, JournalEntry::Kind::UnbindNat);
        QVERIFY(item.entry.taskId.isEmpty()); // no TaskId: DescribeAddresses until UNBIND
        QVERIFY(!item.entry.requestId.isEmpty());
        QVERIFY(!item.entry.reallocate); // never sent for NAT
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateNatGatewayAddress")), 1);
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 0);
        QCOMPARE(sb().current(nat->addressId)->addressStatus, QStringLiteral("UNBIND"));
    }

    void lostReplyReconciledByReReading() {
        const Address a = sb().unbindable(1).first();
        sb().client()->setDefaultTimeoutMs(400);
        // Once the unbind is on its way its reply comes too late (the unbind itself happens);
        // the re-reading that follows gets prompt answers again.
        auto* faults = sb().server().faults();
        QList<OperationState> seen;
        QStringList codes;
        connect(&queue(), &OperationQueue::itemChanged, this, [&, faults](qint64 k) {
            seen << stateOf(k);
            codes << queue().item(k).error.code;
            if (stateOf(k) == OperationState::Sending)
                faults->setLatency(1500);
            else if (stateOf(k) == OperationState::Unknown)
                faults->clear();
        });
        const qint64 key = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(stateOf(key)), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Succeeded);
        QVERIFY(seen.contains(OperationState::Unknown));
        QVERIFY(codes.contains(QStringLiteral("ClientError.OutcomeUnknown")));
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1); // never re-sent
        disconnect(&queue(), &OperationQueue::itemChanged, this, nullptr);
    }

    void lostReplyThatDidNotHappen() {
        const Address a = sb().unbindable(1).first();
        sandbox::FaultRule drop;
        drop.action = QStringLiteral("DisassociateAddress");
        drop.kind = sandbox::FaultRule::Kind::Drop;
        drop.count = 1;
        sb().server().faults()->addRule(drop);
        const qint64 key = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(stateOf(key)), kTimeout);
        QVERIFY2(stateOf(key) == OperationState::Failed, dump(key).constData());
        QCOMPARE(queue().item(key).error.code, ErrorCatalog::notHappenedCode());
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1);
        QCOMPARE(queue().retryFailed(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), OperationState::Succeeded, kTimeout);
    }

    void stillRunningThenCheckAgain() {
        const Address a = sb().unbindable(1).first();
        sb().server().world()->scriptTaskOutcome(a.addressId, sandbox::TaskOutcome::NeverFinish);
        PollSchedule s = test::OpsSandbox::fastSchedule();
        s.totalMs = 1200;
        queue().setPollSchedule(s);
        const qint64 key = queue().enqueue({a}, false).first();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), OperationState::StillRunning, kTimeout);
        QCOMPARE(queue().item(key).error.code, ErrorCatalog::stillRunningCode());
        QCOMPARE(m_journal->pending().size(), 1); // resumed at the next start
        QCOMPARE(queue().checkAgain(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), OperationState::Running, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), OperationState::StillRunning, kTimeout);
    }

    void preflightSkipsChangedAddress() {
        Address a = sb().unbindable(1).first();
        a.privateAddressIp = QStringLiteral("10.255.255.254"); // not what the server has now
        const qint64 key = queue().enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(stateOf(key)), kTimeout);
        QCOMPARE(stateOf(key), OperationState::Skipped);
        QCOMPARE(queue().item(key).error.code, ErrorCatalog::addressChangedCode());
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 0);

        Address gone = a;
        gone.addressId = QStringLiteral("eip-zz99zz99");
        const qint64 key2 = queue().enqueue({gone}, false).first();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key2), OperationState::Skipped, kTimeout);
        QCOMPARE(queue().item(key2).error.code, ErrorCatalog::addressGoneCode());
    }

    // A paused queue starts nothing. What shows it had every chance to: a second queue on the
    // same event loop, given its unbind after the paused one got its five, takes that unbind
    // all the way to Succeeded meanwhile (the paused queue's dispatch came first).
    void pauseAndCancelPending() {
        const QList<Address> picked = sb().unbindable(7);
        QCOMPARE(picked.size(), 7);
        queue().pause();
        QSignalSpy changed(&queue(), &OperationQueue::itemChanged);
        const QList<qint64> keys = queue().enqueue(picked.mid(0, 5), false);
        QCOMPARE(keys.size(), 5);
        OperationQueue witness(m_journal.get(), &sb().clock());
        witness.setPollSchedule(test::OpsSandbox::fastSchedule());
        witness.setSession(sb().api(), QStringLiteral("sandbox"));
        const qint64 w = witness.enqueue({picked.at(5)}, false).first();
        QTRY_COMPARE_WITH_TIMEOUT(witness.item(w).state(), OperationState::Succeeded, kTimeout);
        QCOMPARE(changed.count(), 0); // not one item of the paused queue moved (to Checking)
        for (qint64 k : keys)
            QCOMPARE(stateOf(k), OperationState::Queued);
        QCOMPARE(queue().progress().queued, 5);
        QCOMPARE(queue().progress().active, 0);
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1); // the witness's

        QCOMPARE(queue().cancelPending(), 5);
        for (qint64 k : keys)
            QCOMPARE(stateOf(k), OperationState::Canceled);
        // Resumed, the queue sends again: an unbind enqueued now goes through, and by the time
        // it has, the canceled five would have gone before it. They did not.
        queue().resume();
        const qint64 fresh = queue().enqueue({picked.at(6)}, false).first();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(fresh), OperationState::Succeeded, kTimeout);
        for (qint64 k : keys)
            QCOMPARE(stateOf(k), OperationState::Canceled);
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 2);
        for (int i = 0; i < 5; ++i)
            QVERIFY(sb().current(picked.at(i).addressId)->addressStatus != QLatin1String("UNBIND"));
        JournalFilter f;
        f.state = OperationState::Canceled;
        QCOMPARE(m_journal->entries(f).size(), 5);
    }

    // A queue without a session (no VpcApi) sends nothing and says so: api() is null, its item
    // stays Queued (its EIP reserved), progress counts it queued and nothing active, and it is
    // not settled. Once a session comes, the item goes through. The fixture's queue, which has
    // a session, is the witness that the session-less one had time to act: its unbind,
    // enqueued after, reaches Succeeded first.
    void noSessionHoldsItemsUntilOneComes() {
        const QList<Address> picked = sb().unbindable(2);
        QCOMPARE(picked.size(), 2);
        const Address waiting = picked.at(0);
        OperationQueue q(m_journal.get(), &sb().clock());
        q.setPollSchedule(test::OpsSandbox::fastSchedule());
        QVERIFY(q.api() == nullptr);
        QSignalSpy changed(&q, &OperationQueue::itemChanged);
        const qint64 key = q.enqueue({waiting}, false).first();
        const qint64 w = queue().enqueue({picked.at(1)}, false).first();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w), OperationState::Succeeded, kTimeout);

        QCOMPARE(changed.count(), 0);
        QCOMPARE(q.item(key).state(), OperationState::Queued);
        QVERIFY(q.isBusy(waiting.addressId));
        const OperationProgress p = q.progress();
        QCOMPARE(p.queued, 1);
        QCOMPARE(p.active, 0);
        QVERIFY(!p.isIdle());
        QVERIFY(!q.isSettled());
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 1); // the witness's
        QCOMPARE(sb().current(waiting.addressId)->addressStatus, waiting.addressStatus);

        q.setSession(sb().api(), QStringLiteral("sandbox"));
        QTRY_COMPARE_WITH_TIMEOUT(q.item(key).state(), OperationState::Succeeded, kTimeout);
        QVERIFY(q.isSettled());
        QVERIFY(!q.isBusy(waiting.addressId));
        QCOMPARE(sb().network().sent(QStringLiteral("DisassociateAddress")), 2);
        QCOMPARE(sb().current(waiting.addressId)->addressStatus, QStringLiteral("UNBIND"));
    }
};

QTEST_GUILESS_MAIN(TestUnbindQueue)
#include "tst_unbindqueue.moc"
