// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainCredentialStore against the real gnome-keyring of tests/run-headless.sh.
#include "KeyringTestHelpers.h"
#include "credentials/KeychainCredentialStore.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace eipdesk;
using eipdesk::test::waitForJob;

namespace {
const char* const kProbeEnv = "EIPDESK_KEYCHAIN_PROBE";

// Child-process mode: one job against whatever bus the environment gives; prints the error
// name, its description, the backend detail, and whether a read returned the expected secret.
const char* const kProbeSecret = "probe-secret-Gu5t9xGARNpq86cd";

int runProbe(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    KeychainCredentialStore store(QStringLiteral("eipdesk-test"), nullptr);
    store.setTimeoutMs(qEnvironmentVariableIntValue("EIPDESK_KEYCHAIN_PROBE_TIMEOUT_MS") > 0
                           ? qEnvironmentVariableIntValue("EIPDESK_KEYCHAIN_PROBE_TIMEOUT_MS")
                           : 20000);
    const QString key = QStringLiteral("probe/secretKey");
    const bool write = qgetenv(kProbeEnv) == "write";
    const auto result = waitForJob([&](auto cb) {
        if (write)
            store.write(key, QLatin1String(kProbeSecret), cb);
        else
            store.read(key, cb);
    });
    std::printf("%s\n%s\n%s\n%s\n", qPrintable(CredentialStore::errorName(result.error)),
                qPrintable(CredentialStore::describe(result.error)), qPrintable(result.detail),
                result.secret == QLatin1String(kProbeSecret) ? "secret-matches" : "no-secret");
    return 0;
}
} // namespace

class TestKeychainCredentialStore : public QObject {
    Q_OBJECT
private:
    QString m_prefix;
    QString key(const QString& what) const { return m_prefix + QLatin1Char('/') + what; }

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void removeEntry();
    void readMissing();
    void removeMissingIsNoError();
    void mapError_data();
    void mapError();
    void refineForPrompt_data();
    void refineForPrompt();
    void describeIsActionable();
    void tinyTimeoutFires();
    void noDaemonFailsFast();
    void lockedKeyringReportsError();
    void noKeyringAndNoDisplayCannotPrompt();
    void cleanupTestCase();
};

void TestKeychainCredentialStore::initTestCase() {
    // Plain-logic cases (mapError, describeIsActionable, noDaemonFailsFast) run anywhere; the
    // others start with EIPDESK_REQUIRE_KEYRING().
    eipdesk::test::isolateUserDirectories();
    m_prefix = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychainCredentialStore::roundTrip_data() {
    QTest::addColumn<QString>("secret");
    QTest::newRow("ascii key") << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA");
    QTest::newRow("token with symbols") << QStringLiteral("tok+/=en:with;symbols&more==");
    QTest::newRow("non-ascii") << QStringLiteral("密钥-ключ-🔑");
}

void TestKeychainCredentialStore::roundTrip() {
    EIPDESK_REQUIRE_KEYRING();
    QFETCH(QString, secret);
    KeychainCredentialStore store;
    QCOMPARE(store.service(), QStringLiteral("eipdesk"));
    const QString k = key(QStringLiteral("roundtrip"));
    auto w = waitForJob([&](auto cb) { store.write(k, secret, cb); });
    QVERIFY2(w.ok(), qPrintable(w.detail));
    auto r = waitForJob([&](auto cb) { store.read(k, cb); });
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.secret, secret);
    QVERIFY(waitForJob([&](auto cb) { store.remove(k, cb); }).ok());
}

void TestKeychainCredentialStore::overwrite() {
    EIPDESK_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    const QString k = key(QStringLiteral("overwrite"));
    QVERIFY(waitForJob([&](auto cb) { store.write(k, QStringLiteral("first"), cb); }).ok());
    QVERIFY(waitForJob([&](auto cb) { store.write(k, QStringLiteral("second"), cb); }).ok());
    auto r = waitForJob([&](auto cb) { store.read(k, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.secret, QStringLiteral("second"));
    QVERIFY(waitForJob([&](auto cb) { store.remove(k, cb); }).ok());
}

void TestKeychainCredentialStore::removeEntry() {
    EIPDESK_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    const QString k = key(QStringLiteral("remove"));
    QVERIFY(waitForJob([&](auto cb) { store.write(k, QStringLiteral("gone soon"), cb); }).ok());
    QVERIFY(waitForJob([&](auto cb) { store.remove(k, cb); }).ok());
    auto r = waitForJob([&](auto cb) { store.read(k, cb); });
    QCOMPARE(r.error, CredentialStore::Error::NotFound);
    QVERIFY(r.secret.isEmpty());
}

void TestKeychainCredentialStore::readMissing() {
    EIPDESK_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    auto r = waitForJob([&](auto cb) { store.read(key(QStringLiteral("never-written")), cb); });
    QCOMPARE(r.error, CredentialStore::Error::NotFound);
    QVERIFY(!CredentialStore::describe(r.error).isEmpty());
}

void TestKeychainCredentialStore::removeMissingIsNoError() {
    EIPDESK_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    auto r = waitForJob([&](auto cb) { store.remove(key(QStringLiteral("missing")), cb); });
    QVERIFY2(r.ok(), qPrintable(r.detail));
}

void TestKeychainCredentialStore::mapError_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("expected");
    using E = CredentialStore::Error;
    QTest::newRow("no error") << 0 << QString() << int(E::None);
    QTest::newRow("entry not found") << 1 << QString() << int(E::NotFound);
    QTest::newRow("access denied by user") << 3 << QString() << int(E::AccessDenied);
    QTest::newRow("access denied") << 4 << QString() << int(E::AccessDenied);
    QTest::newRow("no backend") << 5 << QString() << int(E::NoBackend);
    QTest::newRow("not implemented") << 6 << QString() << int(E::NoBackend);
    QTest::newRow("other: no bus")
        << 7 << QStringLiteral("Could not connect to the D-Bus session bus") << int(E::NoBackend);
    QTest::newRow("other: autolaunch")
        << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << int(E::NoBackend);
    QTest::newRow("other: unknown") << 7 << QStringLiteral("something odd") << int(E::Other);
    // The service answered, the keyring is missing: not "no Secret Service".
    QTest::newRow("other: no login collection")
        << 7
        << QStringLiteral("Object does not exist at path "
                          "\u201c/org/freedesktop/secrets/collection/login\u201d")
        << int(E::AccessDenied);
}

void TestKeychainCredentialStore::mapError() {
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(int, expected);
    QCOMPARE(int(KeychainCredentialStore::mapError(code, message)), expected);
}

void TestKeychainCredentialStore::refineForPrompt_data() {
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("isWrite");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("canPrompt");
    QTest::addColumn<int>("expected");
    using E = CredentialStore::Error;
    const QString locked = QStringLiteral("Cannot create an item in a locked collection");
    QTest::newRow("locked, display")
        << int(E::AccessDenied) << true << locked << true << int(E::AccessDenied);
    QTest::newRow("locked, no display")
        << int(E::AccessDenied) << true << locked << false << int(E::CannotPrompt);
    QTest::newRow("write, no keyring, no display")
        << int(E::NotFound) << true << QStringLiteral("No such secret item") << false
        << int(E::CannotPrompt);
    QTest::newRow("read, not found, no display")
        << int(E::NotFound) << false << QString() << false << int(E::NotFound);
    QTest::newRow("other: prompt dismissed")
        << int(E::Other) << true << QStringLiteral("The prompt was dismissed") << false
        << int(E::CannotPrompt);
    QTest::newRow("other: unrelated")
        << int(E::Other) << true << QStringLiteral("odd") << false << int(E::Other);
    QTest::newRow("no backend stays")
        << int(E::NoBackend) << true << QString() << false << int(E::NoBackend);
    QTest::newRow("timeout stays")
        << int(E::Timeout) << false << QString() << false << int(E::Timeout);
    QTest::newRow("success stays") << int(E::None) << true << QString() << false << int(E::None);
}

void TestKeychainCredentialStore::refineForPrompt() {
    QFETCH(int, error);
    QFETCH(bool, isWrite);
    QFETCH(QString, message);
    QFETCH(bool, canPrompt);
    QFETCH(int, expected);
    QCOMPARE(int(KeychainCredentialStore::refineForPrompt(CredentialStore::Error(error), isWrite,
                                                          message, canPrompt)),
             expected);
}

void TestKeychainCredentialStore::describeIsActionable() {
    using E = CredentialStore::Error;
    QStringList seen;
    for (E e :
         {E::NotFound, E::AccessDenied, E::NoBackend, E::Timeout, E::CannotPrompt, E::Other}) {
        const QString text = CredentialStore::describe(e);
        QVERIFY(text.size() > 30);
        QVERIFY(!seen.contains(text));
        seen << text;
    }
    QVERIFY(CredentialStore::describe(E::NoBackend).contains(QLatin1String("this run only")));
    QVERIFY(CredentialStore::describe(E::CannotPrompt).contains(QLatin1String("desktop session")));
    QCOMPARE(CredentialStore::errorName(E::CannotPrompt), QStringLiteral("CannotPrompt"));
}

void TestKeychainCredentialStore::tinyTimeoutFires() {
    EIPDESK_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    store.setTimeoutMs(0); // fires on the next event-loop turn, before any D-Bus reply
    int calls = 0;
    CredentialStore::Result first;
    store.read(key(QStringLiteral("timeout")), [&](const CredentialStore::Result& r) {
        ++calls;
        first = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 60000);
    QCOMPARE(first.error, CredentialStore::Error::Timeout);
    QVERIFY(!first.detail.isEmpty());
    // The abandoned job's late reply must not call back a second time. D-Bus answers one
    // connection's calls in order, so once a later job on the same store has finished, the
    // abandoned job's reply has been delivered too.
    store.setTimeoutMs(60000);
    const auto later = waitForJob([&](auto cb) { store.read(key(QStringLiteral("timeout")), cb); });
    QVERIFY2(later.error == CredentialStore::Error::NotFound, qPrintable(later.detail));
    QTest::qWait(50); // one more turn of the event loop for any queued callback
    QCOMPARE(calls, 1);
}

void TestKeychainCredentialStore::noDaemonFailsFast() {
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kProbeEnv), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/eipdesk-no-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'|')));
    QCOMPARE(lines.at(0), QStringLiteral("NoBackend"));
    QCOMPARE(lines.at(1), CredentialStore::describe(CredentialStore::Error::NoBackend));
    // "Fast": well under the 20 s job timeout the probe uses (no timing goal beyond that).
    QVERIFY2(timer.elapsed() < 20000, "the missing bus was only noticed by the timeout");
}

void TestKeychainCredentialStore::lockedKeyringReportsError() {
    EIPDESK_REQUIRE_KEYRING();
    // Locking the shared session keyring would disturb tests running in parallel, so this runs
    // in a private D-Bus session with its own gnome-keyring: write, lock the login collection,
    // read (locked), unlock with the password from EIPDESK_KEYRING_PASSWORD, read again.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* sub : {"data", "config", "cache", "runtime"}) {
        QVERIFY(QDir(home.path()).mkpath(QLatin1String(sub)));
    }
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("PROBE"), QCoreApplication::applicationFilePath());
    env.insert(QStringLiteral("EIPDESK_KEYCHAIN_PROBE_TIMEOUT_MS"), QStringLiteral("5000"));
    const QString script = QStringLiteral(
        "set -u\n"
        "printf %s \"$EIPDESK_KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock "
        "--components=secrets >/dev/null\n"
        "EIPDESK_KEYCHAIN_PROBE=write \"$PROBE\"\n"
        "gdbus call --session --dest org.freedesktop.secrets --object-path "
        "/org/freedesktop/secrets --method org.freedesktop.Secret.Service.Lock "
        "\"['/org/freedesktop/secrets/collection/login']\" >/dev/null || echo LOCK-FAILED\n"
        "EIPDESK_KEYCHAIN_PROBE=read \"$PROBE\"\n"
        // --unlock alone does not unlock a running daemon's collection; --replace does.
        "printf %s \"$EIPDESK_KEYRING_PASSWORD\" | gnome-keyring-daemon --replace --unlock "
        "--components=secrets >/dev/null 2>&1 || echo UNLOCK-FAILED\n"
        "EIPDESK_KEYCHAIN_PROBE=read \"$PROBE\"\n");
    QProcess session;
    session.setProcessEnvironment(env);
    session.start(QStringLiteral("dbus-run-session"),
                  {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script});
    QVERIFY(session.waitForFinished(110000));
    const QString out = QString::fromUtf8(session.readAllStandardOutput());
    const QStringList lines = out.split(u'\n');
    QVERIFY2(!out.contains(QLatin1String("FAILED")), qPrintable(out));
    QVERIFY2(lines.size() >= 12, qPrintable(out));
    QCOMPARE(lines.at(0), QStringLiteral("None")); // the write
    // This session has no display, so the daemon's unlock prompt cannot appear: that has its
    // own message (not "unexpected error", not a plain "locked").
    QVERIFY2(lines.at(4) == QLatin1String("CannotPrompt"), qPrintable(out));
    QVERIFY2(lines.at(5).contains(QLatin1String("could not ask for its password")),
             qPrintable(out));
    QCOMPARE(lines.at(7), QStringLiteral("no-secret"));
    QCOMPARE(lines.at(8), QStringLiteral("None")); // unlocked again
    QCOMPARE(lines.at(11), QStringLiteral("secret-matches"));
}

void TestKeychainCredentialStore::noKeyringAndNoDisplayCannotPrompt() {
    // A fresh account (no login keyring yet) in a session without a display, e.g. SSH or
    // `sudo -i`: the daemon runs, but creating the keyring needs a password prompt it cannot
    // show. The write must say exactly that, and the read must not claim "no secret stored".
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* sub : {"data", "config", "cache", "runtime"})
        QVERIFY(QDir(home.path()).mkpath(QLatin1String(sub)));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("PROBE"), QCoreApplication::applicationFilePath());
    env.insert(QStringLiteral("EIPDESK_KEYCHAIN_PROBE_TIMEOUT_MS"), QStringLiteral("20000"));
    const QString script = QStringLiteral(
        "set -u\n"
        "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 || echo START-FAILED\n"
        "EIPDESK_KEYCHAIN_PROBE=write \"$PROBE\"\n");
    QProcess session;
    session.setProcessEnvironment(env);
    session.start(QStringLiteral("dbus-run-session"),
                  {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script});
    QVERIFY(session.waitForFinished(110000));
    const QString out = QString::fromUtf8(session.readAllStandardOutput());
    const QStringList lines = out.split(u'\n');
    QVERIFY2(!out.contains(QLatin1String("FAILED")), qPrintable(out));
    QVERIFY2(lines.size() >= 4, qPrintable(out));
    QVERIFY2(lines.at(0) == QLatin1String("CannotPrompt"), qPrintable(out));
    QVERIFY2(lines.at(1).contains(QLatin1String("could not ask for its password")),
             qPrintable(out));
    QVERIFY2(lines.at(1).contains(QLatin1String("desktop session")), qPrintable(out));
}

void TestKeychainCredentialStore::cleanupTestCase() {
    if (m_prefix.isEmpty() || !eipdesk::test::insideHeadlessKeyring())
        return;
    KeychainCredentialStore store;
    for (const char* what : {"roundtrip", "overwrite", "remove", "timeout"})
        waitForJob([&](auto cb) { store.remove(key(QLatin1String(what)), cb); });
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(kProbeEnv))
        return runProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentialstore.moc"
