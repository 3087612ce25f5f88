// SPDX-License-Identifier: GPL-3.0-or-later
// The real eipdesk executable started without a display: one line saying what to do and a
// non-zero exit, never Qt's "Reinstalling the application may fix this problem" abort; and a
// headless --smoke run without Qt's propagateSizeHints() noise.
#include "support/TestEnvironment.h"
#include "ui/DisplayGuard.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace eipdesk;

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

QString eipdeskPath() {
    return QStringLiteral(EIPDESK_BINARY_DIR "/bin/eipdesk");
}

// Runs eipdesk with the test's environment minus every display variable, plus `extra`.
Run runEipdesk(const QStringList& args, const QList<QPair<QString, QString>>& extra = {}) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES"})
        env.remove(QLatin1String(name));
    for (const auto& [name, value] : extra)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(eipdeskPath(), args);
    Run run;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("(timed out)");
        return run;
    }
    run.exitCode = p.exitCode();
    run.status = p.exitStatus();
    run.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(p.readAllStandardError());
    return run;
}

QString describe(const Run& run) {
    return QStringLiteral("exit %1 (%2)\nstdout: %3\nstderr: %4")
        .arg(run.exitCode)
        .arg(run.status == QProcess::NormalExit ? QStringLiteral("normal")
                                                : QStringLiteral("crash"))
        .arg(run.out, run.err);
}

} // namespace

class TestNoDisplay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hasDisplay_data();
    void hasDisplay();
    void noDisplayIsOneLine_data();
    void noDisplayIsOneLine();
    void noDisplaySpeaksChinese();
    void versionNeedsNoDisplay();
    void smokeIsQuiet();
};

void TestNoDisplay::initTestCase() {
    eipdesk::test::isolateUserDirectories();
    QVERIFY2(QFile::exists(eipdeskPath()),
             qPrintable(eipdeskPath() + QStringLiteral(" not built")));
}

void TestNoDisplay::hasDisplay_data() {
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("wayland");
    QTest::addColumn<bool>("expected");
    QTest::newRow("nothing") << QString() << QString() << QString() << false;
    QTest::newRow("X11") << QString() << QStringLiteral(":0") << QString() << true;
    QTest::newRow("Wayland") << QString() << QString() << QStringLiteral("wayland-0") << true;
    QTest::newRow("xcb without DISPLAY")
        << QStringLiteral("xcb") << QString() << QStringLiteral("wayland-0") << false;
    QTest::newRow("wayland without socket")
        << QStringLiteral("wayland") << QStringLiteral(":0") << QString() << false;
    QTest::newRow("wayland;xcb falls back")
        << QStringLiteral("wayland;xcb") << QStringLiteral(":0") << QString() << true;
    QTest::newRow("xcb with options")
        << QStringLiteral("xcb:nodpi") << QStringLiteral(":1") << QString() << true;
    QTest::newRow("offscreen") << QStringLiteral("offscreen") << QString() << QString() << true;
    QTest::newRow("vnc") << QStringLiteral("vnc") << QString() << QString() << true;
}

void TestNoDisplay::hasDisplay() {
    QFETCH(QString, platform);
    QFETCH(QString, display);
    QFETCH(QString, wayland);
    QFETCH(bool, expected);
    QCOMPARE(DisplayGuard::hasDisplay(platform, display, wayland), expected);
}

void TestNoDisplay::noDisplayIsOneLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("display");
    QTest::newRow("no DISPLAY") << QStringList() << QString();
    QTest::newRow("no DISPLAY, --sandbox") << QStringList{QStringLiteral("--sandbox")} << QString();
    // A DISPLAY left over from another session (no X server behind it): Qt's own fatal path.
    QTest::newRow("unreachable DISPLAY") << QStringList() << QStringLiteral(":4071");
}

void TestNoDisplay::noDisplayIsOneLine() {
    QFETCH(QStringList, args);
    QFETCH(QString, display);
    QList<QPair<QString, QString>> extra;
    if (!display.isEmpty())
        extra.append({QStringLiteral("DISPLAY"), display});
    extra.append({QStringLiteral("LANG"), QStringLiteral("C.UTF-8")});
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run run = runEipdesk(args, extra);
    QVERIFY2(run.status == QProcess::NormalExit, qPrintable(describe(run)));
    QVERIFY2(run.exitCode == DisplayGuard::kExitNoDisplay, qPrintable(describe(run)));
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describe(run)));
    QCOMPARE(run.err, QStringLiteral("eipdesk: ") + DisplayGuard::message() + u'\n');
    QVERIFY(run.err.contains(QLatin1String("desktop session")));
    QVERIFY(run.err.contains(QLatin1String("--smoke")));
    QVERIFY(!run.err.contains(QLatin1String("Reinstalling")));
}

void TestNoDisplay::noDisplaySpeaksChinese() {
    const Run run = runEipdesk({QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(run.exitCode == DisplayGuard::kExitNoDisplay, qPrintable(describe(run)));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("桌面")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("--smoke")), qPrintable(describe(run)));
}

void TestNoDisplay::versionNeedsNoDisplay() {
    const Run run = runEipdesk({QStringLiteral("--version")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QLatin1String(EIPDESK_VERSION)), qPrintable(describe(run)));
}

void TestNoDisplay::smokeIsQuiet() {
    const Run run = runEipdesk({QStringLiteral("--sandbox"), QStringLiteral("--smoke"),
                                QStringLiteral("--sandbox-addresses"), QStringLiteral("40"),
                                QStringLiteral("--sandbox-regions"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QLatin1String("Loaded")) || run.err.contains(QLatin1String("Loaded")),
             qPrintable(describe(run)));
    QVERIFY2(!run.err.contains(QLatin1String("propagateSizeHints")), qPrintable(describe(run)));
    QVERIFY2(!run.out.contains(QLatin1String("propagateSizeHints")), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
