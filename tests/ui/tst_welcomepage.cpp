// SPDX-License-Identifier: GPL-3.0-or-later
// First run: with no profile the window shows the welcome page; "Try the sandbox" starts the
// in-process sandbox and loads it.
#include "support/TestEnvironment.h"
#include "ui/AddressTableModel.h"
#include "ui/AppController.h"
#include "ui/InventoryController.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace eipdesk;

class TestWelcomePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        qRegisterMetaType<LoadProgress>();
    }

    void firstRunShowsWelcomeThenSandbox() {
        AppOptions options;
        options.language = QStringLiteral("en");
        options.sandboxAddresses = 120;
        options.sandboxRegions = 3;
        AppController app(options);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        MainWindow* w = app.window();
        QVERIFY(w->isVisible());
        QVERIFY(w->isWelcomeShown());
        QVERIFY(w->welcomePage()->isVisible());
        QVERIFY(!w->welcomePage()->addCredentialsButton()->accessibleName().isEmpty());
        QVERIFY(!w->welcomePage()->trySandboxButton()->accessibleName().isEmpty());

        QSignalSpy finished(w, &MainWindow::loadFinished);
        QTest::mouseClick(w->welcomePage()->trySandboxButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
        QVERIFY(!w->isWelcomeShown());
        QCOMPARE(w->windowTitle(), QStringLiteral("EIP Desk — Sandbox"));
        QVERIFY(w->inventory()->model()->rowCount() > 100); // WanIPs are not listed
        QCOMPARE(w->inventory()->model()->regions().size(), 3);
    }

    void unknownProfileIsAClearError() {
        AppOptions options;
        options.profile = QStringLiteral("does-not-exist");
        AppController app(options);
        QString error;
        QVERIFY(!app.start(&error));
        QVERIFY(error.contains(QLatin1String("does-not-exist")));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
