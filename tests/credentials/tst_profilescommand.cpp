// SPDX-License-Identifier: GPL-3.0-or-later
// `eipdesk profiles ...` through runProfilesCommand with the real keyring and the sandbox.
#include "KeyringTestHelpers.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/ProfilesCommand.h"
#include "inventory/InventoryCache.h"
#include "sandbox/SandboxServer.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace eipdesk;

namespace {
const QString kKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3CLITEST");

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}
} // namespace

class TestProfilesCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void usageErrors_data();
    void usageErrors();
    void listEmpty();
    void addListUseRemove();
    void importTccliDeleteSource();
    void importSdkKeepsFileWhenNotInteractive();
    void importAsksWhenInteractive_data();
    void importAsksWhenInteractive();
    void importMalformedImportsNothing();
    void importEnvironment();
    void importSameProfileTwiceAsks();
    void expiredTokenIsReported();
    void testConnectionAgainstSandbox_data();
    void testConnectionAgainstSandbox();

private:
    int run(const QStringList& args);

    QTemporaryDir* m_home = nullptr;
    ProfileStore* m_profiles = nullptr;
    KeychainCredentialStore* m_keychain = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QString m_out;
    QString m_err;
    QStringList m_secretInput;
    bool m_interactive = false;
    bool m_answer = false;
    int m_questions = 0;
    QProcessEnvironment m_env;
};

void TestProfilesCommand::initTestCase() {
    eipdesk::test::isolateUserDirectories();
    EIPDESK_REQUIRE_KEYRING();
    m_network = new QNetworkAccessManager(this);
}

void TestProfilesCommand::init() {
    m_home = new QTemporaryDir;
    m_profiles = new ProfileStore(m_home->filePath(QStringLiteral("profiles.ini")), nullptr);
    m_keychain = new KeychainCredentialStore;
    m_interactive = false;
    m_answer = false;
    m_questions = 0;
    m_env = QProcessEnvironment();
    m_secretInput.clear();
}

void TestProfilesCommand::cleanup() {
    // Remove what the test created from the keychain.
    for (const Profile& p : m_profiles->list())
        run({QStringLiteral("remove"), p.name});
    delete m_keychain;
    delete m_profiles;
    delete m_home;
}

int TestProfilesCommand::run(const QStringList& args) {
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    ProfilesCommandContext ctx;
    ctx.homeDir = m_home->path();
    ctx.env = m_env;
    ctx.profiles = m_profiles;
    ctx.secrets = m_keychain;
    ctx.network = m_network;
    ctx.interactive = m_interactive;
    ctx.readSecret = [this](const QString&) {
        return m_secretInput.isEmpty() ? QString() : m_secretInput.takeFirst();
    };
    ctx.confirm = [this](const QString&) {
        ++m_questions;
        return m_answer;
    };
    const int code =
        runProfilesCommand(QStringList{QStringLiteral("profiles")} + args, out, err, ctx);
    out.flush();
    err.flush();
    return code;
}

void TestProfilesCommand::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("no verb") << QStringList{} << "Usage";
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << "Unknown";
    QTest::newRow("add without name") << QStringList{QStringLiteral("add")} << "name";
    QTest::newRow("add without id")
        << QStringList{QStringLiteral("add"), QStringLiteral("x")} << "--secret-id";
    QTest::newRow("bad site") << QStringList{QStringLiteral("add"),         QStringLiteral("x"),
                                             QStringLiteral("--secret-id"), QStringLiteral("AKIDx"),
                                             QStringLiteral("--site"),      QStringLiteral("mars")}
                              << "--site";
    QTest::newRow("bad source") << QStringList{QStringLiteral("import"), QStringLiteral("--from"),
                                               QStringLiteral("ftp")}
                                << "--from";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("import"), QStringLiteral("--force")} << "--force";
}

void TestProfilesCommand::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, phrase);
    QCOMPARE(run(args), 2);
    QVERIFY2(m_err.contains(phrase), qPrintable(m_err));
    QVERIFY(m_profiles->list().isEmpty());
}

void TestProfilesCommand::listEmpty() {
    QCOMPARE(run({QStringLiteral("list")}), 0);
    QVERIFY2(m_out.contains(QLatin1String("No profiles")), qPrintable(m_out));
}

void TestProfilesCommand::addListUseRemove() {
    m_secretInput << kKey;
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--secret-id"),
                  QStringLiteral("AKIDprodABCD1234wxyz"), QStringLiteral("--site"),
                  QStringLiteral("international"), QStringLiteral("--region"),
                  QStringLiteral("ap-singapore")}),
             0);
    QVERIFY(!m_out.contains(kKey));
    QCOMPARE(run({QStringLiteral("use"), QStringLiteral("prod")}), 0);
    QCOMPARE(run({QStringLiteral("list")}), 0);
    QVERIFY2(m_out.contains(QLatin1String("prod")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("AKID…wxyz")), qPrintable(m_out));
    QVERIFY(!m_out.contains(QLatin1String("AKIDprodABCD1234wxyz")));
    QVERIFY(m_out.contains(QLatin1String("international")));
    QVERIFY(m_out.contains(QLatin1String("ap-singapore")));
    QVERIFY(m_out.contains(QLatin1String("TC3-HMAC-SHA256")));
    QVERIFY(m_out.contains(QLatin1String("in keychain")));
    QVERIFY(m_out.contains(QLatin1String("* prod")));
    // Each profile's endpoint: the public per-region host of its region.
    QVERIFY2(m_out.contains(QLatin1String("https://vpc.ap-singapore.tencentcloudapi.com/")),
             qPrintable(m_out));
    QVERIFY(!m_out.contains(kKey));
    // The profile's remembered inventory (InventoryCache) goes with it.
    const QString prodId = m_profiles->list().first().id;
    const InventoryCache cache(InventoryCache::pathFor(InventoryCache::defaultDirectory(), prodId));
    QVERIFY(QDir().mkpath(QFileInfo(cache.path()).absolutePath()));
    writeFile(cache.path(), "{}");
    writeFile(cache.rowsPath(), "{}");
    QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("prod")}), 0);
    QVERIFY(m_profiles->list().isEmpty());
    QVERIFY(!QFile::exists(cache.path()));
    QVERIFY(!QFile::exists(cache.rowsPath()));
    QCOMPARE(run({QStringLiteral("use"), QStringLiteral("prod")}), 1);
    QVERIFY(m_err.contains(QLatin1String("no profile named")));
}

void TestProfilesCommand::importTccliDeleteSource() {
    const QString cred = m_home->filePath(QStringLiteral(".tccli/default.credential"));
    writeFile(cred, "{\"secretId\": \"AKIDtccli0001\", \"secretKey\": \"" + kKey.toUtf8() + "\"}");
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("tccli"),
             QStringLiteral("--tccli-profile"), QStringLiteral("default"), QStringLiteral("--name"),
             QStringLiteral("from-tccli"), QStringLiteral("--delete-source")}),
        0);
    QVERIFY2(m_out.contains(QLatin1String("from-tccli")), qPrintable(m_out + m_err));
    QVERIFY(!QFile::exists(cred));
    QCOMPARE(m_questions, 0);
    const Profile p = m_profiles->findByName(QStringLiteral("from-tccli"));
    QVERIFY(p.isValid());
    QCOMPARE(m_profiles->currentProfileId(), p.id);
    const auto r = eipdesk::test::waitForJob(
        [&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(p.id), cb); });
    QCOMPARE(r.secret, kKey);
}

void TestProfilesCommand::importSdkKeepsFileWhenNotInteractive() {
    const QString ini = m_home->filePath(QStringLiteral(".tencentcloud/credentials"));
    writeFile(ini, "[default]\nsecret_id = AKIDsdk0001\nsecret_key = " + kKey.toUtf8() + "\n");
    QCOMPARE(run({QStringLiteral("import")}), 0); // auto-detects the SDK file
    QVERIFY(m_err.contains(QLatin1String("sdk")));
    QVERIFY(QFile::exists(ini));
    QCOMPARE(m_questions, 0);
    QVERIFY2(m_err.contains(QLatin1String("--delete-source")), qPrintable(m_err));
    QVERIFY(m_profiles->findByName(QStringLiteral("default")).isValid());
}

void TestProfilesCommand::importAsksWhenInteractive_data() {
    QTest::addColumn<bool>("answer");
    QTest::newRow("yes deletes") << true;
    QTest::newRow("no keeps") << false;
}

void TestProfilesCommand::importAsksWhenInteractive() {
    QFETCH(bool, answer);
    const QString ini = m_home->filePath(QStringLiteral(".tencentcloud/credentials"));
    writeFile(ini, "[default]\nsecret_id = AKIDsdk0002\nsecret_key = " + kKey.toUtf8() + "\n");
    m_interactive = true;
    m_answer = answer;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("sdk")}), 0);
    QCOMPARE(m_questions, 1);
    QCOMPARE(QFile::exists(ini), !answer);
}

void TestProfilesCommand::importMalformedImportsNothing() {
    writeFile(m_home->filePath(QStringLiteral(".tccli/good.credential")),
              "{\"secretId\": \"AKIDgood\", \"secretKey\": \"k\"}");
    writeFile(m_home->filePath(QStringLiteral(".tccli/bad.credential")), "{\"secretId\": ");
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("tccli")}), 1);
    QVERIFY2(m_err.contains(QLatin1String("bad.credential")), qPrintable(m_err));
    QVERIFY(m_err.contains(QLatin1String("Nothing was imported")));
    QVERIFY(m_profiles->list().isEmpty());
    QVERIFY(QFile::exists(m_home->filePath(QStringLiteral(".tccli/good.credential"))));
}

void TestProfilesCommand::importEnvironment() {
    m_env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDenv0001"));
    m_env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), kKey);
    m_env.insert(QStringLiteral("TENCENTCLOUD_REGION"), QStringLiteral("ap-chengdu"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("env")}), 0);
    const Profile p = m_profiles->findByName(QStringLiteral("environment"));
    QVERIFY(p.isValid());
    QCOMPARE(p.defaultRegion, QStringLiteral("ap-chengdu"));
    QVERIFY(!m_out.contains(kKey) && !m_err.contains(kKey));
}

void TestProfilesCommand::importSameProfileTwiceAsks() {
    m_env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDenv0002"));
    m_env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), kKey);
    const QStringList import{QStringLiteral("import"), QStringLiteral("--from"),
                             QStringLiteral("env")};
    QCOMPARE(run(import), 0);
    QCOMPARE(m_profiles->list().size(), 1);
    // Again: no silent "environment (2)"; the user must choose.
    QCOMPARE(run(import), 1);
    QVERIFY2(m_err.contains(QLatin1String("--replace")), qPrintable(m_err));
    QCOMPARE(m_profiles->list().size(), 1);
    // --replace keeps one profile (same id) with the new key.
    const QString id = m_profiles->list().first().id;
    const QString newKey = QStringLiteral("k2") + kKey.mid(2);
    m_env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), newKey);
    QCOMPARE(run(import + QStringList{QStringLiteral("--replace")}), 0);
    QCOMPARE(m_profiles->list().size(), 1);
    QCOMPARE(m_profiles->list().first().id, id);
    const auto r = eipdesk::test::waitForJob(
        [&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(id), cb); });
    QCOMPARE(r.secret, newKey);
    // --keep-both adds a second profile.
    QCOMPARE(run(import + QStringList{QStringLiteral("--keep-both")}), 0);
    QCOMPARE(m_profiles->list().size(), 2);
}

void TestProfilesCommand::expiredTokenIsReported() {
    m_secretInput << kKey << QStringLiteral("tok-expired");
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("temp"), QStringLiteral("--secret-id"),
                  QStringLiteral("AKIDtemp0001"), QStringLiteral("--token-stdin"),
                  QStringLiteral("--token-expiry"), QStringLiteral("2001-02-03T04:05:06Z")}),
             0);
    const Profile p = m_profiles->findByName(QStringLiteral("temp"));
    QVERIFY(p.hasToken);
    QCOMPARE(p.tokenExpiry, QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC));
    QCOMPARE(run({QStringLiteral("test"), QStringLiteral("temp")}), 1);
    QVERIFY2(m_err.contains(QLatin1String("expired")), qPrintable(m_err));
    QVERIFY(!m_err.contains(QLatin1String("tok-expired")));
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("temp2"), QStringLiteral("--secret-id"),
                  QStringLiteral("AKIDtemp0002"), QStringLiteral("--token-expiry"),
                  QStringLiteral("tomorrow")}),
             2);
}

void TestProfilesCommand::testConnectionAgainstSandbox_data() {
    QTest::addColumn<bool>("rightKey");
    QTest::newRow("right key") << true;
    QTest::newRow("wrong key") << false;
}

void TestProfilesCommand::testConnectionAgainstSandbox() {
    QFETCH(bool, rightKey);
    sandbox::SandboxServer server;
    sandbox::SandboxConfig config;
    config.addresses = 10;
    config.regions = 2;
    config.perRegionPorts = false;
    QVERIFY(server.start(config));
    m_secretInput << (rightKey ? server.secretKey() : QStringLiteral("wrong-key-123"));
    QCOMPARE(run({QStringLiteral("add"), QStringLiteral("sb"), QStringLiteral("--secret-id"),
                  server.secretId(), QStringLiteral("--endpoint"), server.endpoint().toString()}),
             0);
    const int code = run({QStringLiteral("test"), QStringLiteral("sb")});
    QCOMPARE(code, rightKey ? 0 : 1);
    const QString all = m_out + m_err;
    QVERIFY2(
        all.contains(rightKey ? QLatin1String("works") : QLatin1String("the SecretKey is wrong")),
        qPrintable(all));
    QVERIFY(!all.contains(server.secretKey()));
}

QTEST_GUILESS_MAIN(TestProfilesCommand)
#include "tst_profilescommand.moc"
