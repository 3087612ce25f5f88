// SPDX-License-Identifier: GPL-3.0-or-later
// The secret-leak test: a scripted run of the real `eipdesk` binary against the real
// `eipdesk-sandbox` (create a profile, test the connection, list, open the profile and load
// its EIPs, unbind a bound EIP and fail to unbind an idle one from the command line, print the
// journal, provoke errors), then every file the app wrote under its private HOME/XDG tree
// (settings, the SQLite journal and its WAL, read as bytes) and every byte of its stdout and
// stderr is scanned for the SecretKey and the token.
#include "KeyringTestHelpers.h"
#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/SystemClock.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>

#include "support/SandboxProcess.h"
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QString binary(const char* name) {
    return QStringLiteral(EIPDESK_BINARY_DIR "/bin/") + QLatin1String(name);
}

// Every encoding a careless program might write a QString in.
QList<QByteArray> needles(const QString& secret) {
    QByteArray utf16;
    for (const QChar c : secret) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return {secret.toUtf8(), utf16, secret.toUtf8().toBase64(),
            secret.toUtf8().toPercentEncoding()};
}

// Files (relative to root) whose content contains any of the secrets.
QStringList filesContaining(const QString& root, const QStringList& secrets) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray data = f.readAll();
        for (const QString& s : secrets)
            for (const QByteArray& n : needles(s))
                if (data.contains(n))
                    hits << QDir(root).relativeFilePath(path);
    }
    hits.removeDuplicates();
    return hits;
}

QStringList filesNamed(const QString& root, const QString& pattern) {
    QStringList found;
    QDirIterator it(root, {pattern}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}
} // namespace

class TestSecretLeak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsPlantedSecret();
    void scriptedRunLeaksNothing();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run eipdesk(const QStringList& args, const QByteArray& stdinData = {},
                const QProcessEnvironment& extra = {});
    // The sandbox's addresses in ap-guangzhou, read with the client library.
    QList<eipdesk::Address> sandboxAddresses();

    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    eipdesk::test::SandboxProcess m_sandbox;
    QString m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QString m_token;
    QByteArray m_allOutput;
};

void TestSecretLeak::initTestCase() {
    eipdesk::test::isolateUserDirectories();
    EIPDESK_REQUIRE_KEYRING();
    QVERIFY2(QFile::exists(binary("eipdesk")), "build the eipdesk target first");
    QVERIFY2(QFile::exists(binary("eipdesk-sandbox")), "build the eipdesk-sandbox target first");
    QVERIFY(m_root.isValid());
    m_env = eipdesk::test::isolatedProcessEnvironment(m_root.path());
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    m_token = QStringLiteral("leaktoken-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    QVERIFY2(
        m_sandbox.start(binary("eipdesk-sandbox"),
                        {QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--single-port"), QStringLiteral("--addresses"),
                         QStringLiteral("40"), QStringLiteral("--regions"), QStringLiteral("2")},
                        &error),
        qPrintable(error));
    m_endpoint = m_sandbox.endpoint();
    m_secretId = m_sandbox.secretId();
    m_secretKey = m_sandbox.secretKey();
}

void TestSecretLeak::cleanupTestCase() {}

TestSecretLeak::Run TestSecretLeak::eipdesk(const QStringList& args, const QByteArray& stdinData,
                                            const QProcessEnvironment& extra) {
    QProcess p;
    QProcessEnvironment env = m_env;
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_root.filePath(QStringLiteral("home")));
    p.start(binary("eipdesk"), args);
    Run run;
    if (!p.waitForStarted(30000))
        return run;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished(10000);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    m_allOutput += run.out + run.err;
    return run;
}

QList<eipdesk::Address> TestSecretLeak::sandboxAddresses() {
    QNetworkAccessManager network;
    eipdesk::SystemClock clock;
    eipdesk::ApiClient client(&network, &clock);
    client.setCredentials({m_secretId, m_secretKey, {}});
    eipdesk::EndpointConfig endpoints;
    endpoints.customEndpoint = QUrl(m_endpoint);
    client.setEndpointConfig(endpoints);
    eipdesk::VpcApi api(&client);
    QList<eipdesk::Address> result;
    bool done = false;
    QObject context;
    api.describeAllAddresses(QStringLiteral("ap-guangzhou"), {}, &context,
                             [&](const QList<eipdesk::Address>& list, const eipdesk::ApiError&) {
                                 result = list;
                                 done = true;
                             });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return {};
    return result;
}

void TestSecretLeak::scannerFindsPlantedSecret() {
    // The scan must be able to fail: plant the secret and find it.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("sub/.hidden")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("prefix " + QStringLiteral("s3cr3t-κλειδί").toUtf8() + " suffix");
    f.close();
    QCOMPARE(filesContaining(dir.path(), {QStringLiteral("s3cr3t-κλειδί")}).size(), 1);
    QVERIFY(filesContaining(dir.path(), {QStringLiteral("other")}).isEmpty());
    // Binary files too (the journal is SQLite): NUL bytes before and after the secret.
    QFile bin(dir.filePath(QStringLiteral("journal.sqlite-wal")));
    QVERIFY(bin.open(QIODevice::WriteOnly));
    bin.write(QByteArray("SQLite format 3\0\0\x01\xff", 19) + QByteArray(300, '\0') +
              "b1n4ry-secret" + QByteArray(40, '\0'));
    bin.close();
    QCOMPARE(filesContaining(dir.path(), {QStringLiteral("b1n4ry-secret")}),
             QStringList{QStringLiteral("journal.sqlite-wal")});
}

void TestSecretLeak::scriptedRunLeaksNothing() {
    const QString leak = QStringLiteral("leak-") + QUuid::createUuid().toString(QUuid::Id128);
    // 1. Create a profile (SecretKey on stdin) and make it current.
    Run r = eipdesk({QStringLiteral("profiles"), QStringLiteral("add"), leak,
                     QStringLiteral("--secret-id"), m_secretId, QStringLiteral("--endpoint"),
                     m_endpoint, QStringLiteral("--region"), QStringLiteral("ap-guangzhou")},
                    m_secretKey.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(eipdesk({QStringLiteral("profiles"), QStringLiteral("use"), leak}).exitCode, 0);
    // 2. Test the connection against the sandbox.
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("test"), leak});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    // 3. List.
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(leak.toUtf8()));
    // 4. Open the app on that profile and load its EIPs (headless smoke run).
    r = eipdesk({QStringLiteral("--profile"), leak, QStringLiteral("--smoke")});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(r.out.contains("Loaded"), (r.out + r.err).constData());
    // 4b. Unbind from the command line: a bound EIP (succeeds), an idle one (fails with the
    //     catalog's explanation), one without --yes on a non-terminal stdin (refused); then
    //     print the journal.
    const QList<eipdesk::Address> addresses = sandboxAddresses();
    QVERIFY2(!addresses.isEmpty(), "the sandbox listed no EIPs");
    std::optional<eipdesk::Address> bound, idle;
    for (const eipdesk::Address& a : addresses) { // the first of each kind, in list order
        if (!bound && a.boundKind() == eipdesk::BoundKind::Cvm && a.unbindBlocker().isEmpty() &&
            !a.cascadeRelease)
            bound = a;
        if (!idle && a.unbindBlocker() == QLatin1String("not-bound") &&
            a.addressType == QLatin1String("EIP"))
            idle = a;
    }
    QVERIFY(bound && idle);
    r = eipdesk({QStringLiteral("unbind"), QStringLiteral("--profile"), leak,
                 QStringLiteral("--yes"), bound->addressId});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(r.out.contains(bound->addressId.toUtf8()), (r.out + r.err).constData());
    r = eipdesk({QStringLiteral("unbind"), QStringLiteral("--profile"), leak,
                 QStringLiteral("--yes"), idle->addressIp});
    QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
    QVERIFY2(r.err.contains("InvalidAddressIdStatus.NotPermit"), (r.out + r.err).constData());
    const QList<eipdesk::Address> more = sandboxAddresses();
    std::optional<eipdesk::Address> another;
    for (const eipdesk::Address& a : more)
        if (!another && a.boundKind() == eipdesk::BoundKind::Cvm && a.unbindBlocker().isEmpty())
            another = a;
    QVERIFY(another);
    r = eipdesk({QStringLiteral("unbind"), another->addressId}); // stdin is not a terminal
    QCOMPARE(r.exitCode, 2);
    r = eipdesk({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(bound->addressId.toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains("\"succeeded\""), r.out.constData());
    // 5. Provoke errors: a wrong key, a temporary token the server refuses, an unreachable
    //    endpoint, a malformed import file that holds the secret, a bad usage.
    const QString wrong = leak + QStringLiteral("-wrong");
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("add"), wrong,
                 QStringLiteral("--secret-id"), m_secretId, QStringLiteral("--endpoint"),
                 m_endpoint, QStringLiteral("--token-stdin")},
                m_secretKey.toUtf8() + "x\n" + m_token.toUtf8() + "\n");
    QCOMPARE(r.exitCode, 0);
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("test"), wrong});
    QCOMPARE(r.exitCode, 1);
    r = eipdesk({QStringLiteral("unbind"), QStringLiteral("--profile"), wrong,
                 QStringLiteral("--yes"), another->addressId});
    QCOMPARE(r.exitCode, 1); // refused by the server: nothing resolved, nothing sent
    QProcessEnvironment tokenEnv;
    tokenEnv.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), m_secretId);
    tokenEnv.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), m_secretKey);
    tokenEnv.insert(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"), m_token);
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("import"), QStringLiteral("--from"),
                 QStringLiteral("env"), QStringLiteral("--name"), leak + QStringLiteral("-env"),
                 QStringLiteral("--keep-both")}, // the same account as above: keep both profiles
                {}, tokenEnv);
    QCOMPARE(r.exitCode, 0);
    const QString unreachable = leak + QStringLiteral("-down");
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("add"), unreachable,
                 QStringLiteral("--secret-id"), m_secretId, QStringLiteral("--endpoint"),
                 QStringLiteral("http://127.0.0.1:1")},
                m_secretKey.toUtf8() + "\n");
    QCOMPARE(r.exitCode, 0);
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("test"), unreachable});
    QCOMPARE(r.exitCode, 1);
    const QString tccliDir = m_root.filePath(QStringLiteral("home/.tccli"));
    QVERIFY(QDir().mkpath(tccliDir));
    {
        QFile bad(tccliDir + QStringLiteral("/broken.credential"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"secretId\": \"" + m_secretId.toUtf8() + "\", \"secretKey\": \"" +
                  m_secretKey.toUtf8() + " \", \"token\": 7"); // truncated JSON
    }
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("import"), QStringLiteral("--from"),
                 QStringLiteral("tccli")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("broken.credential"));
    QVERIFY(QFile::remove(tccliDir + QStringLiteral("/broken.credential"))); // our own input
    r = eipdesk({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    r = eipdesk({QStringLiteral("--profile"), wrong, QStringLiteral("--smoke")});
    QVERIFY(r.exitCode != 0); // the wrong key cannot load anything

    // 6. Scan: every file the app wrote, and everything it printed.
    const QStringList secrets{m_secretKey, m_token};
    const QStringList hits = filesContaining(m_root.path(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secret found in: ") + hits.join(u',')));
    for (const QString& s : secrets)
        for (const QByteArray& n : needles(s))
            QVERIFY2(!m_allOutput.contains(n), "a secret appeared on stdout or stderr");
    // The run really wrote settings and the journal (the scan looked at them).
    QVERIFY(!filesContaining(m_root.path(), {leak}).isEmpty());
    const QStringList journals =
        filesNamed(m_root.filePath(QStringLiteral("data")), QStringLiteral("journal.sqlite*"));
    QVERIFY2(!journals.isEmpty(), "the unbind wrote no journal under XDG_DATA_HOME");
    bool journalScanned = false;
    for (const QString& j : journals)
        journalScanned =
            journalScanned || filesContaining(QFileInfo(j).absolutePath(), {bound->addressId})
                                  .contains(QFileInfo(j).fileName());
    QVERIFY2(journalScanned, qPrintable(journals.join(u',')));

    // Leave the shared keyring clean.
    for (const QString& name : {leak, wrong, unreachable, leak + QStringLiteral("-env")})
        eipdesk({QStringLiteral("profiles"), QStringLiteral("remove"), name});
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
