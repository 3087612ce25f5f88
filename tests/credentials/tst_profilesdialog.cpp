// SPDX-License-Identifier: GPL-3.0-or-later
// The Profiles dialog (offscreen) with the real keyring: add, edit/rename, duplicate, delete,
// import with the offer to delete the plain-text file, test connection, session fallback.
#include "KeyringTestHelpers.h"
#include "core/SystemClock.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "sandbox/SandboxServer.h"
#include "support/TestEnvironment.h"
#include "ui/profiles/Confirmer.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/SessionSecretPrompt.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace eipdesk;

namespace {
const QString kKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3DIALOG");

class ScriptedConfirmer : public Confirmer {
public:
    QList<bool> answers; // consumed in order; default "no"
    QStringList questions;
    QString secret;
    bool ask(QWidget*, const QString&, const QString& question, bool) override {
        questions << question;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    QString askSecret(QWidget*, const QString&, const QString& label) override {
        questions << label;
        return secret;
    }
};
} // namespace

class TestProfilesDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addEditRenameDuplicateDelete();
    void importOffersToDeleteFile();
    void importMalformedShowsFileAndProblem();
    void testConnectionReportsWrongKey();
    void noKeychainKeepsSecretForThisRunOnly();
    void openingWithoutKeychainOffersSessionSecret();
    void sandboxIsListedReadOnly();
    void importingTheSameProfileTwiceAsks();

private:
    ProfilesDialog* makeDialog(CredentialStore* keychain);
    bool waitIdle(ProfilesDialog* dialog);

    QTemporaryDir* m_home = nullptr;
    ProfileStore* m_profiles = nullptr;
    KeychainCredentialStore* m_keychain = nullptr;
    MemoryCredentialStore* m_session = nullptr;
    QStringList m_deletedIds; // what the dialog reported deleted (profileDeleted)
    ScriptedConfirmer* m_confirmer = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    SystemClock m_clock;
};

void TestProfilesDialog::initTestCase() {
    eipdesk::test::isolateUserDirectories();
    EIPDESK_REQUIRE_KEYRING();
    m_network = new QNetworkAccessManager(this);
}

void TestProfilesDialog::init() {
    m_home = new QTemporaryDir;
    m_profiles = new ProfileStore(m_home->filePath(QStringLiteral("profiles.ini")), nullptr);
    m_keychain = new KeychainCredentialStore;
    m_session = new MemoryCredentialStore;
    m_confirmer = new ScriptedConfirmer;
    m_deletedIds.clear();
}

void TestProfilesDialog::cleanup() {
    for (const Profile& p : m_profiles->list()) {
        for (const QString& key :
             {CredentialStore::secretKeyKey(p.id), CredentialStore::tokenKey(p.id)})
            eipdesk::test::waitForJob([&](auto cb) { m_keychain->remove(key, cb); });
    }
    delete m_confirmer;
    delete m_session;
    delete m_keychain;
    delete m_profiles;
    delete m_home;
}

ProfilesDialog* TestProfilesDialog::makeDialog(CredentialStore* keychain) {
    ProfilesDialogServices s;
    s.profiles = m_profiles;
    s.keychain = keychain;
    s.session = m_session;
    s.network = m_network;
    s.clock = &m_clock;
    s.confirmer = m_confirmer;
    s.homeDir = m_home->path();
    s.environment = QProcessEnvironment();
    s.profileDeleted = [this](const QString& id) { m_deletedIds << id; };
    return new ProfilesDialog(s);
}

bool TestProfilesDialog::waitIdle(ProfilesDialog* dialog) {
    return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 60000);
}

void TestProfilesDialog::addEditRenameDuplicateDelete() {
    std::unique_ptr<ProfilesDialog> dialog(makeDialog(m_keychain));
    dialog->show();
    ProfileEditor* ed = dialog->editor();
    // Empty store: the dialog starts with a new profile.
    QVERIFY(dialog->currentProfileId().isEmpty());
    ed->nameEdit()->clear();
    QTest::keyClicks(ed->nameEdit(), QStringLiteral("prod"));
    QTest::keyClicks(ed->secretIdEdit(), QStringLiteral("AKIDprod0000dialog"));
    QCOMPARE(ed->secretKeyEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(ed->secretKeyEdit(), kKey);
    dialog->saveProfile();
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("saved")),
             qPrintable(dialog->statusText()));
    const QString id = dialog->currentProfileId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_profiles->list().size(), 1);
    QCOMPARE(dialog->list()->count(), 1);
    // Never prefilled with the stored secret.
    QVERIFY(ed->secretKeyEdit()->text().isEmpty());
    QVERIFY(ed->secretKeyEdit()->placeholderText().contains(QLatin1String("keychain")));
    auto r = eipdesk::test::waitForJob(
        [&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(id), cb); });
    QCOMPARE(r.secret, kKey);

    // Rename (empty secret field keeps the stored one; the id and keychain entry stay).
    ed->nameEdit()->clear();
    QTest::keyClicks(ed->nameEdit(), QStringLiteral("production"));
    dialog->saveProfile();
    QVERIFY(waitIdle(dialog.get()));
    QCOMPARE(dialog->currentProfileId(), id);
    QCOMPARE(m_profiles->profile(id).name, QStringLiteral("production"));
    r = eipdesk::test::waitForJob(
        [&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(id), cb); });
    QCOMPARE(r.secret, kKey);

    // Duplicate.
    dialog->duplicateProfile();
    QVERIFY(waitIdle(dialog.get()));
    const QString copyId = dialog->currentProfileId();
    QVERIFY(copyId != id);
    QCOMPARE(m_profiles->profile(copyId).name, QStringLiteral("production (2)"));
    QCOMPARE(dialog->list()->count(), 2);

    // Delete: "No" keeps it, "Yes" removes the profile and its keychain entry.
    m_confirmer->answers = {false};
    dialog->deleteProfile();
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY(m_profiles->contains(copyId));
    QCOMPARE(m_confirmer->questions.size(), 1);
    QVERIFY(m_deletedIds.isEmpty());
    m_confirmer->answers = {true};
    dialog->deleteProfile();
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY(!m_profiles->contains(copyId));
    r = eipdesk::test::waitForJob(
        [&](auto cb) { m_keychain->read(CredentialStore::secretKeyKey(copyId), cb); });
    QCOMPARE(r.error, CredentialStore::Error::NotFound);
    QCOMPARE(dialog->list()->count(), 1);
    // The app is told, to forget the profile's cached inventory (Session::forgetProfile).
    QCOMPARE(m_deletedIds, QStringList{copyId});
}

void TestProfilesDialog::importOffersToDeleteFile() {
    const QString ini = m_home->filePath(QStringLiteral(".tencentcloud/credentials"));
    QVERIFY(QDir().mkpath(QFileInfo(ini).absolutePath()));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[default]\nsecret_id = AKIDdialogimport\nsecret_key = " + kKey.toUtf8() + "\n");
    f.close();
    std::unique_ptr<ProfilesDialog> dialog(makeDialog(m_keychain));
    m_confirmer->answers = {true};
    dialog->importFrom(ProfilesDialog::ImportSource::Sdk);
    QVERIFY(waitIdle(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(ini), 10000);
    QCOMPARE(m_confirmer->questions.size(), 1);
    QVERIFY(m_confirmer->questions.first().contains(QDir::toNativeSeparators(ini)));
    QVERIFY(m_profiles->findByName(QStringLiteral("default")).isValid());
    QVERIFY2(dialog->statusText().contains(QLatin1String("deleted")),
             qPrintable(dialog->statusText()));
}

void TestProfilesDialog::importMalformedShowsFileAndProblem() {
    const QString cred = m_home->filePath(QStringLiteral(".tccli/default.credential"));
    QVERIFY(QDir().mkpath(QFileInfo(cred).absolutePath()));
    QFile f(cred);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"secretId\": \"AKIDx\"}");
    f.close();
    std::unique_ptr<ProfilesDialog> dialog(makeDialog(m_keychain));
    dialog->importFrom(ProfilesDialog::ImportSource::Tccli);
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("default.credential")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QLatin1String("secretKey")));
    QVERIFY(m_profiles->list().isEmpty());
    QVERIFY(m_confirmer->questions.isEmpty());
    QVERIFY(QFile::exists(cred));
}

void TestProfilesDialog::testConnectionReportsWrongKey() {
    sandbox::SandboxServer server;
    sandbox::SandboxConfig config;
    config.addresses = 10;
    config.regions = 2;
    config.perRegionPorts = false;
    QVERIFY(server.start(config));
    std::unique_ptr<ProfilesDialog> dialog(makeDialog(m_keychain));
    ProfileEditor* ed = dialog->editor();
    ed->nameEdit()->setText(QStringLiteral("sandbox"));
    ed->secretIdEdit()->setText(server.secretId());
    ed->endpointEdit()->setText(server.endpoint().toString());
    ed->secretKeyEdit()->setText(QStringLiteral("definitely-wrong"));
    dialog->testConnection(); // tests the typed key before saving
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("the SecretKey is wrong")),
             qPrintable(dialog->statusText()));
    ed->secretKeyEdit()->setText(server.secretKey());
    dialog->saveProfile();
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY(ed->secretKeyEdit()->text().isEmpty());
    dialog->testConnection(); // now from the keychain
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("works")),
             qPrintable(dialog->statusText()));
}

void TestProfilesDialog::noKeychainKeepsSecretForThisRunOnly() {
    MemoryCredentialStore broken;
    broken.setFailure(CredentialStore::Error::NoBackend);
    std::unique_ptr<ProfilesDialog> dialog(makeDialog(&broken));
    ProfileEditor* ed = dialog->editor();
    ed->nameEdit()->setText(QStringLiteral("offline"));
    ed->secretIdEdit()->setText(QStringLiteral("AKIDoffline"));
    ed->secretKeyEdit()->setText(kKey);
    m_confirmer->answers = {true};
    dialog->saveProfile();
    QVERIFY(waitIdle(dialog.get()));
    QCOMPARE(m_confirmer->questions.size(), 1);
    QVERIFY2(m_confirmer->questions.first().contains(
                 CredentialStore::describe(CredentialStore::Error::NoBackend)),
             qPrintable(m_confirmer->questions.first()));
    QVERIFY2(dialog->statusText().contains(QLatin1String("this run only")),
             qPrintable(dialog->statusText()));
    const QString id = dialog->currentProfileId();
    QVERIFY(m_session->contains(CredentialStore::secretKeyKey(id)));
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kKey.toUtf8()));
}

void TestProfilesDialog::openingWithoutKeychainOffersSessionSecret() {
    MemoryCredentialStore broken;
    broken.setFailure(CredentialStore::Error::AccessDenied);
    SecretResolver resolver(&broken, m_session);
    Profile p;
    p.id = QStringLiteral("locked-profile");
    p.name = QStringLiteral("locked");
    p.secretId = QStringLiteral("AKIDlocked00001234");
    SecretResolver::Resolution failure;
    bool answered = false;
    resolver.resolve(p, [&](const SecretResolver::Resolution& r) {
        failure = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(!failure.ok());
    // Canceled: nothing kept.
    m_confirmer->secret.clear();
    QVERIFY(!SessionSecretPrompt::offer(nullptr, &resolver, p, failure, m_confirmer));
    QVERIFY(m_confirmer->questions.last().contains(
        CredentialStore::describe(CredentialStore::Error::AccessDenied)));
    QVERIFY(m_confirmer->questions.last().contains(QStringLiteral("AKID…1234")));
    // Typed: kept in memory for this run, and the next resolve succeeds.
    m_confirmer->secret = kKey;
    QVERIFY(SessionSecretPrompt::offer(nullptr, &resolver, p, failure, m_confirmer));
    answered = false;
    SecretResolver::Resolution again;
    resolver.resolve(p, [&](const SecretResolver::Resolution& r) {
        again = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(again.fromSession);
    QCOMPARE(again.credentials.secretKey, kKey);
}

void TestProfilesDialog::sandboxIsListedReadOnly() {
    ProfilesDialogServices s;
    s.profiles = m_profiles;
    s.keychain = m_keychain;
    s.session = m_session;
    s.network = m_network;
    s.clock = &m_clock;
    s.confirmer = m_confirmer;
    s.homeDir = m_home->path();
    s.environment = QProcessEnvironment();
    Profile sandbox;
    sandbox.id = QStringLiteral("sandbox");
    sandbox.name = QStringLiteral("Sandbox");
    sandbox.isSandbox = true;
    sandbox.secretId = QStringLiteral("AKIDeipdeskSandboxDemo00000000000000");
    sandbox.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:40001/"));
    s.sandbox = sandbox;
    ProfilesDialog dialog(s);
    QVERIFY(dialog.list()->count() >= 1);
    QCOMPARE(dialog.list()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("sandbox"));
    dialog.selectProfile(QStringLiteral("sandbox"));
    QVERIFY(dialog.isSandboxShown());
    QVERIFY(!dialog.editor()->isEnabled());
    QVERIFY(dialog.statusText().contains(QLatin1String("127.0.0.1:40001")));
    QVERIFY(dialog.currentProfileId().isEmpty()); // nothing to delete or save
    QVERIFY(m_profiles->list().isEmpty());        // never written to the profile store
    dialog.addProfile();
    QVERIFY(dialog.editor()->isEnabled());
}

void TestProfilesDialog::importingTheSameProfileTwiceAsks() {
    const QString ini = m_home->filePath(QStringLiteral(".tencentcloud/credentials"));
    QVERIFY(QDir().mkpath(QFileInfo(ini).absolutePath()));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[default]\nsecret_id = AKIDdialogtwice\nsecret_key = " + kKey.toUtf8() + "\n");
    f.close();
    std::unique_ptr<ProfilesDialog> dialog(makeDialog(m_keychain));
    m_confirmer->answers = {false}; // keep the file
    dialog->importFrom(ProfilesDialog::ImportSource::Sdk);
    QVERIFY(waitIdle(dialog.get()));
    QCOMPARE(m_profiles->list().size(), 1);
    // Again: the user is asked; "Yes" replaces, so there is still one profile.
    m_confirmer->questions.clear();
    m_confirmer->answers = {true, false};
    dialog->importFrom(ProfilesDialog::ImportSource::Sdk);
    QVERIFY(waitIdle(dialog.get()));
    QVERIFY(!m_confirmer->questions.isEmpty());
    QVERIFY2(m_confirmer->questions.first().contains(QLatin1String("same SecretId")),
             qPrintable(m_confirmer->questions.first()));
    QCOMPARE(m_profiles->list().size(), 1);
    // "No" keeps both.
    m_confirmer->answers = {false, false};
    dialog->importFrom(ProfilesDialog::ImportSource::Sdk);
    QVERIFY(waitIdle(dialog.get()));
    QCOMPARE(m_profiles->list().size(), 2);
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
