// SPDX-License-Identifier: GPL-3.0-or-later
// Injected time everywhere (issue 10): outside the composition roots nothing in app/ or ui/
// reads the system clock directly; everything is handed a Clock (tests use ManualClock).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestClockInjection : public QObject {
    Q_OBJECT
private slots:
    void noSystemClockOutsideCompositionRoots() {
        const QDir root(QStringLiteral(EIPDESK_TEST_DATA_DIR "/../.."));
        QVERIFY(root.exists(QStringLiteral("app/core/Clock.h")));
        // Where the application, the CLI and the sandbox are put together, and the clock itself.
        const QStringList allowed = {
            QStringLiteral("app/core/SystemClock.h"),
            QStringLiteral("app/core/SystemClock.cpp"),
            QStringLiteral("app/core/CMakeLists.txt"),
            QStringLiteral("ui/AppController.h"),
            QStringLiteral("ui/AppController.cpp"),
            QStringLiteral("app/cli/CliContext.h"),
            QStringLiteral("app/cli/CliResources.cpp"), // the CLI verbs' composition root
            QStringLiteral("app/credentials/CliProfiles.cpp"),
            QStringLiteral("app/sandbox/SandboxServer.cpp"),
        };
        const QRegularExpression direct(QStringLiteral(
            "currentDateTime|QDate::currentDate|QTime::currentTime|currentM?Secs(Since|Epoch)|"
            "SystemClock"));
        QStringList offenders;
        for (const QString& top : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString rel = root.relativeFilePath(path);
                if (allowed.contains(rel) || rel.startsWith(QLatin1String("app/sandbox/main/")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                if (direct.match(text).hasMatch())
                    offenders << rel;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestClockInjection)
#include "tst_clockinjection.moc"
