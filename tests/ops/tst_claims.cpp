// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per EIP across processes, on a real SQLite journal shared by two Journal objects
// (two owners, as two processes are): claims are exclusive, a dead owner's claim (its process
// gone, or its heartbeat old on another host) is taken over, a closed journal gives its claims
// back, the queue skips an EIP another owner holds (nothing sent, the holder named) or waits
// for it (--wait), resumePending leaves a live owner's entries alone, every request of an
// operation is kept, a task the server will not describe ends with the address's truth, and a
// version-1 journal is migrated. Against the in-process sandbox (real HTTP over loopback).
#include "OpsSandbox.h"
#include "api/ApiClient.h"
#include "core/ProcessIdentity.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "ops/TaskWatcher.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;

namespace {
PollSchedule fastSchedule() {
    return {100, 1.5, 300, 20000}; // quicker than OpsSandbox::fastSchedule(): many waits
}
constexpr int kTimeout = 60000;
const QString kProfile = QStringLiteral("sandbox");

// A process ID that is certainly not running: a child that has exited (and been reaped).
qint64 deadPid() {
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    p.waitForFinished(30000);
    return p.processId() > 0 ? p.processId() : 999999;
}

// Writes rows as another process would (its own connection to the same file).
bool plantOwner(const QString& path, const QString& token, qint64 pid, const QString& host,
                qint64 beatMs, const QString& addressId, qint64 entryId) {
    const QString name = QStringLiteral("plant-") + token;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO owners (token, pid, host, program, "
                                     "start_marker, started_at, beat_at) VALUES (?,?,?,?,0,?,?)"));
            q.addBindValue(token);
            q.addBindValue(pid);
            q.addBindValue(host);
            q.addBindValue(QStringLiteral("eipdesk unbind"));
            q.addBindValue(beatMs);
            q.addBindValue(beatMs);
            ok = q.exec();
            if (ok && !addressId.isEmpty()) {
                q.prepare(QStringLiteral("INSERT INTO claims (profile, region, address_id, owner, "
                                         "entry_id, claimed_at) VALUES (?,?,?,?,?,?)"));
                q.addBindValue(kProfile);
                q.addBindValue(QStringLiteral("ap-guangzhou"));
                q.addBindValue(addressId);
                q.addBindValue(token);
                q.addBindValue(entryId);
                q.addBindValue(beatMs);
                ok = q.exec();
            }
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestClaims : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    const QString m_region = QStringLiteral("ap-guangzhou");

private slots:
    void initTestCase() { test::isolateUserDirectories(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void claimIsExclusiveUntilReleased() {
        SystemClock clock;
        Journal window(&clock);
        window.setProgram(QStringLiteral("window"));
        Journal cli(&clock);
        cli.setProgram(QStringLiteral("eipdesk unbind"));
        QVERIFY(window.open(path()));
        QVERIFY(cli.open(path()));
        QVERIFY(window.owner().token != cli.owner().token);

        const ClaimResult first = window.claim(kProfile, m_region, QStringLiteral("eip-1"), 7);
        QVERIFY(first.ok);
        QVERIFY(!first.tookOver);
        QVERIFY(window.claim(kProfile, m_region, QStringLiteral("eip-1"), 7).ok); // idempotent

        const ClaimResult second = cli.claim(kProfile, m_region, QStringLiteral("eip-1"), 8);
        QVERIFY(!second.ok);
        QVERIFY(second.error.isEmpty());
        QCOMPARE(second.holder.program, QStringLiteral("window"));
        QCOMPARE(second.holder.pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder.entryId, qint64(7));
        QVERIFY(second.holder.since.isValid());
        QVERIFY(cli.liveHolder(kProfile, m_region, QStringLiteral("eip-1")).has_value());
        // Another EIP, or the same ID in another profile, is free.
        QVERIFY(cli.claim(kProfile, m_region, QStringLiteral("eip-2"), 9).ok);
        QVERIFY(cli.claim(QStringLiteral("other"), m_region, QStringLiteral("eip-1"), 9).ok);

        window.releaseClaim(kProfile, m_region, QStringLiteral("eip-1"));
        const ClaimResult third = cli.claim(kProfile, m_region, QStringLiteral("eip-1"), 8);
        QVERIFY(third.ok);
        QVERIFY(!third.tookOver);
        // The release of an owner that no longer holds it changes nothing.
        window.releaseClaim(kProfile, m_region, QStringLiteral("eip-1"));
        QVERIFY(!window.claim(kProfile, m_region, QStringLiteral("eip-1"), 7).ok);
    }

    void closedJournalGivesItsClaimsBack() {
        SystemClock clock;
        Journal a(&clock);
        Journal b(&clock);
        QVERIFY(a.open(path()));
        QVERIFY(b.open(path()));
        QVERIFY(a.claim(kProfile, m_region, QStringLiteral("eip-1"), 1).ok);
        QVERIFY(!b.claim(kProfile, m_region, QStringLiteral("eip-1"), 2).ok);
        a.close();
        const ClaimResult r = b.claim(kProfile, m_region, QStringLiteral("eip-1"), 2);
        QVERIFY(r.ok);
        QVERIFY(!r.tookOver); // given back, not taken over
    }

    void deadOwnersClaimIsTakenOver() {
        SystemClock clock;
        Journal b(&clock);
        QVERIFY(b.open(path()));
        const qint64 pid = deadPid();
        QVERIFY(!ProcessIdentity::isRunning(pid, 0));
        QVERIFY(plantOwner(path(), QStringLiteral("dead-owner"), pid, ProcessIdentity::thisHost(),
                           clock.nowMSecs(), QStringLiteral("eip-1"), 3));
        QVERIFY(!b.isOwnerAlive(QStringLiteral("dead-owner")));
        QVERIFY(!b.liveHolder(kProfile, m_region, QStringLiteral("eip-1")).has_value());
        const ClaimResult r = b.claim(kProfile, m_region, QStringLiteral("eip-1"), 4);
        QVERIFY(r.ok);
        QVERIFY(r.tookOver);
        QCOMPARE(r.holder.program, QStringLiteral("eipdesk unbind"));
        QCOMPARE(r.holder.pid, pid);
        QCOMPARE(r.holder.entryId, qint64(3));
    }

    void otherHostCountsAsAliveWhileItsHeartbeatIsRecent() {
        SystemClock clock;
        Journal b(&clock);
        QVERIFY(b.open(path()));
        // A live process ID of this host means nothing on another host: the heartbeat counts.
        QVERIFY(plantOwner(path(), QStringLiteral("remote-fresh"), 1, QStringLiteral("elsewhere"),
                           clock.nowMSecs() - 5000, QStringLiteral("eip-1"), 1));
        QVERIFY(plantOwner(path(), QStringLiteral("remote-stale"), 1, QStringLiteral("elsewhere"),
                           clock.nowMSecs() - Journal::OwnerLeaseMs - 60000,
                           QStringLiteral("eip-2"), 2));
        const ClaimResult fresh = b.claim(kProfile, m_region, QStringLiteral("eip-1"), 5);
        QVERIFY(!fresh.ok);
        QCOMPARE(fresh.holder.host, QStringLiteral("elsewhere"));
        const ClaimResult stale = b.claim(kProfile, m_region, QStringLiteral("eip-2"), 6);
        QVERIFY(stale.ok);
        QVERIFY(stale.tookOver);
    }

    void versionOneJournalIsMigrated() {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE operations (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at "
                "INTEGER NOT NULL, finished_at INTEGER, profile TEXT NOT NULL DEFAULT '', region "
                "TEXT NOT NULL, address_id TEXT NOT NULL, address_ip TEXT NOT NULL DEFAULT '', "
                "kind TEXT NOT NULL, prev_instance_id TEXT NOT NULL DEFAULT '', "
                "prev_instance_type TEXT NOT NULL DEFAULT '', prev_eni_id TEXT NOT NULL DEFAULT "
                "'', prev_private_ip TEXT NOT NULL DEFAULT '', reallocate INTEGER NOT NULL "
                "DEFAULT 0, task_id TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT "
                "'', state TEXT NOT NULL, error_code TEXT NOT NULL DEFAULT '', error_message "
                "TEXT NOT NULL DEFAULT '')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO operations (started_at, profile, region, address_id, kind, task_id, "
                "state) VALUES (1700000000000, 'sandbox', 'ap-guangzhou', 'eip-old', 'unbind', "
                "'42', 'running')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        SystemClock clock;
        Journal j(&clock);
        QVERIFY2(j.open(path()), qPrintable(j.lastError()));
        const QList<JournalEntry> pending = j.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().addressId, QStringLiteral("eip-old"));
        QVERIFY(pending.first().owner.isEmpty());
        QVERIFY(!j.isLiveElsewhere(pending.first())); // nobody follows it: settle it
        QVERIFY(j.claim(kProfile, m_region, QStringLiteral("eip-old"), pending.first().id).ok);
        j.close();
        QVERIFY(j.open(path())); // opening a version-2 journal again changes nothing
        QCOMPARE(j.pending().size(), 1);
    }

    void everyRequestIsKeptAndSearchable() {
        SystemClock clock;
        Journal j(&clock);
        QVERIFY(j.open(path()));
        JournalEntry e;
        e.profile = kProfile;
        e.region = m_region;
        e.addressId = QStringLiteral("eip-1");
        e.state = OperationState::Running;
        QVERIFY(j.add(e));
        QCOMPARE(e.owner, j.owner().token);
        QVERIFY(j.addRequest(
            {e.id, {}, QStringLiteral("DescribeAddresses"), QStringLiteral("rid-read"), {}, {}}));
        QVERIFY(j.addRequest({e.id,
                              {},
                              QStringLiteral("DisassociateAddress"),
                              QStringLiteral("rid-write"),
                              QStringLiteral("77"),
                              {}}));
        const QList<JournalRequest> r = j.requests(e.id);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).action, QStringLiteral("DescribeAddresses"));
        QCOMPARE(r.at(1).taskId, QStringLiteral("77"));
        QVERIFY(r.at(1).at.isValid());
        JournalFilter f;
        f.text = QStringLiteral("RID-READ"); // a read's RequestId finds its operation
        QCOMPARE(j.entries(f).size(), 1);
        f.text = QStringLiteral("no-such-request");
        QCOMPARE(j.entries(f).size(), 0);
    }

    // The queue: an EIP another owner holds is skipped (nothing sent, the holder named) ...
    void queueSkipsAnEipAnotherOwnerHolds() {
        test::OpsSandbox sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const Address a = sb.unbindable(1).first();
        Journal other(&sb.clock());
        other.setProgram(QStringLiteral("eipdesk unbind"));
        Journal mine(&sb.clock());
        QVERIFY(other.open(path()));
        QVERIFY(mine.open(path()));
        QVERIFY(other.claim(kProfile, a.region, a.addressId, 1).ok);

        OperationQueue queue(&mine, &sb.clock());
        queue.setPollSchedule(fastSchedule());
        queue.setSession(sb.api(), kProfile);
        const qint64 key = queue.enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(queue.isSettled(), kTimeout);
        const OperationItem item = queue.item(key);
        QCOMPARE(item.state(), OperationState::Skipped);
        QCOMPARE(item.error.code, ErrorCatalog::claimedElsewhereCode());
        QVERIFY(item.entry.errorMessage.contains(QStringLiteral("eipdesk unbind")));
        QCOMPARE(sb.server().world()->writeCount(a.addressId), 0);
        QCOMPARE(sb.network().sent(QStringLiteral("DisassociateAddress")), 0);
        QCOMPARE(mine.entry(item.entry.id)->state, OperationState::Skipped);
    }

    // ... or, asked to wait, waits for it and then goes ahead (after reading the address).
    void queueWaitsForTheClaimWhenAsked() {
        test::OpsSandbox sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const Address a = sb.unbindable(1).first();
        Journal other(&sb.clock());
        Journal mine(&sb.clock());
        QVERIFY(other.open(path()));
        QVERIFY(mine.open(path()));
        QVERIFY(other.claim(kProfile, a.region, a.addressId, 1).ok);

        OperationQueue queue(&mine, &sb.clock());
        queue.setPollSchedule(fastSchedule());
        queue.setWaitForClaims(true, 50);
        queue.setSession(sb.api(), kProfile);
        QSignalSpy waiting(&queue, &OperationQueue::waitingForClaim);
        const qint64 key = queue.enqueue({a}, false).first();
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, kTimeout);
        QTest::qWait(300); // several retries: still waiting, nothing sent, signalled once
        QCOMPARE(queue.item(key).state(), OperationState::Queued);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(sb.server().world()->writeCount(a.addressId), 0);
        other.releaseClaim(kProfile, a.region, a.addressId);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(key).state(), OperationState::Succeeded, kTimeout);
        QCOMPARE(sb.server().world()->writeCount(a.addressId), 1);
        // Final: the claim is given back.
        QVERIFY(other.claim(kProfile, a.region, a.addressId, 1).ok);
    }

    void resumeLeavesALiveOwnersEntriesAlone() {
        test::OpsSandbox sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const Address a = sb.unbindable(1).first();
        auto other = std::make_unique<Journal>(&sb.clock());
        Journal mine(&sb.clock());
        QVERIFY(other->open(path()));
        QVERIFY(mine.open(path()));
        JournalEntry e;
        e.profile = kProfile;
        e.region = a.region;
        e.addressId = a.addressId;
        e.addressIp = a.addressIp;
        e.previousInstanceId = a.instanceId;
        e.state = OperationState::Unknown; // sent, reply lost: the other process reconciles it
        QVERIFY(other->add(e));
        JournalEntry queued = e;
        queued.state = OperationState::Queued; // the other process has not sent it yet
        QVERIFY(other->add(queued));

        OperationQueue queue(&mine, &sb.clock());
        queue.setPollSchedule(fastSchedule());
        queue.setSession(sb.api(), kProfile);
        QCOMPARE(queue.resumePending(), 0);
        QCOMPARE(mine.entry(queued.id)->state, OperationState::Queued); // not canceled under it

        other.reset(); // that process ends (its journal closes): now it is ours to settle
        QCOMPARE(queue.resumePending(), 1);
        QCOMPARE(mine.entry(queued.id)->state, OperationState::Canceled);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isSettled(), kTimeout);
        const JournalEntry settled = *mine.entry(e.id);
        // The address was still bound: the lost write did not happen.
        QCOMPARE(settled.state, OperationState::Failed);
        QCOMPARE(settled.learnedBy, QStringLiteral("address"));
        const QList<JournalRequest> reqs = mine.requests(e.id);
        QVERIFY(!reqs.isEmpty());
        QCOMPARE(reqs.last().action, QStringLiteral("DescribeAddresses"));
        QVERIFY(!reqs.last().requestId.isEmpty());
        QCOMPARE(sb.server().world()->writeCount(a.addressId), 0); // never re-sent
    }

    // A task the server will not describe ends with what the address says, quickly.
    void unreadableTaskEndsWithTheAddressTruth_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed replies") << int(sandbox::FaultRule::Kind::Malformed) << QString();
        QTest::newRow("dropped connections") << int(sandbox::FaultRule::Kind::Drop) << QString();
        QTest::newRow("ResourceNotFound")
            << int(sandbox::FaultRule::Kind::Error) << QStringLiteral("ResourceNotFound");
    }

    void unreadableTaskEndsWithTheAddressTruth() {
        QFETCH(int, kind);
        QFETCH(QString, code);
        test::OpsSandbox sb;
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        sb.client()->setMaxAttempts(1);
        const Address a = sb.unbindable(1).first();
        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DescribeTaskResult");
        rule.kind = sandbox::FaultRule::Kind(kind);
        if (!code.isEmpty())
            rule.code = code;
        sb.server().faults()->addRule(rule); // every DescribeTaskResult, for ever
        Journal journal(&sb.clock());
        QVERIFY(journal.open(path()));
        OperationQueue queue(&journal, &sb.clock());
        PollSchedule schedule = fastSchedule();
        schedule.totalMs = 5 * 60 * 1000; // "still running" would take five minutes
        queue.setPollSchedule(schedule);
        queue.setSession(sb.api(), kProfile);
        QElapsedTimer timer;
        timer.start();
        const qint64 key = queue.enqueue({a}, false).first();
        QTRY_VERIFY_WITH_TIMEOUT(OperationStates::isFinal(queue.item(key).state()), kTimeout);
        const OperationItem item = queue.item(key);
        QVERIFY2(
            item.state() == OperationState::Succeeded,
            qPrintable(OperationStates::name(item.state()) + QLatin1Char(' ') + item.error.code));
        QCOMPARE(item.entry.learnedBy, QStringLiteral("address"));
        QVERIFY(!item.entry.taskId.isEmpty());
        QCOMPARE(sb.current(a.addressId)->addressStatus, QStringLiteral("UNBIND"));
        QCOMPARE(sb.server().world()->writeCount(a.addressId), 1);
        // The journal has the write (with its TaskId), the failed task reads and the reads of
        // the address that told the outcome.
        QStringList actions;
        for (const JournalRequest& r : journal.requests(item.entry.id))
            actions << r.action;
        QVERIFY2(actions.count(QStringLiteral("DisassociateAddress")) == 1,
                 qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.count(QStringLiteral("DescribeTaskResult")) >= 1);
        QVERIFY(actions.count(QStringLiteral("DescribeTaskResult")) <= TaskWatcher::TaskReadTries);
        QVERIFY(actions.lastIndexOf(QStringLiteral("DescribeAddresses")) >
                actions.indexOf(QStringLiteral("DescribeTaskResult")));
        QVERIFY(timer.elapsed() < 60000);
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
