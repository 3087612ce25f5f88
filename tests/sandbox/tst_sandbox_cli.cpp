// SPDX-License-Identifier: GPL-3.0-or-later
// The eipdesk-sandbox executable: its banner, serving real requests, clean shutdown on
// SIGTERM, and clear errors for bad arguments.
#include "SandboxTestClient.h"
#include "support/SandboxAdminClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QtTest>

namespace {
QString binary() {
    return QStringLiteral(EIPDESK_BINARY_DIR "/bin/eipdesk-sandbox");
}
} // namespace

class TestSandboxCli : public QObject {
    Q_OBJECT
private slots:
    void bannerServeAndTerminate();
    void faultsFileApplied();
    void badArguments_data();
    void badArguments();
    void helpAndVersion();
};

void TestSandboxCli::bannerServeAndTerminate() {
    QProcess p;
    p.start(binary(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                       QStringLiteral("3"), QStringLiteral("--addresses"), QStringLiteral("60"),
                       QStringLiteral("--regions"), QStringLiteral("2"),
                       QStringLiteral("--latency-ms"), QStringLiteral("5")});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Addresses:"), 20000);
    const QString text = QString::fromUtf8(out);
    const QRegularExpression endpoint(QStringLiteral("^Endpoint: http://127\\.0\\.0\\.1:(\\d+)$"),
                                      QRegularExpression::MultilineOption);
    const auto m = endpoint.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    const auto id = QRegularExpression(QStringLiteral("^SecretId: (\\S+)$"),
                                       QRegularExpression::MultilineOption)
                        .match(text);
    const auto key = QRegularExpression(QStringLiteral("^SecretKey: (\\S+)$"),
                                        QRegularExpression::MultilineOption)
                         .match(text);
    QVERIFY(id.hasMatch() && key.hasMatch());
    QCOMPARE(text.count(QStringLiteral("Region ")), 2);

    SandboxTestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m.captured(1))),
                             id.captured(1), key.captured(1));
    const auto r =
        client.call(QStringLiteral("DescribeAddresses"), {{QStringLiteral("Limit"), 100}});
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    QCOMPARE(r.response.value(QLatin1String("TotalCount")).toInt(),
             29); // 30 EIPs; the WanIP is listed on request only

    // The admin API needs the token printed at start-up.
    const QString token = eipdesk::test::SandboxAdminClient::parseStartupLine(out, "AdminToken");
    QVERIFY2(token.size() >= 32, qPrintable(text));
    const QUrl main(QStringLiteral("http://127.0.0.1:%1/").arg(m.captured(1)));
    QCOMPARE(eipdesk::test::SandboxAdminClient(main, token).send("GET", "/_admin/state").status,
             200);
    QCOMPARE(eipdesk::test::SandboxAdminClient(main, QStringLiteral("guess"))
                 .send("GET", "/_admin/state")
                 .status,
             401);

    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxCli::faultsFileApplied() {
    QTemporaryFile faults;
    QVERIFY(faults.open());
    faults.write(
        R"({"rules":[{"action":"DescribeAddresses","kind":"error","code":"InternalError"}]})");
    faults.close();
    QProcess p;
    p.start(binary(),
            {QStringLiteral("--addresses"), QStringLiteral("20"), QStringLiteral("--regions"),
             QStringLiteral("1"), QStringLiteral("--single-port"), QStringLiteral("--faults"),
             faults.fileName()});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Addresses:"), 20000);
    const QString text = QString::fromUtf8(out);
    QVERIFY(!text.contains(QStringLiteral("Region ")));
    const auto m = QRegularExpression(QStringLiteral("Endpoint: (\\S+)")).match(text);
    SandboxTestClient client(QUrl(m.captured(1) + QLatin1Char('/')),
                             QStringLiteral("AKIDeipdeskSandboxDemo00000000000000"),
                             QStringLiteral("eipdeskSandboxDemoKey00000000000"));
    QCOMPARE(client.call(QStringLiteral("DescribeAddresses")).errorCode(),
             QStringLiteral("InternalError"));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxCli::badArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("addresses not a number")
        << QStringList{QStringLiteral("--addresses"), QStringLiteral("many")} << 2
        << QStringLiteral("--addresses");
    QTest::newRow("port out of range")
        << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << 2
        << QStringLiteral("--port");
    QTest::newRow("negative latency")
        << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-1")} << 2
        << QStringLiteral("--latency-ms");
    QTest::newRow("missing faults file")
        << QStringList{QStringLiteral("--faults"), QStringLiteral("/nonexistent/faults.json")} << 1
        << QStringLiteral("faults");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus")} << 1 << QStringLiteral("bogus");
}

void TestSandboxCli::badArguments() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(binary(), args);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), exitCode);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSandboxCli::helpAndVersion() {
    QProcess p;
    p.start(binary(), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(20000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const char* flag : {"--port", "--seed", "--addresses", "--latency-ms", "--faults"})
        QVERIFY2(help.contains(QLatin1String(flag)), flag);
    p.start(binary(), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(p.readAllStandardOutput().contains(EIPDESK_VERSION));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
