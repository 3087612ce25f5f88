// SPDX-License-Identifier: GPL-3.0-or-later
// `eipdesk unbind` and `eipdesk history` in-process against the in-process sandbox (real HTTP
// over loopback, a real SQLite journal in a temporary directory): success with and without
// --reallocate, by IP, NAT EIPs, unknown and not-unbindable EIPs, a FAILED task, refusal
// without --yes when not on a terminal, the confirmation question, --no-wait, usage errors.
#include "CliSandboxAccount.h"
#include "OpsSandbox.h"
#include "cli/CliCommands.h"
#include "cli/CliNextStep.h"
#include "cli/UnbindReporter.h"
#include "core/AddressStatus.h"
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <QtTest>

using namespace eipdesk;

namespace {
const QString kProfile = QStringLiteral("sandbox-cli");
} // namespace

class TestUnbindCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void usageErrors_data();
    void usageErrors();
    void refusedWithoutYesWhenNotInteractive();
    void confirmationQuestion_data();
    void confirmationQuestion();
    void unbindSucceeds_data();
    void unbindSucceeds();
    void natEip();
    void unknownEip();
    void arrearsIsSent();
    void notUnbindable_data();
    void notUnbindable();
    void failedTask();
    void failureLinesAreTranslated();
    void partlyUnbindable();
    void reallocateRefusedWhereNotAllowed();
    void noWait();
    void unknownProfileAndMissingSecret();
    void history();
    void cliNextStepsNameNoWindowControl();

private:
    struct Result {
        int code = -1;
        QString out;
        QString err;
        QByteArray dump() const { return (out + QStringLiteral("\n---\n") + err).toUtf8(); }
    };
    Result unbind(const QStringList& args);
    Result history(const QStringList& args);
    CliContext context();
    QList<JournalEntry> journalEntries();
    std::optional<Address> find(const std::function<bool(const Address&)>& pred);
    QString statusOf(const QString& addressId); // "GONE" once released (CascadeRelease)
    static QString unbound(const Address& a) {
        return a.cascadeRelease ? QStringLiteral("GONE") : QLatin1String(AddressStatus::Unbind);
    }

    QTemporaryDir m_dir;
    test::CliSandboxAccount m_account;
    bool m_interactive = false;
    bool m_answer = false;
    int m_questions = 0;
};

void TestUnbindCommand::initTestCase() {
    test::isolateUserDirectories();
    QVERIFY(m_dir.isValid());
    const QString problem = m_account.start(m_dir, kProfile);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString id = m_account.profileId;
    Profile other = m_account.profiles->profile(id); // a second profile without any secret
    other.id.clear();
    other.name = QStringLiteral("no-secret");
    QVERIFY(!m_account.profiles->save(other).isEmpty());
    m_account.profiles->setCurrentProfileId(id);
}

void TestUnbindCommand::cleanupTestCase() {
    m_account.network.reset();
    m_account.sandbox.reset();
}

void TestUnbindCommand::init() {
    m_interactive = false;
    m_answer = false;
    m_questions = 0;
}

CliContext TestUnbindCommand::context() {
    CliContext c = m_account.context(m_dir.filePath(QStringLiteral("data/journal.sqlite")));
    c.interactive = m_interactive;
    c.confirm = [this](const QString&) {
        ++m_questions;
        return m_answer;
    };
    return c;
}

TestUnbindCommand::Result TestUnbindCommand::unbind(const QStringList& args) {
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runUnbindCommand(QStringList{QStringLiteral("unbind")} + args, out, err, context());
    return r;
}

TestUnbindCommand::Result TestUnbindCommand::history(const QStringList& args) {
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runHistoryCommand(QStringList{QStringLiteral("history")} + args, out, err, context());
    return r;
}

QList<JournalEntry> TestUnbindCommand::journalEntries() {
    Journal journal(&m_account.sandbox->clock());
    if (!journal.open(m_dir.filePath(QStringLiteral("data/journal.sqlite"))))
        return {};
    return journal.entries();
}

std::optional<Address> TestUnbindCommand::find(const std::function<bool(const Address&)>& pred) {
    m_account.sandbox->server().world()->settle();
    auto a = m_account.sandbox->server().world()->findAddress(m_account.sandbox->region(), pred);
    if (a)
        a->region = m_account.sandbox->region();
    return a;
}

QString TestUnbindCommand::statusOf(const QString& addressId) {
    const auto now = m_account.sandbox->current(addressId);
    return now ? now->addressStatus : QStringLiteral("GONE");
}

void TestUnbindCommand::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no EIP") << QStringList{QStringLiteral("--yes")}
                            << QStringLiteral("Name at least one EIP");
    QTest::newRow("neither id nor IP")
        << QStringList{QStringLiteral("--yes"), QStringLiteral("ins-12345678")}
        << QStringLiteral("is neither an EIP ID");
    QTest::newRow("IP with a prefix length")
        << QStringList{QStringLiteral("--yes"), QStringLiteral("10.0.0.0/8")}
        << QStringLiteral("is neither an EIP ID");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--force"), QStringLiteral("eip-12345678")}
        << QStringLiteral("Unknown option");
    QTest::newRow("profile without value")
        << QStringList{QStringLiteral("eip-12345678"), QStringLiteral("--profile")}
        << QStringLiteral("--profile needs a value");
    QTest::newRow("flag with a value")
        << QStringList{QStringLiteral("--yes=no"), QStringLiteral("eip-12345678")}
        << QStringLiteral("--yes takes no value");
}

void TestUnbindCommand::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = unbind(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.dump().constData());
    QVERIFY2(r.err.contains(QStringLiteral("Usage: eipdesk unbind")), r.dump().constData());
}

void TestUnbindCommand::refusedWithoutYesWhenNotInteractive() {
    const QList<Address> list = m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    const int before = int(journalEntries().size());
    m_interactive = false;
    const Result r = unbind({a.addressId});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--yes")), r.dump().constData());
    QCOMPARE(m_questions, 0);
    QCOMPARE(statusOf(a.addressId), a.addressStatus);
    QCOMPARE(journalEntries().size(), before);
}

void TestUnbindCommand::confirmationQuestion_data() {
    QTest::addColumn<bool>("answer");
    QTest::newRow("no") << false;
    QTest::newRow("yes") << true;
}

void TestUnbindCommand::confirmationQuestion() {
    QFETCH(bool, answer);
    const QList<Address> list = m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    m_interactive = true;
    m_answer = answer;
    const Result r = unbind({a.addressId});
    QCOMPARE(m_questions, 1);
    QVERIFY2(r.out.contains(QStringLiteral("1 EIP will be unbound")) ||
                 r.out.contains(QStringLiteral("1 EIP(s) will be unbound")),
             r.dump().constData());
    QVERIFY2(r.out.contains(a.addressId) && r.out.contains(a.instanceId), r.dump().constData());
    if (answer) {
        QCOMPARE(r.code, 0);
        QCOMPARE(statusOf(a.addressId), unbound(a));
    } else {
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was unbound")), r.dump().constData());
        QCOMPARE(statusOf(a.addressId), a.addressStatus);
    }
}

void TestUnbindCommand::unbindSucceeds_data() {
    QTest::addColumn<bool>("reallocate");
    QTest::addColumn<bool>("byIp");
    QTest::newRow("by id") << false << false;
    QTest::newRow("by id, --reallocate") << true << false;
    QTest::newRow("by IP") << false << true;
    QTest::newRow("by IP, --reallocate") << true << true;
}

void TestUnbindCommand::unbindSucceeds() {
    QFETCH(bool, reallocate);
    QFETCH(bool, byIp);
    const QList<Address> list =
        reallocate ? m_account.sandbox->reallocatable(1) : m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    QStringList args{QStringLiteral("--yes"), QStringLiteral("--profile"), kProfile,
                     byIp ? a.addressIp : a.addressId};
    if (reallocate)
        args << QStringLiteral("--reallocate");
    const Result r = unbind(args);
    QVERIFY2(r.code == 0, r.dump().constData());
    const QString label = a.addressId + QLatin1Char(' ') + a.addressIp;
    QVERIFY2(r.out.contains(label + QStringLiteral(": Running (TaskId ")), r.dump().constData());
    QVERIFY2(r.out.contains(label + QStringLiteral(": Succeeded")), r.dump().constData());
    QVERIFY2(r.out.contains(QStringLiteral("1 of 1 EIP")), r.dump().constData());
    QVERIFY2(r.err.isEmpty(), r.dump().constData());
    QVERIFY(!r.out.contains(m_account.sandbox->server().secretKey()));
    QCOMPARE(statusOf(a.addressId), unbound(a));
    // Journaled like the window does it.
    const QList<JournalEntry> entries = journalEntries();
    QVERIFY(!entries.isEmpty());
    const JournalEntry& e = entries.first();
    QCOMPARE(e.addressId, a.addressId);
    QCOMPARE(e.state, OperationState::Succeeded);
    QCOMPARE(e.profile, kProfile);
    QCOMPARE(e.reallocate, reallocate);
    QCOMPARE(e.previousInstanceId, a.instanceId);
    QVERIFY(!e.taskId.isEmpty());
    QVERIFY(!e.requestId.isEmpty());
}

void TestUnbindCommand::natEip() {
    const auto a = m_account.sandbox->natAddress();
    QVERIFY(a.has_value());
    const Result r = unbind({QStringLiteral("--yes"), a->addressIp});
    QVERIFY2(r.code == 0, r.dump().constData());
    QVERIFY2(r.out.contains(QStringLiteral("NAT gateway %1").arg(a->instanceId)),
             r.dump().constData());
    QVERIFY2(r.out.contains(a->addressId + QLatin1Char(' ') + a->addressIp +
                            QStringLiteral(": Succeeded")),
             r.dump().constData());
    QCOMPARE(statusOf(a->addressId), unbound(*a));
    const JournalEntry e = journalEntries().first();
    QCOMPARE(e.addressId, a->addressId);
    QCOMPARE(e.kind, JournalEntry::Kind::UnbindNat);
    QCOMPARE(e.state, OperationState::Succeeded);
}

void TestUnbindCommand::unknownEip() {
    const int before = int(journalEntries().size());
    for (const QString& target :
         {QStringLiteral("eip-zz999999"), QStringLiteral("203.0.113.254")}) {
        const Result r = unbind({QStringLiteral("--yes"), target});
        QCOMPARE(r.code, 1);
        const ErrorExplanation e =
            ErrorCatalog::explain(QStringLiteral("InvalidAddressId.NotFound"));
        QVERIFY2(r.err.contains(target + QStringLiteral(" (not found in region ap-guangzhou): "
                                                        "cannot be unbound: ")),
                 r.dump().constData());
        QVERIFY2(r.err.contains(e.headline()), r.dump().constData());
        QVERIFY2(r.err.contains(CliNextStep::forCode(e.code, e.nextStep)), r.dump().constData());
        QVERIFY2(r.err.contains(QStringLiteral("Nothing to unbind")), r.dump().constData());
    }
    QCOMPARE(journalEntries().size(), before);
}

// In arrears is no documented reason to refuse: the plan warns, the request goes out and the
// server's answer decides (the sandbox, like the documentation, lets it through).
void TestUnbindCommand::arrearsIsSent() {
    const auto a = find([this](const Address& x) {
        return x.isArrears && !x.isBlocked &&
               x.addressStatus == QLatin1String(AddressStatus::Bind) &&
               x.boundKind() == BoundKind::Cvm &&
               m_account.sandbox->server().world()->quirk(x.addressId) ==
                   sandbox::AddressQuirk::None;
    });
    QVERIFY(a.has_value());
    const Result r =
        unbind({QStringLiteral("--yes"), QStringLiteral("--profile"), kProfile, a->addressId});
    QVERIFY2(r.code == 0, r.dump().constData());
    QVERIFY2(r.out.contains(QStringLiteral("arrears")), r.dump().constData());
    QVERIFY2(r.out.contains(QStringLiteral(": Succeeded")), r.dump().constData());
}

void TestUnbindCommand::notUnbindable_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("idle (UNBIND)")
        << QStringLiteral("idle") << QStringLiteral("InvalidAddressIdStatus.NotPermit");
    QTest::newRow("blocked") << QStringLiteral("blocked")
                             << QStringLiteral("InvalidAddressId.Blocked");
    QTest::newRow("ordinary public IP")
        << QStringLiteral("wanip") << QStringLiteral("UnsupportedOperation.InvalidAction");
}

void TestUnbindCommand::notUnbindable() {
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const auto a = find([&kind](const Address& x) {
        if (kind == QLatin1String("idle"))
            return x.addressStatus == QLatin1String(AddressStatus::Unbind) && !x.isBlocked &&
                   !x.isArrears && x.addressType != QLatin1String("WanIP");
        if (kind == QLatin1String("blocked"))
            return x.isBlocked && !x.isOrdinaryPublicIp();
        return x.isOrdinaryPublicIp() && !x.isBlocked;
    });
    QVERIFY2(a.has_value(), qPrintable(kind));
    const int before = int(journalEntries().size());
    const Result r = unbind({QStringLiteral("--yes"), a->addressId});
    QCOMPARE(r.code, 1);
    const ErrorExplanation e = ErrorCatalog::explain(code);
    QVERIFY(e.known);
    QVERIFY2(r.err.contains(a->addressId + QLatin1Char(' ') + a->addressIp +
                            QStringLiteral(" (status ") + a->addressStatus),
             r.dump().constData());
    QVERIFY2(r.err.contains(QStringLiteral("): cannot be unbound: ") + e.headline()),
             r.dump().constData());
    QVERIFY2(r.err.contains(CliNextStep::forCode(e.code, e.nextStep)), r.dump().constData());
    QCOMPARE(journalEntries().size(), before); // nothing was sent
    QCOMPARE(statusOf(a->addressId), a->addressStatus);
}

void TestUnbindCommand::failedTask() {
    const QList<Address> list = m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    m_account.sandbox->server().world()->scriptTaskOutcome(a.addressId, sandbox::TaskOutcome::Fail);
    const Result r = unbind({QStringLiteral("--yes"), a.addressId});
    QCOMPARE(r.code, 1);
    const ErrorExplanation e = ErrorCatalog::explain(ErrorCatalog::taskFailedCode());
    const QString label = a.addressId + QLatin1Char(' ') + a.addressIp;
    QVERIFY2(r.out.contains(label + QStringLiteral(": Running (TaskId ")), r.dump().constData());
    QVERIFY2(r.err.contains(label + QStringLiteral(": Failed: ") + e.headline()),
             r.dump().constData());
    // The next step names a command, not the window's list.
    QVERIFY2(
        r.err.contains(QStringLiteral("Next step: ") + CliNextStep::forCode(e.code, e.nextStep)),
        r.dump().constData());
    QVERIFY2(!r.err.contains(QStringLiteral("Refresh the list")), r.dump().constData());
    QVERIFY2(r.err.contains(QStringLiteral("RequestId: ")), r.dump().constData());
    const JournalEntry j = journalEntries().first();
    QCOMPARE(j.addressId, a.addressId);
    QCOMPARE(j.state, OperationState::Failed);
    QVERIFY2(r.err.contains(j.requestId), r.dump().constData());
}

void TestUnbindCommand::failureLinesAreTranslated() {
    QTranslator zh; // the shipped catalogue, compiled from resources/translations
    QVERIFY(zh.load(QStringLiteral(EIPDESK_QM_DIR "/eipdesk_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const QList<Address> list = m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    m_account.sandbox->server().world()->scriptTaskOutcome(a.addressId, sandbox::TaskOutcome::Fail);
    const Result failed = unbind({QStringLiteral("--yes"), a.addressId});
    const auto idle = find([](const Address& x) {
        return x.addressStatus == QLatin1String(AddressStatus::Unbind) && !x.isBlocked &&
               !x.isArrears && x.addressType != QLatin1String("WanIP");
    });
    QVERIFY(idle);
    const Result refused = unbind({QStringLiteral("--yes"), idle->addressIp});
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(failed.code, 1);
    const QString failedTitle = zh.translate("ErrorCatalog", "The task failed");
    const QString failedState = zh.translate("OperationState", "Failed");
    QVERIFY(!failedTitle.isEmpty() && failedTitle != QLatin1String("The task failed"));
    QVERIFY2(failed.err.contains(failedState) && failedTitle.size() > 0 &&
                 failed.err.contains(failedTitle) &&
                 failed.err.contains(ErrorCatalog::taskFailedCode()),
             failed.dump().constData());
    QCOMPARE(refused.code, 1);
    const QString refusedTitle =
        zh.translate("ErrorCatalog", "The EIP's state does not allow this");
    QVERIFY(!refusedTitle.isEmpty());
    QVERIFY2(refused.err.contains(refusedTitle) &&
                 refused.err.contains(QStringLiteral("InvalidAddressIdStatus.NotPermit")),
             refused.dump().constData());
}

void TestUnbindCommand::partlyUnbindable() {
    const QList<Address> list = m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    // The same EIP twice (ID and IP) and an unknown one: one unbind, exit 1.
    const Result r =
        unbind({QStringLiteral("--yes"), a.addressId, a.addressIp, QStringLiteral("eip-zz888888")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("1 of 1 EIP")), r.dump().constData());
    QVERIFY2(r.err.contains(QStringLiteral("eip-zz888888 (not found")), r.dump().constData());
    QCOMPARE(statusOf(a.addressId), unbound(a));
}

void TestUnbindCommand::reallocateRefusedWhereNotAllowed() {
    const auto a = m_account.sandbox->natAddress();
    QVERIFY(a.has_value());
    const int before = int(journalEntries().size());
    const Result r =
        unbind({QStringLiteral("--yes"), QStringLiteral("--reallocate"), a->addressId});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--reallocate is not possible")), r.dump().constData());
    QCOMPARE(journalEntries().size(), before);
    QCOMPARE(statusOf(a->addressId), a->addressStatus);
}

void TestUnbindCommand::noWait() {
    const QList<Address> list = m_account.sandbox->unbindable(1);
    QVERIFY(!list.isEmpty());
    const Address a = list.first();
    m_account.sandbox->server().world()->scriptTaskOutcome(a.addressId,
                                                           sandbox::TaskOutcome::NeverFinish);
    const Result r = unbind({QStringLiteral("--yes"), QStringLiteral("--no-wait"), a.addressId});
    QVERIFY2(r.code == 0, r.dump().constData());
    QVERIFY2(r.out.contains(QStringLiteral(": Running (TaskId ")), r.dump().constData());
    QVERIFY2(r.out.contains(QStringLiteral("still running on the server")), r.dump().constData());
    const JournalEntry e = journalEntries().first();
    QCOMPARE(e.addressId, a.addressId);
    QCOMPARE(e.state, OperationState::Running); // the window resumes it at its next start
}

void TestUnbindCommand::unknownProfileAndMissingSecret() {
    Result r = unbind({QStringLiteral("--yes"), QStringLiteral("--profile"), QStringLiteral("nope"),
                       QStringLiteral("eip-12345678")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("There is no profile named \"nope\"")),
             r.dump().constData());
    r = unbind({QStringLiteral("--yes"), QStringLiteral("--profile"), QStringLiteral("no-secret"),
                QStringLiteral("eip-12345678")});
    QCOMPARE(r.code, 1);
    QVERIFY2(!r.err.isEmpty() && r.out.isEmpty(), r.dump().constData());
}

void TestUnbindCommand::history() {
    const QList<JournalEntry> entries = journalEntries();
    QVERIFY2(entries.size() >= 3, "run after the unbind tests");
    Result r = history({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("addressId")).toString(),
             entries.first().addressId);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("state")).toString(),
             OperationStates::name(entries.first().state));
    r = history({});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(entries.first().addressId) && r.out.contains(kProfile),
             r.dump().constData());
    r = history({QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(r.code, 2);
    r = history({QStringLiteral("--bogus")});
    QCOMPARE(r.code, 2);
}

void TestUnbindCommand::cliNextStepsNameNoWindowControl() {
    // Every code of the catalog, as the command line prints it: no button, list or dialog of
    // the window (the window's own texts keep them).
    int replaced = 0;
    for (const QString& code : ErrorCatalog::codes()) {
        const ErrorExplanation e = ErrorCatalog::explain(code);
        const QString line = UnbindReporter::problemText(e);
        for (const char* word :
             {"\"Retry failed\"", "\"Check again\"", "Refresh the", "in History", "the list"})
            QVERIFY2(!line.contains(QLatin1String(word)),
                     qPrintable(code + QStringLiteral(": ") + line));
        replaced += CliNextStep::forCode(code, e.nextStep) != e.nextStep ? 1 : 0;
    }
    QVERIFY(replaced >= 20);
    QVERIFY(UnbindReporter::problemText(ErrorCatalog::explain(ErrorCatalog::stillRunningCode()))
                .contains(QStringLiteral("eipdesk settle")));
}

QTEST_GUILESS_MAIN(TestUnbindCommand)
#include "tst_unbindcommand.moc"
