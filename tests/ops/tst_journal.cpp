// SPDX-License-Identifier: GPL-3.0-or-later
// The operations journal: a real SQLite file.
#include "core/ManualClock.h"
#include "ops/Journal.h"
#include "support/TestEnvironment.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;

namespace {
JournalEntry sample(const QString& id, OperationState state) {
    JournalEntry e;
    e.profile = QStringLiteral("prod");
    e.region = QStringLiteral("ap-guangzhou");
    e.addressId = id;
    e.addressIp = QStringLiteral("203.0.113.7");
    e.previousInstanceId = QStringLiteral("ins-abc");
    e.previousInstanceType = QStringLiteral("CVM");
    e.previousEniId = QStringLiteral("eni-1");
    e.previousPrivateIp = QStringLiteral("10.0.0.5");
    e.reallocate = true;
    e.state = state;
    return e;
}
} // namespace

class TestJournal : public QObject {
    Q_OBJECT
    ManualClock m_clock;

private slots:
    void initTestCase() { test::isolateUserDirectories(); }

    void defaultPathInDataDirectory() {
        QVERIFY(Journal::defaultPath().endsWith(QStringLiteral("/journal.sqlite")));
        // Qt's test mode keeps this under ~/.qttest across runs: start from no file, so a
        // journal left by another build (another schema) cannot decide the result.
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(Journal::defaultPath() + QLatin1String(suffix));
        QVERIFY(!QFile::exists(Journal::defaultPath()));
        Journal j(&m_clock);
        QVERIFY2(j.open(), qPrintable(j.lastError()));
        QVERIFY(QFile::exists(Journal::defaultPath()));
    }

    // A write must not wait for the disk each time (issue 16, item 5: nine syncs per EIP of a
    // batch held the window's thread and slowed the pacing below 10/s per region). WAL with
    // synchronous=NORMAL: a commit survives the application crashing, other processes see it
    // at once, only an operating-system crash may lose the last ones.
    void writesDoNotSyncTheDiskEachTime() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        Journal j(&m_clock);
        QVERIFY2(j.open(path), qPrintable(j.lastError()));
        QString connection;
        for (const QString& name : QSqlDatabase::connectionNames())
            if (QSqlDatabase::database(name, false).databaseName() == path)
                connection = name;
        QVERIFY(!connection.isEmpty());
        QSqlQuery q(QSqlDatabase::database(connection, false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL (FULL is 2)
    }

    void roundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        qint64 id = 0;
        {
            Journal j(&m_clock);
            QVERIFY2(j.open(path), qPrintable(j.lastError()));
            QSignalSpy changed(&j, &Journal::entryChanged);
            JournalEntry e = sample(QStringLiteral("eip-1"), OperationState::Sending);
            QVERIFY(j.add(e));
            QVERIFY(e.id > 0);
            QVERIFY(e.startedAt.isValid());
            QCOMPARE(e.startedAt, m_clock.nowUtc()); // the injected clock, not the system's
            id = e.id;
            e.state = OperationState::Running;
            e.taskId = QStringLiteral("61531411");
            e.requestId = QStringLiteral("3c140219-cfe9");
            QVERIFY(j.update(e));
            QCOMPARE(changed.count(), 2);
        }
        Journal j(&m_clock); // a fresh process would see the same
        QVERIFY(j.open(path));
        const auto e = j.entry(id);
        QVERIFY(e.has_value());
        QCOMPARE(e->addressId, QStringLiteral("eip-1"));
        QCOMPARE(e->addressIp, QStringLiteral("203.0.113.7"));
        QCOMPARE(e->profile, QStringLiteral("prod"));
        QCOMPARE(e->region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(e->previousInstanceId, QStringLiteral("ins-abc"));
        QCOMPARE(e->previousInstanceType, QStringLiteral("CVM"));
        QCOMPARE(e->previousEniId, QStringLiteral("eni-1"));
        QCOMPARE(e->previousPrivateIp, QStringLiteral("10.0.0.5"));
        QVERIFY(e->reallocate);
        QCOMPARE(e->state, OperationState::Running);
        QCOMPARE(e->taskId, QStringLiteral("61531411"));
        QCOMPARE(e->requestId, QStringLiteral("3c140219-cfe9"));
        QVERIFY(!e->finishedAt.isValid());
        QCOMPARE(j.pending().size(), 1);
    }

    // A batch is one transaction: another connection sees none of it before the commit and
    // all of it after; ids are assigned as the entries are added.
    void batchIsOneTransaction() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("batch.sqlite"));
        Journal writer(&m_clock);
        QVERIFY2(writer.open(path), qPrintable(writer.lastError()));
        Journal reader(&m_clock);
        QVERIFY2(reader.open(path), qPrintable(reader.lastError()));
        QVERIFY(writer.beginBatch());
        QSet<qint64> ids;
        for (int i = 0; i < 50; ++i) {
            JournalEntry e = sample(QStringLiteral("eip-%1").arg(i), OperationState::Queued);
            QVERIFY(writer.add(e));
            ids.insert(e.id);
        }
        QCOMPARE(ids.size(), 50);
        QCOMPARE(writer.entries().size(), 50); // the writer sees its own batch
        QCOMPARE(reader.entries().size(), 0);  // nobody else before the commit
        QVERIFY(writer.commitBatch());
        QCOMPARE(reader.entries().size(), 50);
        QVERIFY(!writer.commitBatch()); // no batch open: an error, not a crash
        QVERIFY(!writer.lastError().isEmpty());
    }

    void pendingAndFilters() {
        QTemporaryDir dir;
        Journal j(&m_clock);
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const OperationState states[] = {OperationState::Succeeded,    OperationState::Failed,
                                         OperationState::Running,      OperationState::Unknown,
                                         OperationState::StillRunning, OperationState::Skipped,
                                         OperationState::Sending};
        int n = 0;
        for (OperationState s : states) {
            JournalEntry e = sample(QStringLiteral("eip-%1").arg(++n), s);
            if (s == OperationState::Failed)
                e.errorCode = QStringLiteral("OperationDenied.MutexTaskRunning");
            QVERIFY(j.add(e));
        }
        QCOMPARE(j.pending().size(), 4); // running, unknown, still-running, sending
        QCOMPARE(j.entries().size(), 7);
        QCOMPARE(j.entries().first().addressId, QStringLiteral("eip-7")); // newest first
        JournalFilter f;
        f.state = OperationState::Failed;
        QCOMPARE(j.entries(f).size(), 1);
        f = {};
        f.text = QStringLiteral("mutextask");
        QCOMPARE(j.entries(f).size(), 1);
        f.text = QStringLiteral("EIP-3");
        QCOMPARE(j.entries(f).size(), 1);
        f = {};
        f.from = m_clock.nowUtc().date().addDays(1); // entries are stamped by the clock
        QCOMPARE(j.entries(f).size(), 0);
        f.from = m_clock.nowUtc().date();
        f.to = f.from;
        QCOMPARE(j.entries(f).size(), 7);
    }

    void schemaVersioned() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            Journal j(&m_clock);
            QVERIFY(j.open(path));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Journal::SchemaVersion);
            // No column may hold a secret.
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM operations LIMIT 0")));
            for (int i = 0; i < q.record().count(); ++i)
                QVERIFY(!q.record().fieldName(i).contains(QStringLiteral("secret")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        Journal newer(&m_clock);
        QVERIFY(!newer.open(path)); // a newer schema is refused, not clobbered
        QVERIFY(!newer.lastError().isEmpty());
    }

    void unwritableLocationIsAnError() {
        Journal j(&m_clock);
        QVERIFY(!j.open(QStringLiteral("/proc/eipdesk-no/j.sqlite")));
        JournalEntry e = sample(QStringLiteral("eip-x"), OperationState::Queued);
        QVERIFY(!j.add(e));
    }

    void csvExport() {
        JournalEntry e = sample(QStringLiteral("eip-9"), OperationState::Failed);
        e.id = 5;
        e.errorMessage = QStringLiteral("bad, \"quoted\"\nline");
        const QByteArray csv = Journal::toCsv({e});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFid,started_at"));
        QVERIFY(csv.contains("eip-9"));
        QVERIFY(csv.contains("\"bad, \"\"quoted\"\"\nline\""));
        QVERIFY(csv.contains(",failed,"));
    }

    void csvExportHasBomAndGuardsFormulas() {
        // History's export is written by the same CSV writer as the EIP list.
        JournalEntry e = sample(QStringLiteral("eip-9"), OperationState::Failed);
        e.id = 6;
        e.errorMessage = QStringLiteral("=HYPERLINK(\"http://x\")");
        e.profile = QStringLiteral("@生产");
        const QByteArray csv = Journal::toCsv({e});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(QStringLiteral(",'@生产,").toUtf8()));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(!csv.contains(",=HYPERLINK"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
