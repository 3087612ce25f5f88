// SPDX-License-Identifier: GPL-3.0-or-later
// The tccli, SDK INI and environment importers on good and malformed input.
#include "credentials/EnvImporter.h"
#include "credentials/SdkIniImporter.h"
#include "credentials/TccliImporter.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eipdesk;

namespace {
const QString kId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString kKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}
} // namespace

class TestImporters : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { eipdesk::test::isolateUserDirectories(); }

    void tccliGood();
    void tccliConfigureEndpoint();
    void tccliAllProfiles();
    void tccliMalformed_data();
    void tccliMalformed();
    void tccliAllIsAllOrNothing();

    void sdkGood();
    void sdkMalformed_data();
    void sdkMalformed();

    void env_data();
    void env();
};

void TestImporters::tccliGood() {
    QTemporaryDir home;
    writeFile(home.filePath(QStringLiteral(".tccli/default.credential")),
              "{\"secretId\": \" " + kId.toUtf8() + " \", \"secretKey\": \"" + kKey.toUtf8() +
                  "\", \"token\": \"tok123\"}");
    writeFile(home.filePath(QStringLiteral(".tccli/default.configure")),
              R"({"_sys_param": {"region": "ap-shanghai", "output": "json"},
                  "cvm": {"endpoint": "cvm.tencentcloudapi.com", "version": "2017-03-12"}})");
    TccliImporter importer(home.path());
    QCOMPARE(importer.availableProfiles(), QStringList{QStringLiteral("default")});
    const ImportResult r = importer.importProfile(QStringLiteral("default"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 1);
    const ImportedProfile& p = r.profiles.first();
    QCOMPARE(p.profile.name, QStringLiteral("default"));
    QCOMPARE(p.credentials.secretId, kId); // trimmed
    QCOMPARE(p.credentials.secretKey, kKey);
    QCOMPARE(p.credentials.token, QStringLiteral("tok123"));
    QVERIFY(p.profile.hasToken);
    QCOMPARE(p.profile.secretId, kId);
    QCOMPARE(p.profile.defaultRegion, QStringLiteral("ap-shanghai"));
    QCOMPARE(p.profile.site, Site::China);
    QVERIFY(p.profile.endpointOverride.isEmpty());
    // Only the file holding secrets is offered for deletion.
    QCOMPARE(r.sourceFiles,
             QStringList{home.filePath(QStringLiteral(".tccli/default.credential"))});
}

void TestImporters::tccliConfigureEndpoint() {
    QTemporaryDir home;
    writeFile(home.filePath(QStringLiteral(".tccli/intl.credential")),
              "{\"secretId\": \"" + kId.toUtf8() + "\", \"secretKey\": \"" + kKey.toUtf8() + "\"}");
    writeFile(home.filePath(QStringLiteral(".tccli/intl.configure")),
              R"({"_sys_param": {"region": "ap-singapore"},
                  "vpc": {"endpoint": "vpc.intl.tencentcloudapi.com"}})");
    writeFile(home.filePath(QStringLiteral(".tccli/proxy.credential")),
              "{\"secretId\": \"" + kId.toUtf8() + "\", \"secretKey\": \"" + kKey.toUtf8() + "\"}");
    writeFile(home.filePath(QStringLiteral(".tccli/proxy.configure")),
              R"({"vpc": {"endpoint": "127.0.0.1:8080"}})");
    TccliImporter importer(home.path());
    ImportResult r = importer.importProfile(QStringLiteral("intl"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.profiles.first().profile.site, Site::International);
    QVERIFY(r.profiles.first().profile.endpointOverride.isEmpty());
    QVERIFY(!r.profiles.first().profile.hasToken);
    r = importer.importProfile(QStringLiteral("proxy"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.profiles.first().profile.endpointOverride.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(r.profiles.first().profile.endpointOverride.port(), 8080);
}

void TestImporters::tccliAllProfiles() {
    QTemporaryDir home;
    for (const char* name : {"prod", "test"})
        writeFile(home.filePath(QStringLiteral(".tccli/%1.credential").arg(QLatin1String(name))),
                  "{\"secretId\": \"" + kId.toUtf8() + "\", \"secretKey\": \"" + kKey.toUtf8() +
                      "\"}");
    const ImportResult r = TccliImporter(home.path()).importAll();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 2);
    QCOMPARE(r.profiles.at(0).profile.name, QStringLiteral("prod"));
    QCOMPARE(r.profiles.at(1).profile.name, QStringLiteral("test"));
    QCOMPARE(r.sourceFiles.size(), 2);
    QVERIFY(!TccliImporter(QDir::tempPath() + QStringLiteral("/no-such-home")).importAll().ok());
}

void TestImporters::tccliMalformed_data() {
    QTest::addColumn<QByteArray>("credential");
    QTest::addColumn<QByteArray>("configure"); // empty: no file
    QTest::addColumn<QString>("fileSuffix");
    QTest::addColumn<QString>("problem");
    const QByteArray good =
        "{\"secretId\": \"" + kId.toUtf8() + "\", \"secretKey\": \"" + kKey.toUtf8() + "\"}";
    QTest::newRow("truncated JSON")
        << QByteArray("{\"secretId\": \"AKID") << QByteArray() << ".credential"
        << "not valid JSON";
    QTest::newRow("empty file") << QByteArray("  \n") << QByteArray() << ".credential"
                                << "empty";
    QTest::newRow("JSON array") << QByteArray("[1,2]") << QByteArray() << ".credential"
                                << "JSON object";
    QTest::newRow("missing secretKey")
        << QByteArray("{\"secretId\": \"AKIDabc\"}") << QByteArray() << ".credential"
        << "\"secretKey\"";
    QTest::newRow("secretId not a string")
        << QByteArray("{\"secretId\": 42, \"secretKey\": \"abc\"}") << QByteArray() << ".credential"
        << "\"secretId\" must be a string";
    QTest::newRow("space inside secretKey")
        << QByteArray("{\"secretId\": \"AKIDabc\", \"secretKey\": \"ab cd\"}") << QByteArray()
        << ".credential"
        << "SecretKey contains spaces";
    QTest::newRow("broken configure") << good << QByteArray("{\"_sys_param\": ") << ".configure"
                                      << "not valid JSON";
    QTest::newRow("region not a string")
        << good << QByteArray("{\"_sys_param\": {\"region\": 7}}") << ".configure"
        << "\"region\" must be a string";
}

void TestImporters::tccliMalformed() {
    QFETCH(QByteArray, credential);
    QFETCH(QByteArray, configure);
    QFETCH(QString, fileSuffix);
    QFETCH(QString, problem);
    QTemporaryDir home;
    writeFile(home.filePath(QStringLiteral(".tccli/default.credential")), credential);
    if (!configure.isEmpty())
        writeFile(home.filePath(QStringLiteral(".tccli/default.configure")), configure);
    const ImportResult r = TccliImporter(home.path()).importProfile(QStringLiteral("default"));
    QVERIFY(!r.ok());
    QVERIFY(r.profiles.isEmpty()); // nothing half-imported
    QVERIFY2(r.error.contains(QStringLiteral("default") + fileSuffix), qPrintable(r.error));
    QVERIFY2(r.error.contains(problem), qPrintable(r.error));
    QVERIFY2(!r.error.contains(kKey), "the error quotes the secret");
}

void TestImporters::tccliAllIsAllOrNothing() {
    QTemporaryDir home;
    writeFile(home.filePath(QStringLiteral(".tccli/a.credential")),
              "{\"secretId\": \"" + kId.toUtf8() + "\", \"secretKey\": \"" + kKey.toUtf8() + "\"}");
    writeFile(home.filePath(QStringLiteral(".tccli/b.credential")), "{oops");
    const ImportResult r = TccliImporter(home.path()).importAll();
    QVERIFY(!r.ok());
    QVERIFY(r.profiles.isEmpty());
    QVERIFY(r.sourceFiles.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("b.credential")), qPrintable(r.error));
}

void TestImporters::sdkGood() {
    QTemporaryDir home;
    writeFile(home.filePath(QStringLiteral(".tencentcloud/credentials")),
              "# shared credentials\n[default]\nsecret_id = " + kId.toUtf8() +
                  "\nsecret_key=" + kKey.toUtf8() +
                  "\n\n[test]\nsecret_id = AKIDtest123\nsecret_key = testkey456\n"
                  "token = tok\nregion = ap-beijing\n");
    SdkIniImporter importer(home.path());
    ImportResult r = importer.importFile();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.profiles.size(), 2);
    QCOMPARE(r.profiles.at(0).profile.name, QStringLiteral("default"));
    QCOMPARE(r.profiles.at(0).credentials.secretId, kId);
    QCOMPARE(r.profiles.at(0).credentials.secretKey, kKey);
    QVERIFY(!r.profiles.at(0).profile.hasToken);
    QCOMPARE(r.profiles.at(1).profile.name, QStringLiteral("test"));
    QCOMPARE(r.profiles.at(1).credentials.token, QStringLiteral("tok"));
    QCOMPARE(r.profiles.at(1).profile.defaultRegion, QStringLiteral("ap-beijing"));
    QCOMPARE(r.sourceFiles, QStringList{importer.filePath()});
    r = importer.importSection(QStringLiteral("test"));
    QVERIFY(r.ok());
    QCOMPARE(r.profiles.size(), 1);
    r = importer.importSection(QStringLiteral("nope"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("[nope]")));
}

void TestImporters::sdkMalformed_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no file") << QByteArray() << "does not exist";
    QTest::newRow("unclosed section") << QByteArray("[default\nsecret_id=a\n") << "line 1";
    QTest::newRow("key before section") << QByteArray("secret_id = a\n[default]\n") << "line 1";
    QTest::newRow("garbage line") << QByteArray("[default]\nsecret_id = AKIDa\nthis is not ini\n")
                                  << "line 3";
    QTest::newRow("missing secret_key")
        << QByteArray("[default]\nsecret_id = AKIDa\n") << "secret_id and secret_key";
    QTest::newRow("duplicate section")
        << QByteArray("[a]\nsecret_id=x\nsecret_key=y\n[a]\n") << "appears twice";
    QTest::newRow("only comments") << QByteArray("# nothing\n") << "no section";
    QTest::newRow("second section broken")
        << QByteArray("[ok]\nsecret_id=AKIDa\nsecret_key=k\n[bad]\nsecret_id=AKIDb\n") << "[bad]";
}

void TestImporters::sdkMalformed() {
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QTemporaryDir home;
    if (!content.isEmpty())
        writeFile(home.filePath(QStringLiteral(".tencentcloud/credentials")), content);
    const ImportResult r = SdkIniImporter(home.path()).importFile();
    QVERIFY(!r.ok());
    QVERIFY(r.profiles.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("credentials")), qPrintable(r.error));
    QVERIFY2(r.error.contains(problem), qPrintable(r.error));
}

void TestImporters::env_data() {
    QTest::addColumn<QStringList>("vars");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("problem");
    const QString id = QStringLiteral("TENCENTCLOUD_SECRET_ID=") + kId;
    const QString key = QStringLiteral("TENCENTCLOUD_SECRET_KEY=") + kKey;
    QTest::newRow("id and key") << QStringList{id, key} << true << QString() << QString();
    QTest::newRow("session token")
        << QStringList{id, key, QStringLiteral("TENCENTCLOUD_SESSION_TOKEN=st")} << true
        << QStringLiteral("st") << QString();
    QTest::newRow("legacy token name")
        << QStringList{id, key, QStringLiteral("TENCENTCLOUD_TOKEN=lt")} << true
        << QStringLiteral("lt") << QString();
    QTest::newRow("nothing set") << QStringList{} << false << QString()
                                 << QStringLiteral("TENCENTCLOUD_SECRET_ID");
    QTest::newRow("key missing") << QStringList{id} << false << QString()
                                 << QStringLiteral("TENCENTCLOUD_SECRET_KEY is not");
    QTest::newRow("id missing") << QStringList{key} << false << QString()
                                << QStringLiteral("TENCENTCLOUD_SECRET_ID is not");
    QTest::newRow("bad id") << QStringList{QStringLiteral("TENCENTCLOUD_SECRET_ID=AK ID"), key}
                            << false << QString() << QStringLiteral("SecretId");
}

void TestImporters::env() {
    QFETCH(QStringList, vars);
    QFETCH(bool, ok);
    QFETCH(QString, token);
    QFETCH(QString, problem);
    QProcessEnvironment e;
    for (const QString& v : vars)
        e.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    e.insert(QStringLiteral("TENCENTCLOUD_REGION"), QStringLiteral("ap-nanjing"));
    const ImportResult r = EnvImporter(e).importEnvironment();
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(r.profiles.isEmpty());
        QVERIFY2(r.error.contains(problem), qPrintable(r.error));
        QVERIFY(!r.error.contains(kKey));
        return;
    }
    QCOMPARE(r.profiles.first().credentials.secretKey, kKey);
    QCOMPARE(r.profiles.first().credentials.token, token);
    QCOMPARE(r.profiles.first().profile.hasToken, !token.isEmpty());
    QCOMPARE(r.profiles.first().profile.defaultRegion, QStringLiteral("ap-nanjing"));
    QVERIFY(r.sourceFiles.isEmpty());
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
