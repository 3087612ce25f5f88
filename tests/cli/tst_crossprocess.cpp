// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly once across processes, with the real programs: the `eipdesk` binary (its profile's
// SecretKey in the private keyring of tests/run-headless.sh) against an `eipdesk-sandbox`
// process, sharing the journal in the isolated data folder.
//  - two `eipdesk unbind` runs for one EIP on a slow server: one write reaches the sandbox;
//  - the window's queue (this process, the same journal file) and `eipdesk unbind` at once:
//    one write, and the command names the window that holds the EIP;
//  - `eipdesk unbind` killed (SIGKILL) while its task runs: the next command (`history`)
//    settles it, and `history --json` shows every request made, `settle` finds nothing left.
#include "KeyringTestHelpers.h"
#include "api/ApiClient.h"
#include "api/Endpoint.h"
#include "api/VpcApi.h"
#include "core/AddressStatus.h"
#include "core/SystemClock.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "support/SandboxAdminClient.h"
#include "support/SandboxProcess.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;

namespace {
QString binary(const char* name) {
    return QStringLiteral(EIPDESK_BINARY_DIR "/bin/") + QLatin1String(name);
}
const QString kProfile = QStringLiteral("xproc");
const QString kRegion = QStringLiteral("ap-guangzhou");
} // namespace

class TestCrossProcess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoCommandsSendOneWrite();
    void windowQueueAndCommandSendOneWrite();
    void killedCommandIsSettledByTheNextOne();
    void killedCommandIsSettledByAProfilesCommand();

private:
    struct Run {
        int exitCode = -2;
        QByteArray out;
        QByteArray err;
        QByteArray dump() const { return out + "\n---\n" + err; }
    };
    QProcess* startEipdesk(const QStringList& args);
    Run finish(QProcess* p, int timeoutMs = 120000);
    Run eipdesk(const QStringList& args, const QByteArray& stdinData = {});
    QList<Address> boundAddresses();
    int writes(const QString& addressId);
    QString status(const QString& addressId);
    void config(const QByteArray& json);
    QString journalPath() const;
    // Starts `eipdesk unbind` on `a`, kills it (SIGKILL) once its task runs on the server.
    void startAndKillUnbind(const Address& a);
    QJsonObject historyEntry(const QByteArray& json, const QString& addressId);

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    test::SandboxProcess m_sandbox;
    QString m_endpoint, m_secretId, m_secretKey, m_adminToken;
    QList<Address> m_unused; // bound EIPs no test used yet
};

void TestCrossProcess::initTestCase() {
    test::isolateUserDirectories();
    EIPDESK_REQUIRE_KEYRING();
    QVERIFY2(QFile::exists(binary("eipdesk")), "build the eipdesk target first");
    QVERIFY2(QFile::exists(binary("eipdesk-sandbox")), "build the eipdesk-sandbox target first");
    QVERIFY(m_root.isValid());
    m_env = test::isolatedProcessEnvironment(m_root.path());
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QString error;
    QVERIFY2(m_sandbox.start(
                 binary("eipdesk-sandbox"),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--single-port"),
                  QStringLiteral("--addresses"), QStringLiteral("60"), QStringLiteral("--regions"),
                  QStringLiteral("1"), QStringLiteral("--unbind-ms"), QStringLiteral("500")},
                 &error),
             qPrintable(error));
    m_endpoint = m_sandbox.endpoint();
    m_secretId = m_sandbox.secretId();
    m_secretKey = m_sandbox.secretKey();
    m_adminToken = m_sandbox.adminToken();

    const Run add = eipdesk(
        {QStringLiteral("profiles"), QStringLiteral("add"), kProfile, QStringLiteral("--secret-id"),
         m_secretId, QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--region"), kRegion},
        m_secretKey.toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, add.dump().constData());
    QCOMPARE(eipdesk({QStringLiteral("profiles"), QStringLiteral("use"), kProfile}).exitCode, 0);
    m_unused = boundAddresses();
    QVERIFY2(m_unused.size() >= 4, "the sandbox world has too few bound CVM EIPs");
}

void TestCrossProcess::cleanupTestCase() {}

QString TestCrossProcess::journalPath() const {
    // QStandardPaths::AppDataLocation of the eipdesk binary (organization and application
    // "eipdesk") under the isolated XDG_DATA_HOME.
    return m_root.filePath(QStringLiteral("data/eipdesk/eipdesk/journal.sqlite"));
}

QProcess* TestCrossProcess::startEipdesk(const QStringList& args) {
    auto* p = new QProcess(this);
    p->setProcessEnvironment(m_env);
    p->setWorkingDirectory(m_root.filePath(QStringLiteral("home")));
    p->start(binary("eipdesk"), args);
    return p;
}

TestCrossProcess::Run TestCrossProcess::finish(QProcess* p, int timeoutMs) {
    Run run;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished(10000);
    }
    run.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    run.out = p->readAllStandardOutput();
    run.err = p->readAllStandardError();
    p->deleteLater();
    return run;
}

TestCrossProcess::Run TestCrossProcess::eipdesk(const QStringList& args,
                                                const QByteArray& stdinData) {
    QProcess* p = startEipdesk(args);
    if (!p->waitForStarted(30000))
        return {};
    p->write(stdinData);
    p->closeWriteChannel();
    return finish(p);
}

QList<Address> TestCrossProcess::boundAddresses() {
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient client(&network, &clock);
    client.setCredentials({m_secretId, m_secretKey, {}});
    EndpointConfig endpoints;
    endpoints.customEndpoint = QUrl(m_endpoint);
    client.setEndpointConfig(endpoints);
    VpcApi api(&client);
    QList<Address> result;
    bool done = false;
    QObject context;
    api.describeAllAddresses(kRegion, {}, &context,
                             [&](const QList<Address>& list, const ApiError&) {
                                 for (const Address& a : list)
                                     if (a.addressStatus == QLatin1String(AddressStatus::Bind) &&
                                         a.instanceType == QLatin1String("CVM") && !a.isBlocked &&
                                         !a.isArrears && a.unbindBlocker().isEmpty())
                                         result << a;
                                 done = true;
                             });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return {};
    return result;
}

int TestCrossProcess::writes(const QString& addressId) {
    test::SandboxAdminClient admin(QUrl(m_endpoint), m_adminToken);
    const auto r = admin.send("GET", "/_admin/address", {}, "id=" + addressId.toUtf8());
    return r.status == 200 ? r.json.value(QLatin1String("writes")).toInt(-1) : -1;
}

QString TestCrossProcess::status(const QString& addressId) {
    test::SandboxAdminClient admin(QUrl(m_endpoint), m_adminToken);
    const auto r = admin.send("GET", "/_admin/address", {}, "id=" + addressId.toUtf8());
    return r.json.value(QLatin1String("address"))
        .toObject()
        .value(QLatin1String("AddressStatus"))
        .toString();
}

void TestCrossProcess::config(const QByteArray& json) {
    test::SandboxAdminClient admin(QUrl(m_endpoint), m_adminToken);
    QCOMPARE(admin.send("POST", "/_admin/config", json).status, 200);
}

void TestCrossProcess::twoCommandsSendOneWrite() {
    const Address a = m_unused.takeFirst();
    QCOMPARE(writes(a.addressId), 0);
    // A slow server: both runs pass their own checks long before either write is answered.
    config(R"({"latencyMs":1500})");
    const QStringList args = {QStringLiteral("unbind"), QStringLiteral("--yes"), a.addressId};
    QProcess* first = startEipdesk(args);
    QProcess* second = startEipdesk(args);
    const Run r1 = finish(first);
    const Run r2 = finish(second);
    config(R"({"latencyMs":0})");
    QCOMPARE(writes(a.addressId), 1);
    QCOMPARE(status(a.addressId), QStringLiteral("UNBIND"));
    // One succeeded; the other sent nothing and says why.
    QVERIFY2((r1.exitCode == 0) != (r2.exitCode == 0),
             (r1.dump() + "\n===\n" + r2.dump()).constData());
    const Run& loser = r1.exitCode == 0 ? r2 : r1;
    QCOMPARE(loser.exitCode, 1);
    QVERIFY2(loser.err.contains("Another EIP Desk is working on it") ||
                 loser.err.contains("changed"),
             loser.dump().constData());
    QVERIFY2(!loser.err.contains("MutexTaskRunning"), loser.dump().constData());
}

void TestCrossProcess::windowQueueAndCommandSendOneWrite() {
    const Address a = m_unused.takeFirst();
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient client(&network, &clock);
    client.setCredentials({m_secretId, m_secretKey, {}});
    EndpointConfig endpoints;
    endpoints.customEndpoint = QUrl(m_endpoint);
    client.setEndpointConfig(endpoints);
    VpcApi api(&client);
    Journal journal(&clock);
    journal.setProgram(QStringLiteral("window"));
    QVERIFY2(journal.open(journalPath()), qPrintable(journal.lastError()));
    OperationQueue queue(&journal, &clock);
    queue.setSession(&api, kProfile);

    // The window's unbind runs for a while on the server: it holds the EIP meanwhile.
    config(R"({"unbindDurationMs":8000})");
    const qint64 key = queue.enqueue({a}, false).first();
    QTRY_VERIFY_WITH_TIMEOUT(queue.item(key).state() == OperationState::Running, 60000);
    const Run cli = eipdesk({QStringLiteral("unbind"), QStringLiteral("--yes"), a.addressId});
    QTRY_VERIFY_WITH_TIMEOUT(queue.isSettled(), 120000);
    config(R"({"unbindDurationMs":500})");
    QCOMPARE(queue.item(key).state(), OperationState::Succeeded);
    QCOMPARE(writes(a.addressId), 1);
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("Another EIP Desk is working on it") && cli.err.contains("window"),
             cli.dump().constData());
}

void TestCrossProcess::startAndKillUnbind(const Address& a) {
    config(R"({"unbindDurationMs":3000})");
    QProcess* run = startEipdesk({QStringLiteral("unbind"), QStringLiteral("--yes"), a.addressId});
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += run->readAllStandardOutput();
            return out.contains("TaskId");
        },
        60000));
    run->kill(); // SIGKILL: the journal keeps "running", the claim keeps a dead owner
    QVERIFY(run->waitForFinished(30000));
    QCOMPARE(run->exitStatus(), QProcess::CrashExit);
    run->deleteLater();
    config(R"({"unbindDurationMs":500})");
    QCOMPARE(status(a.addressId), QStringLiteral("UNBINDING"));
}

QJsonObject TestCrossProcess::historyEntry(const QByteArray& json, const QString& addressId) {
    for (const QJsonValue& v : QJsonDocument::fromJson(json).array())
        if (v.toObject().value(QLatin1String("addressId")).toString() == addressId)
            return v.toObject();
    return {};
}

void TestCrossProcess::killedCommandIsSettledByTheNextOne() {
    const Address a = m_unused.takeFirst();
    startAndKillUnbind(a);
    if (QTest::currentTestFailed())
        return;
    // The next command of any kind settles it first: here `history --json`.
    const Run history = eipdesk({QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(history.exitCode == 0, history.dump().constData());
    QVERIFY2(history.err.contains("Settling"), history.dump().constData());
    const QJsonObject entry = historyEntry(history.out, a.addressId);
    QVERIFY2(!entry.isEmpty(), history.out.constData());
    QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
    QStringList actions;
    bool allAnswered = true;
    for (const QJsonValue& v : entry.value(QLatin1String("requests")).toArray()) {
        actions << v.toObject().value(QLatin1String("action")).toString();
        allAnswered =
            allAnswered && !v.toObject().value(QLatin1String("requestId")).toString().isEmpty();
    }
    QVERIFY2(actions.count(QStringLiteral("DisassociateAddress")) == 1,
             qPrintable(actions.join(QLatin1Char(','))));
    // The settling run's own reads are kept with the entry too (after the write).
    QVERIFY2(actions.lastIndexOf(QStringLiteral("DescribeTaskResult")) >
                 actions.indexOf(QStringLiteral("DisassociateAddress")),
             qPrintable(actions.join(QLatin1Char(','))));
    QVERIFY(allAnswered);
    QCOMPARE(writes(a.addressId), 1);

    const Run settle = eipdesk({QStringLiteral("settle")});
    QVERIFY2(settle.exitCode == 0, settle.dump().constData());
    QVERIFY2(settle.out.contains("Nothing to settle"), settle.dump().constData());
}

void TestCrossProcess::killedCommandIsSettledByAProfilesCommand() {
    const Address a = m_unused.takeFirst();
    startAndKillUnbind(a);
    if (QTest::currentTestFailed())
        return;
    const Run list = eipdesk({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0, list.dump().constData());
    QVERIFY2(list.err.contains("Settling"), list.dump().constData());
    QVERIFY2(list.out.contains(kProfile.toUtf8()), list.dump().constData());
    // Read without settling: `profiles list` already concluded it.
    const Run history = eipdesk(
        {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--no-settle")});
    const QJsonObject entry = historyEntry(history.out, a.addressId);
    QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(writes(a.addressId), 1);
}

QTEST_GUILESS_MAIN(TestCrossProcess)
#include "tst_crossprocess.moc"
