// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: proxy (system / none / manual with a user; the password in the keychain, never
// in the settings file), request timeout, refresh interval, notification, region view.
#include "credentials/MemoryCredentialStore.h"
#include "session/AppPreferences.h"
#include "support/TestEnvironment.h"
#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace eipdesk;

namespace {
bool settingsFilesContain(const QByteArray& needle) {
    QSettings().sync();
    const QString root =
        QFileInfo(QSettings().fileName()).absolutePath(); // the isolated config directory
    QDirIterator it(QFileInfo(root).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("eipdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        test::isolateUserDirectories();
    }

    void defaults() {
        QSettings().clear();
        const AppPreferences p = AppPreferences::load();
        QVERIFY(p.proxyMode == AppPreferences::ProxyMode::System);
        QCOMPARE(p.requestTimeoutSecs, 15);
        QVERIFY(p.notifyOnTaskEnd);
        QCOMPARE(p.networkProxy().type(), QNetworkProxy::DefaultProxy);
    }

    void manualProxyPasswordGoesToTheKeychainOnly() {
        QSettings().clear();
        MemoryCredentialStore keychain;
        {
            PreferencesDialog d(&keychain);
            d.proxyModeBox()->setCurrentIndex(
                d.proxyModeBox()->findData(int(AppPreferences::ProxyMode::Manual)));
            d.proxyHostEdit()->setText(QStringLiteral("proxy.corp.example"));
            d.proxyPortBox()->setValue(3128);
            d.proxyUserEdit()->setText(QStringLiteral("ops"));
            QVERIFY(d.proxyPasswordEdit()->isEnabled());
            d.proxyPasswordEdit()->setText(QStringLiteral("pr0xy-S3cret"));
            d.timeoutBox()->setValue(40);
            d.refreshBox()->setValue(3);
            d.notifyBox()->setChecked(false);
            d.regionViewBox()->setCurrentIndex(
                d.regionViewBox()->findData(int(AppPreferences::RegionView::AllRegions)));
            QVERIFY(!d.cachedRowsBox()->isChecked()); // default: wait for fresh data
            d.cachedRowsBox()->setChecked(true);
            d.accept();
        }
        const AppPreferences p = AppPreferences::load();
        QVERIFY(p.proxyMode == AppPreferences::ProxyMode::Manual);
        QCOMPARE(p.proxyHost, QStringLiteral("proxy.corp.example"));
        QCOMPARE(p.proxyPort, 3128);
        QCOMPARE(p.proxyUser, QStringLiteral("ops"));
        QCOMPARE(p.requestTimeoutSecs, 40);
        QCOMPARE(p.refreshIntervalSecs, 3);
        QVERIFY(!p.notifyOnTaskEnd);
        QVERIFY(p.regionView == AppPreferences::RegionView::AllRegions);
        QVERIFY(p.showCachedRows);
        QVERIFY(keychain.contains(AppPreferences::proxyPasswordKey()));
        QVERIFY(!settingsFilesContain("pr0xy-S3cret"));
        const QNetworkProxy proxy = p.networkProxy(QStringLiteral("pr0xy-S3cret"));
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp.example"));
        QCOMPARE(proxy.port(), quint16(3128));
        QCOMPARE(proxy.password(), QStringLiteral("pr0xy-S3cret"));

        // Back to no proxy: the stored password is removed.
        {
            PreferencesDialog d(&keychain);
            QCOMPARE(d.proxyHostEdit()->text(), QStringLiteral("proxy.corp.example"));
            QVERIFY(d.proxyPasswordEdit()->text().isEmpty()); // never shown back
            QVERIFY(d.cachedRowsBox()->isChecked());
            d.proxyModeBox()->setCurrentIndex(
                d.proxyModeBox()->findData(int(AppPreferences::ProxyMode::None)));
            QVERIFY(!d.proxyHostEdit()->isEnabled());
            d.accept();
        }
        QTRY_VERIFY(!keychain.contains(AppPreferences::proxyPasswordKey()));
        QCOMPARE(AppPreferences::load().networkProxy().type(), QNetworkProxy::NoProxy);
    }

    void valuesFromAFileAreBounded() {
        QSettings s;
        s.setValue(QStringLiteral("preferences/requestTimeoutSecs"), 100000);
        s.setValue(QStringLiteral("preferences/proxyPort"), -4);
        s.setValue(QStringLiteral("preferences/refreshIntervalSecs"), 0);
        const AppPreferences p = AppPreferences::load();
        QCOMPARE(p.requestTimeoutSecs, 120);
        QCOMPARE(p.proxyPort, 1);
        QCOMPARE(p.refreshIntervalSecs, 1);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
