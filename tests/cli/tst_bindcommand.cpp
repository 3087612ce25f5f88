// SPDX-License-Identifier: GPL-3.0-or-later
// `eipdesk bind`, `eipdesk move` and `eipdesk undo` in-process against the in-process sandbox
// (real HTTP over loopback, a real SQLite journal in a temporary directory): bind to an
// instance and to an ENI IP, a bound EIP refused, the ordinary public IP in the confirmation,
// a move, a move whose bind fails (and the printed way back, run), undo by default and by id,
// undo refused, --yes missing.
#include "CliSandboxAccount.h"
#include "OpsSandbox.h"
#include "cli/CliCommands.h"
#include "core/AddressStatus.h"
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "ops/Journal.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace eipdesk;

namespace {
using Runner = int (*)(const QStringList&, QTextStream&, QTextStream&, const CliContext&);
} // namespace

class TestBindCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void bindToInstance();
    void bindToEniIp();
    void bindRefusedWhenBound();
    void confirmationNamesTheOrdinaryPublicIp();
    void moveSucceeds();
    void moveWhoseBindFailsPrintsTheWayBack();
    void undoByDefaultAndById();
    void undoRefused_data();
    void undoRefused();
    void yesMissing_data();
    void yesMissing();

private:
    struct Result {
        int code = -1;
        QString out;
        QString err;
        QByteArray dump() const { return (out + QStringLiteral("\n---\n") + err).toUtf8(); }
    };
    Result run(Runner runner, const QStringList& args);
    Result bind(const QStringList& args) { return run(&runBindCommand, args); }
    Result move(const QStringList& args) { return run(&runMoveCommand, args); }
    Result undo(const QStringList& args) { return run(&runUndoCommand, args); }
    Journal* journal();
    sandbox::SandboxWorld& world() { return *m_account.sandbox->server().world(); }
    Address boundEip();
    Address idleEip();
    test::OpsSandbox::TargetInstance addInstance(const Address& eip) {
        return m_account.sandbox->addTargetInstance(eip);
    }
    Address now(const QString& addressId) { return *m_account.sandbox->current(addressId); }

    QTemporaryDir m_dir;
    test::CliSandboxAccount m_account;
    std::unique_ptr<Journal> m_journal;
    QSet<QString> m_used; // EIPs an earlier test worked on
    bool m_interactive = false;
    bool m_answer = false;
    std::function<void()> m_onQuestion;
    QStringList m_questions;
};

void TestBindCommand::initTestCase() {
    test::isolateUserDirectories();
    QVERIFY(m_dir.isValid());
    const QString problem = m_account.start(m_dir, QStringLiteral("sandbox-bind"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBindCommand::cleanupTestCase() {
    m_journal.reset();
    m_account.network.reset();
    m_account.sandbox.reset();
}

void TestBindCommand::init() {
    m_interactive = false;
    m_answer = false;
    m_onQuestion = nullptr;
    m_questions.clear();
}

TestBindCommand::Result TestBindCommand::run(Runner runner, const QStringList& args) {
    CliContext c = m_account.context(m_dir.filePath(QStringLiteral("journal.sqlite")));
    c.interactive = m_interactive;
    c.confirm = [this](const QString& question) {
        m_questions << question;
        if (m_onQuestion)
            m_onQuestion();
        return m_answer;
    };
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runner(args, out, err, c);
    return r;
}

Journal* TestBindCommand::journal() {
    if (!m_journal) {
        m_journal = std::make_unique<Journal>(&m_account.sandbox->clock());
        m_journal->open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    }
    return m_journal.get();
}

Address TestBindCommand::boundEip() {
    const QList<Address> list = m_account.sandbox->unbindable(1, [this](const Address& x) {
        return x.instanceId.startsWith(QLatin1String("ins-")) &&
               x.addressType == QLatin1String("EIP") && !x.isBlocked && !x.isArrears &&
               !x.cascadeRelease && !m_used.contains(x.addressId);
    });
    if (list.isEmpty())
        return {};
    m_used.insert(list.first().addressId);
    return list.first();
}

Address TestBindCommand::idleEip() {
    Address a = boundEip();
    a.addressStatus = QLatin1String(AddressStatus::Unbind);
    a.instanceId.clear();
    a.instanceType.clear();
    a.networkInterfaceId.clear();
    a.privateAddressIp.clear();
    world().updateAddress(a);
    return a;
}

void TestBindCommand::bindToInstance() {
    const Address a = idleEip();
    const auto target = addInstance(a);
    const Result r =
        bind({a.addressId, QStringLiteral("--instance"), target.id, QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("will be bound to instance")), r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("bind to instance %1").arg(target.id)), r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("is bound to instance %1").arg(target.id)), r.dump());
    QCOMPARE(now(a.addressId).instanceId, target.id);
    QCOMPARE(now(a.addressId).addressStatus, QStringLiteral("BIND"));
    const JournalEntry e = journal()->entries().first();
    QCOMPARE(e.kind, JournalEntry::Kind::Bind);
    QCOMPARE(e.state, OperationState::Succeeded);
    QCOMPARE(e.targetInstanceId, target.id);
}

void TestBindCommand::bindToEniIp() {
    const Address a = idleEip();
    const auto target = addInstance(a);
    const QString ip = target.secondaryIp;
    // By its public IP, as unbind takes it.
    const Result r = bind({a.addressIp, QStringLiteral("--eni"), target.primaryEniId,
                           QStringLiteral("--private-ip"), ip, QStringLiteral("-y")});
    QVERIFY2(r.code == 0, r.dump());
    QVERIFY2(
        r.out.contains(
            QStringLiteral("private IP %1 of network interface %2").arg(ip, target.primaryEniId)),
        r.dump());
    QCOMPARE(now(a.addressId).networkInterfaceId, target.primaryEniId);
    QCOMPARE(now(a.addressId).privateAddressIp, ip);
    const JournalEntry e = journal()->entries().first();
    QCOMPARE(e.targetEniId, target.primaryEniId);
    QCOMPARE(e.targetPrivateIp, ip);
}

void TestBindCommand::bindRefusedWhenBound() {
    const Address a = boundEip();
    const auto target = addInstance(a);
    const int writes = world().writeCount(a.addressId);
    const int entries = int(journal()->entries().size());
    const Result r =
        bind({a.addressId, QStringLiteral("--instance"), target.id, QStringLiteral("--yes")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be bound")), r.dump());
    QVERIFY2(r.err.contains(QStringLiteral("eipdesk move")), r.dump());
    QCOMPARE(world().writeCount(a.addressId), writes);
    QCOMPARE(int(journal()->entries().size()), entries);
    QCOMPARE(now(a.addressId).instanceId, a.instanceId);
}

void TestBindCommand::confirmationNamesTheOrdinaryPublicIp() {
    const Address a = idleEip();
    const auto target = addInstance(a);
    const QString publicIp = QStringLiteral("203.0.113.77");
    sandbox::RegionData* region = world().region(m_account.sandbox->region());
    QVERIFY(region->instances.update(
        target.id, [&](sandbox::SandboxInstance& c) { c.normalPublicIp = publicIp; }));
    QVERIFY(region->enis.update(target.primaryEniId, [&](NetworkInterface& eni) {
        eni.privateIpAddresses[0].publicIpAddress = publicIp;
    }));
    m_interactive = true;
    m_answer = false; // declined: nothing is sent
    const Result r = bind({a.addressId, QStringLiteral("--instance"), target.id});
    QCOMPARE(r.code, 1);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(a.addressIp), r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("already has an ordinary public IP, %1").arg(publicIp)),
             r.dump());
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), r.dump());
    QCOMPARE(now(a.addressId).addressStatus, QStringLiteral("UNBIND"));
}

void TestBindCommand::moveSucceeds() {
    const Address a = boundEip();
    const auto b = addInstance(a);
    const Result r = move({a.addressId, QStringLiteral("--to"), b.id, QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.dump());
    QVERIFY2(
        r.out.contains(QStringLiteral("step 1 of 2: unbind from instance %1").arg(a.instanceId)),
        r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("step 2 of 2: bind to instance %1").arg(b.id)),
             r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("Succeeded")), r.dump());
    QCOMPARE(now(a.addressId).instanceId, b.id);
    QCOMPARE(world().writeCount(a.addressId), 2);
    const JournalEntry e = journal()->entries().first();
    QCOMPARE(e.kind, JournalEntry::Kind::Move);
    QCOMPARE(e.step, 1);
    QCOMPARE(e.state, OperationState::Succeeded);
}

void TestBindCommand::moveWhoseBindFailsPrintsTheWayBack() {
    const Address a = boundEip();
    const auto b = addInstance(a);
    // The target is isolated after the plan was read and confirmed: the unbind goes through,
    // the bind is refused.
    m_interactive = true;
    m_answer = true;
    m_onQuestion = [&] {
        world().setInstanceState(m_account.sandbox->region(), b.id, QStringLiteral("SHUTDOWN"));
    };
    const Result r = move({a.addressId, QStringLiteral("--to"), b.id});
    QCOMPARE(r.code, 1);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(r.err.contains(QStringLiteral("InstanceStateNotSupported")), r.dump());
    QVERIFY2(r.err.contains(QStringLiteral("is now unbound")), r.dump());
    // Back to the very private IP it was on (its ENI and IP, not the instance's primary IP).
    const QString wayBack = QStringLiteral("eipdesk bind %1 --eni %2 --private-ip %3")
                                .arg(a.addressId, a.networkInterfaceId, a.privateAddressIp);
    QVERIFY2(r.err.contains(wayBack), r.dump());
    QCOMPARE(now(a.addressId).addressStatus, QStringLiteral("UNBIND"));
    // The printed command does what it says.
    m_onQuestion = nullptr;
    QStringList args = wayBack.split(QLatin1Char(' ')).mid(2);
    args << QStringLiteral("--yes");
    const Result back = bind(args);
    QVERIFY2(back.code == 0, back.dump());
    QCOMPARE(now(a.addressId).instanceId, a.instanceId);
    QCOMPARE(now(a.addressId).privateAddressIp, a.privateAddressIp);
}

void TestBindCommand::undoByDefaultAndById() {
    const Address a = boundEip();
    const Address b = boundEip();
    QVERIFY(!a.addressId.isEmpty() && !b.addressId.isEmpty());
    QCOMPARE(run(&runUnbindCommand, {a.addressId, QStringLiteral("--yes")}).code, 0);
    const qint64 unbindA = journal()->entries().first().id;
    QCOMPARE(run(&runUnbindCommand, {b.addressId, QStringLiteral("--yes")}).code, 0);
    const qint64 unbindB = journal()->entries().first().id;
    QVERIFY(unbindA != unbindB);
    // No id: the latest unbind that can be undone (b's).
    const Result r = undo({QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.dump());
    QVERIFY2(r.out.contains(QStringLiteral("History entry %1").arg(unbindB)), r.dump());
    QCOMPARE(now(b.addressId).instanceId, b.instanceId);
    QCOMPARE(now(a.addressId).addressStatus, QStringLiteral("UNBIND"));
    const JournalEntry e = journal()->entries().first();
    QCOMPARE(e.kind, JournalEntry::Kind::Rebind);
    QCOMPARE(e.parentId, unbindB);
    // By id.
    const Result byId = undo({QString::number(unbindA), QStringLiteral("--yes")});
    QVERIFY2(byId.code == 0, byId.dump());
    QCOMPARE(now(a.addressId).instanceId, a.instanceId);
    // Twice: refused, nothing sent.
    const int writes = world().writeCount(a.addressId);
    const Result again = undo({QString::number(unbindA), QStringLiteral("--yes")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("undone already")), again.dump());
    QCOMPARE(world().writeCount(a.addressId), writes);
}

void TestBindCommand::undoRefused_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("message");
    const int unbind = int(JournalEntry::Kind::Unbind);
    const int ok = int(OperationState::Succeeded);
    const QString ins = QStringLiteral("ins-00000001");
    const QString mine = QStringLiteral("sandbox-bind");
    QTest::newRow("other profile") << QStringLiteral("someone-else") << unbind << ok << ins
                                   << QStringLiteral("belongs to profile \"someone-else\"");
    QTest::newRow("not an unbind")
        << mine << int(JournalEntry::Kind::Bind) << ok << ins << QStringLiteral("not an unbind");
    QTest::newRow("failed") << mine << unbind << int(OperationState::Failed) << ins
                            << QStringLiteral("did not succeed");
    QTest::newRow("no CVM or ENI before") << mine << unbind << ok << QStringLiteral("nat-0001")
                                          << QStringLiteral("not bound to a CVM instance");
    QTest::newRow("no such entry")
        << QString() << unbind << ok << ins << QStringLiteral("no such History entry");
}

void TestBindCommand::undoRefused() {
    QFETCH(QString, profile);
    QFETCH(int, kind);
    QFETCH(int, state);
    QFETCH(QString, previous);
    QFETCH(QString, message);
    qint64 id = 987654;
    if (!profile.isEmpty()) {
        JournalEntry e;
        e.startedAt = e.finishedAt = QDateTime::currentDateTimeUtc();
        e.profile = profile;
        e.region = m_account.sandbox->region();
        e.addressId = QStringLiteral("eip-undotest");
        e.addressIp = QStringLiteral("198.51.100.1");
        e.kind = JournalEntry::Kind(kind);
        e.state = OperationState(state);
        e.previousInstanceId = previous;
        e.previousInstanceType = previous.startsWith(QLatin1String("nat-")) ? QStringLiteral("NAT")
                                                                            : QStringLiteral("CVM");
        e.targetInstanceId = e.kind == JournalEntry::Kind::Bind ? previous : QString();
        QVERIFY(journal()->add(e));
        id = e.id;
    }
    const int entries = int(journal()->entries().size());
    const Result r = undo({QString::number(id), QStringLiteral("--yes")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("History entry %1 cannot be undone").arg(id)), r.dump());
    QVERIFY2(r.err.contains(message), r.dump());
    QCOMPARE(int(journal()->entries().size()), entries);
}

void TestBindCommand::yesMissing_data() {
    QTest::addColumn<int>("verb");
    QTest::newRow("bind") << 0;
    QTest::newRow("move") << 1;
    QTest::newRow("undo") << 2;
}

void TestBindCommand::yesMissing() {
    QFETCH(int, verb);
    const Address a = verb == 0 ? idleEip() : boundEip();
    const auto target = addInstance(a);
    const int writes = world().writeCount(a.addressId);
    const int entries = int(journal()->entries().size());
    m_interactive = false;
    const Result r = verb == 0   ? bind({a.addressId, QStringLiteral("--instance"), target.id})
                     : verb == 1 ? move({a.addressId, QStringLiteral("--to"), target.id})
                                 : undo({});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("without --yes")), r.dump());
    QVERIFY(m_questions.isEmpty());
    QCOMPARE(world().writeCount(a.addressId), writes);
    QCOMPARE(int(journal()->entries().size()), entries);
}

QTEST_GUILESS_MAIN(TestBindCommand)
#include "tst_bindcommand.moc"
