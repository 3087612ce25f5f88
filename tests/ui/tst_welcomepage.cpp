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
#include <QScrollArea>
#include <QScrollBar>
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
        QCOMPARE(w->windowTitle(), QStringLiteral("Sandbox — EIP Desk"));
        QVERIFY(w->inventory()->model()->rowCount() > 100); // WanIPs are not listed
        QCOMPARE(w->inventory()->model()->regions().size(), 3);
    }

    void nothingClippedAtAnySize_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x600") << QSize(1024, 600);
        QTest::newRow("short") << QSize(700, 260);
        QTest::newRow("narrow") << QSize(360, 500);
        QTest::newRow("tiny") << QSize(240, 160);
    }
    void nothingClippedAtAnySize() {
        QFETCH(QSize, size);
        WelcomePage page;
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QWidget* content = page.scrollArea()->widget();
        // Every child gets at least the height it asks for (not squashed) and lies inside the
        // page's content; what does not fit the viewport can be scrolled to.
        for (QWidget* child : content->findChildren<QWidget*>()) {
            if (!child->isVisible())
                continue;
            const int need = child->hasHeightForWidth() ? child->heightForWidth(child->width())
                                                        : child->minimumSizeHint().height();
            QVERIFY2(child->height() >= need,
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(QString::fromLatin1(child->metaObject()->className()))
                                    .arg(child->height())
                                    .arg(need)));
            QVERIFY(content->rect().contains(child->geometry()));
        }
        QScrollArea* area = page.scrollArea();
        if (content->width() > area->viewport()->width())
            QVERIFY(area->horizontalScrollBar()->maximum() > 0);
        if (content->height() > area->viewport()->height())
            QVERIFY(area->verticalScrollBar()->maximum() > 0);
        // When it does not fit, it scrolls: the buttons can be reached.
        page.scrollArea()->ensureWidgetVisible(page.trySandboxButton());
        const QPoint inViewport = page.trySandboxButton()->mapTo(
            page.scrollArea()->viewport(), QPoint(0, page.trySandboxButton()->height() - 1));
        QVERIFY(page.scrollArea()->viewport()->rect().contains(inViewport));
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
