// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileManager and SecretResolver against the real keyring: save, rename, duplicate,
// delete, all-or-nothing import, the session fallback.
#include "KeyringTestHelpers.h"
#include "core/SystemClock.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "support/TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eipdesk;
using eipdesk::test::waitForJob;

namespace {
// Fails the Nth write (1-based); everything else goes to memory.
class FlakyStore : public MemoryCredentialStore {
public:
    int failOnWrite = 2;
    int writes = 0;
    void write(const QString& key, const QString& secret, Callback done) override {
        if (++writes == failOnWrite) {
            Result r;
            r.error = Error::AccessDenied;
            QMetaObject::invokeMethod(
                this, [done, r] { done(r); }, Qt::QueuedConnection);
            return;
        }
        MemoryCredentialStore::write(key, secret, done);
    }
};

ProfileManager::Outcome waitOutcome(std::function<void(ProfileManager::Done)> start) {
    bool finished = false;
    ProfileManager::Outcome out;
    start([&](const ProfileManager::Outcome& o) {
        out = o;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        out.message = QStringLiteral("test: no answer");
    return out;
}

SecretResolver::Resolution waitResolve(SecretResolver& resolver, const Profile& p) {
    bool finished = false;
    SecretResolver::Resolution out;
    resolver.resolve(p, [&](const SecretResolver::Resolution& r) {
        out = r;
        finished = true;
    });
    (void)QTest::qWaitFor([&] { return finished; }, 60000);
    return out;
}

const QString kKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3SECRET");
} // namespace

class TestProfileManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveRenameDeleteWithKeychain();
    void duplicateCopiesSecrets();
    void validation_data();
    void validation();
    void importAllOrNothing();
    void importUniqueNames();
    void resolverSessionFallback();
    void resolverExpiredToken();

private:
    QTemporaryDir* m_dir = nullptr;
    ProfileStore* m_profiles = nullptr;
    KeychainCredentialStore* m_keychain = nullptr;
};

void TestProfileManager::initTestCase() {
    eipdesk::test::isolateUserDirectories();
    EIPDESK_REQUIRE_KEYRING();
}

void TestProfileManager::init() {
    m_dir = new QTemporaryDir;
    m_profiles = new ProfileStore(m_dir->filePath(QStringLiteral("p.ini")), nullptr);
    m_keychain = new KeychainCredentialStore;
}

void TestProfileManager::cleanup() {
    delete m_keychain;
    delete m_profiles;
    delete m_dir;
}

void TestProfileManager::saveRenameDeleteWithKeychain() {
    ProfileManager manager(m_profiles, m_keychain);
    Profile p;
    p.name = QStringLiteral("prod");
    p.secretId = QStringLiteral("AKIDprod1234");
    auto out = waitOutcome([&](auto done) { manager.save(p, kKey, QStringLiteral("tok"), done); });
    QVERIFY2(out.ok(), qPrintable(out.message));
    const QString id = out.profileIds.value(0);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_profiles->profile(id).hasToken);
    auto r = waitForJob([&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(id), cb); });
    QCOMPARE(r.secret, kKey);

    // Rename with an empty secret: same id, the keychain entry stays.
    p = m_profiles->profile(id);
    p.name = QStringLiteral("production");
    out = waitOutcome([&](auto done) { manager.save(p, QString(), std::nullopt, done); });
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(out.profileIds.value(0), id);
    QCOMPARE(m_profiles->profile(id).name, QStringLiteral("production"));
    SecretResolver resolver(m_keychain, nullptr);
    auto resolved = waitResolve(resolver, m_profiles->profile(id));
    QVERIFY2(resolved.ok(), qPrintable(resolved.message));
    QCOMPARE(resolved.credentials.secretKey, kKey);
    QCOMPARE(resolved.credentials.token, QStringLiteral("tok"));
    QCOMPARE(resolved.credentials.secretId, QStringLiteral("AKIDprod1234"));

    // Delete removes both keychain entries.
    out = waitOutcome([&](auto done) { manager.remove(id, done); });
    QVERIFY2(out.ok(), qPrintable(out.message));
    QVERIFY(!m_profiles->contains(id));
    for (const QString& key : {CredentialStore::secretKeyKey(id), CredentialStore::tokenKey(id)}) {
        r = waitForJob([&](auto cb) { m_keychain->read(key, cb); });
        QCOMPARE(r.error, CredentialStore::Error::NotFound);
    }
}

void TestProfileManager::duplicateCopiesSecrets() {
    ProfileManager manager(m_profiles, m_keychain);
    Profile p;
    p.name = QStringLiteral("test");
    p.secretId = QStringLiteral("AKIDtest1234");
    auto out = waitOutcome([&](auto done) { manager.save(p, kKey, std::nullopt, done); });
    QVERIFY(out.ok());
    const QString id = out.profileIds.value(0);
    out = waitOutcome([&](auto done) { manager.duplicate(id, QString(), done); });
    QVERIFY2(out.ok(), qPrintable(out.message));
    const QString copyId = out.profileIds.value(0);
    QVERIFY(copyId != id);
    QCOMPARE(m_profiles->profile(copyId).name, QStringLiteral("test (2)"));
    auto r =
        waitForJob([&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(copyId), cb); });
    QCOMPARE(r.secret, kKey);
    QVERIFY(waitOutcome([&](auto done) { manager.remove(id, done); }).ok());
    QVERIFY(waitOutcome([&](auto done) { manager.remove(copyId, done); }).ok());
}

void TestProfileManager::validation_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name") << QString() << "AKIDa"
                             << "k"
                             << "name";
    QTest::newRow("no secret id") << "n" << QString() << "k"
                                  << "SecretId";
    QTest::newRow("space in id") << "n"
                                 << "AKID a"
                                 << "k"
                                 << "SecretId";
    QTest::newRow("new without key") << "n"
                                     << "AKIDa" << QString() << "SecretKey";
    QTest::newRow("non-ascii key") << "n"
                                   << "AKIDa"
                                   << "clé"
                                   << "SecretKey";
}

void TestProfileManager::validation() {
    QFETCH(QString, name);
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, problem);
    MemoryCredentialStore memory;
    ProfileManager manager(m_profiles, &memory);
    Profile p;
    p.name = name;
    p.secretId = secretId;
    auto out = waitOutcome([&](auto done) { manager.save(p, secretKey, std::nullopt, done); });
    QVERIFY(!out.ok());
    QVERIFY2(out.message.contains(problem), qPrintable(out.message));
    QVERIFY(m_profiles->list().isEmpty());
}

void TestProfileManager::importAllOrNothing() {
    FlakyStore flaky;
    ProfileManager manager(m_profiles, &flaky);
    ImportResult imported;
    for (const char* n : {"a", "b"}) {
        ImportedProfile item;
        item.profile.name = QLatin1String(n);
        item.profile.secretId = QStringLiteral("AKID") + QLatin1String(n);
        item.credentials.secretId = item.profile.secretId;
        item.credentials.secretKey = kKey;
        imported.profiles << item;
    }
    auto out = waitOutcome([&](auto done) { manager.importProfiles(imported, QString(), done); });
    QVERIFY(!out.ok());
    QCOMPARE(out.error, CredentialStore::Error::AccessDenied);
    QVERIFY(m_profiles->list().isEmpty());
    // The first (successful) write was rolled back.
    QTRY_COMPARE_WITH_TIMEOUT(flaky.size(), 0, 10000);
    QCOMPARE(flaky.writes, 2);
}

void TestProfileManager::importUniqueNames() {
    ProfileManager manager(m_profiles, m_keychain);
    ImportResult imported;
    for (int i = 0; i < 2; ++i) {
        ImportedProfile item;
        item.profile.name = QStringLiteral("default");
        item.profile.secretId = QStringLiteral("AKIDimport%1").arg(i);
        item.credentials.secretId = item.profile.secretId;
        item.credentials.secretKey = kKey + QString::number(i);
        imported.profiles << item;
    }
    auto out = waitOutcome([&](auto done) { manager.importProfiles(imported, QString(), done); });
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(out.profileIds.size(), 2);
    QStringList names;
    for (const Profile& p : m_profiles->list())
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("default (2)")}));
    SecretResolver resolver(m_keychain, nullptr);
    auto second = waitResolve(resolver, m_profiles->profile(out.profileIds.at(1)));
    QCOMPARE(second.credentials.secretKey, kKey + QStringLiteral("1"));
    for (const QString& id : out.profileIds)
        QVERIFY(waitOutcome([&](auto done) { manager.remove(id, done); }).ok());
}

void TestProfileManager::resolverSessionFallback() {
    MemoryCredentialStore broken;
    broken.setFailure(CredentialStore::Error::NoBackend);
    MemoryCredentialStore session;
    SecretResolver resolver(&broken, &session);
    Profile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("p1");
    p.secretId = QStringLiteral("AKIDsession");
    auto r = waitResolve(resolver, p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, CredentialStore::Error::NoBackend);
    QVERIFY(r.sessionFallbackPossible);
    QVERIFY(r.message.contains(CredentialStore::describe(CredentialStore::Error::NoBackend)));
    QVERIFY(r.credentials.secretKey.isEmpty());
    resolver.setSessionSecret(p.id, kKey);
    r = waitResolve(resolver, p);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.fromSession);
    QCOMPARE(r.credentials.secretKey, kKey);
}

void TestProfileManager::resolverExpiredToken() {
    MemoryCredentialStore memory;
    SecretResolver resolver(&memory, nullptr);
    SystemClock clock;
    resolver.setClock(&clock);
    Profile p;
    p.id = QStringLiteral("t");
    p.name = QStringLiteral("temp");
    p.secretId = QStringLiteral("AKIDtemp");
    p.hasToken = true;
    p.tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(-60);
    auto r = waitResolve(resolver, p);
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(QLatin1String("expired")), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
