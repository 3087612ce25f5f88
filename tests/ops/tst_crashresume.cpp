// SPDX-License-Identifier: GPL-3.0-or-later
// Crash and resume: a separate process starts an unbind and is killed (SIGKILL) while the task
// runs; a new OperationQueue on the same journal resumes it at start, polls it to SUCCESS, and
// the journal says so. Nothing is sent twice.
#include "OpsSandbox.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;

class TestCrashResume : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateUserDirectories(); }

    void killedMidTaskThenResumed() {
        sandbox::SandboxConfig config = test::OpsSandbox::defaultConfig();
        config.unbindDurationMs = 4000; // long enough to kill the driver mid-task
        test::OpsSandbox sb(config);
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        const Address a = sb.unbindable(1).first();
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));

        QProcess driver;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EIPDESK_DRIVER_SECRET_ID"), sb.server().secretId());
        env.insert(QStringLiteral("EIPDESK_DRIVER_SECRET_KEY"), sb.server().secretKey());
        driver.setProcessEnvironment(env);
        driver.start(QStringLiteral(EIPDESK_OPS_DRIVER),
                     {journalPath, sb.server().endpoint().toString(), sb.region(),
                      sb.server().regionEndpoints().value(sb.region()).toString(), a.addressId});
        QVERIFY2(driver.waitForStarted(30000), qPrintable(driver.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += driver.readAllStandardOutput()).contains("RUNNING "),
                                 60000);
        driver.kill(); // SIGKILL: no cleanup, the journal row stays "running"
        QVERIFY(driver.waitForFinished(30000));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit);
        const QByteArray taskId = out.mid(out.indexOf("RUNNING ") + 8).trimmed();
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(sb.current(a.addressId)->addressStatus, QStringLiteral("UNBINDING"));

        // The next start: the same journal, a new queue.
        Journal journal(&sb.clock());
        QVERIFY(journal.open(journalPath));
        QCOMPARE(journal.pending().size(), 1);
        const JournalEntry before = journal.pending().first();
        QCOMPARE(before.state, OperationState::Running);
        QCOMPARE(before.taskId.toUtf8(), taskId);
        OperationQueue queue(&journal, &sb.clock());
        PollSchedule fast;
        fast.initialMs = 200;
        fast.maxMs = 500;
        queue.setPollSchedule(fast);
        queue.setSession(sb.api(), QStringLiteral("crash-test"));
        QCOMPARE(queue.resumePending(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(queue.progress().isIdle(), 60000);
        QCOMPARE(queue.progress().succeeded, 1);
        const auto after = journal.entry(before.id);
        QVERIFY(after.has_value());
        QCOMPARE(after->state, OperationState::Succeeded);
        QCOMPARE(after->taskId, before.taskId);
        QVERIFY(after->finishedAt.isValid());
        QVERIFY(journal.pending().isEmpty());
        QCOMPARE(sb.network().sent(QStringLiteral("DisassociateAddress")), 0); // not re-sent
        QVERIFY(sb.network().sent(QStringLiteral("DescribeTaskResult")) >= 1);
        QCOMPARE(sb.current(a.addressId)->addressStatus, QStringLiteral("UNBIND"));
    }

    void otherProfilesAreLeftAlone() {
        QTemporaryDir dir;
        test::OpsSandbox sb;
        QVERIFY(sb.start());
        Journal journal(&sb.clock());
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))));
        JournalEntry e;
        e.profile = QStringLiteral("someone-else");
        e.region = QStringLiteral("ap-guangzhou");
        e.addressId = QStringLiteral("eip-aaaaaaaa");
        e.state = OperationState::Running;
        e.taskId = QStringLiteral("1");
        QVERIFY(journal.add(e));
        JournalEntry queued = e;
        queued.profile = QStringLiteral("mine");
        queued.state = OperationState::Queued;
        QVERIFY(journal.add(queued));
        OperationQueue queue(&journal, &sb.clock());
        queue.setSession(sb.api(), QStringLiteral("mine"));
        QCOMPARE(queue.resumePending(), 0);
        QCOMPARE(journal.entry(e.id)->state, OperationState::Running); // its own profile resumes it
        QCOMPARE(journal.entry(queued.id)->state, OperationState::Canceled); // never sent
    }
};

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
