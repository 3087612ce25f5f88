// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore: QSettings persistence, rename by id, current profile, no secrets on disk.
#include "credentials/ProfileStore.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eipdesk;

class TestProfileStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { eipdesk::test::isolateUserDirectories(); }
    void roundTrip();
    void renameKeepsId();
    void listSortedAndFind();
    void removeClearsCurrent();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void defaultFileIsInConfigDir();
};

void TestProfileStore::roundTrip() {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
    Profile p;
    p.name = QStringLiteral("prod (intl)");
    p.site = Site::International;
    p.defaultRegion = QStringLiteral("ap-singapore");
    p.secretId = QStringLiteral("AKIDexample1234");
    p.hasToken = true;
    p.tokenExpiry = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    p.endpointOverride = QUrl(QStringLiteral("https://vpc.example.com"));
    p.signatureMethod = SignatureMethod::HmacSha1;
    p.language = QStringLiteral("zh_CN");
    QString id;
    {
        ProfileStore store(ini, nullptr);
        QSignalSpy changed(&store, &ProfileStore::changed);
        id = store.save(p);
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.count(), 1);
        store.setCurrentProfileId(id);
    }
    ProfileStore reopened(ini, nullptr);
    const Profile q = reopened.profile(id);
    QVERIFY(q.isValid());
    QCOMPARE(q.id, id);
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.site, p.site);
    QCOMPARE(q.defaultRegion, p.defaultRegion);
    QCOMPARE(q.secretId, p.secretId);
    QCOMPARE(q.hasToken, true);
    QCOMPARE(q.tokenExpiry, p.tokenExpiry);
    QCOMPARE(q.endpointOverride, p.endpointOverride);
    QCOMPARE(q.signatureMethod, SignatureMethod::HmacSha1);
    QCOMPARE(q.language, p.language);
    QCOMPARE(reopened.currentProfileId(), id);
    // The settings file holds no key material beyond the SecretId.
    QFile f(ini);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("secretKey"));
    QVERIFY(!text.contains("token="));
}

void TestProfileStore::renameKeepsId() {
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("p.ini")), nullptr);
    Profile p;
    p.name = QStringLiteral("old");
    p.secretId = QStringLiteral("AKIDx");
    p.id = store.save(p);
    p.name = QStringLiteral("new");
    QCOMPARE(store.save(p), p.id);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.profile(p.id).name, QStringLiteral("new"));
    QVERIFY(!store.findByName(QStringLiteral("old")).isValid());
}

void TestProfileStore::listSortedAndFind() {
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("p.ini")), nullptr);
    for (const char* n : {"beta", "Alpha", "gamma"}) {
        Profile p;
        p.name = QLatin1String(n);
        QVERIFY(!store.save(p).isEmpty());
    }
    const QList<Profile> all = store.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(all.at(2).name, QStringLiteral("gamma"));
    QVERIFY(store.findByName(QStringLiteral("ALPHA")).isValid());
    QCOMPARE(store.uniqueName(QStringLiteral("beta")), QStringLiteral("beta (2)"));
    QCOMPARE(store.uniqueName(QStringLiteral("delta")), QStringLiteral("delta"));
}

void TestProfileStore::removeClearsCurrent() {
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("p.ini")), nullptr);
    Profile p;
    p.name = QStringLiteral("x");
    const QString id = store.save(p);
    store.setCurrentProfileId(id);
    QVERIFY(store.remove(id));
    QVERIFY(!store.contains(id));
    QVERIFY(store.currentProfileId().isEmpty());
    QVERIFY(!store.remove(id));
    QVERIFY(!store.profile(id).isValid());
}

void TestProfileStore::rejectsBadInput_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("empty name") << QString() << QString();
    QTest::newRow("blank name") << QString() << QStringLiteral("   ");
    QTest::newRow("slash in id") << QStringLiteral("a/b") << QStringLiteral("n");
}

void TestProfileStore::rejectsBadInput() {
    QFETCH(QString, id);
    QFETCH(QString, name);
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("p.ini")), nullptr);
    Profile p;
    p.id = id;
    p.name = name;
    QVERIFY(store.save(p).isEmpty());
    QVERIFY(store.list().isEmpty());
}

void TestProfileStore::defaultFileIsInConfigDir() {
    ProfileStore store;
    QVERIFY2(store.fileName().endsWith(QLatin1String("eipdesk/profiles.ini")),
             qPrintable(store.fileName()));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
