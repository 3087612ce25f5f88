// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against the real loopback sandbox: each failure gets its exact message.
#include "core/ManualClock.h"
#include "core/SystemClock.h"
#include "credentials/ConnectionTester.h"
#include "sandbox/SandboxServer.h"
#include "support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace eipdesk;

class TestConnectionTester : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void diagnosis_data();
    void diagnosis();
    void clockSkewReportsOffset();
    void refusedConnection();
    void explainCoversTransportKinds_data();
    void explainCoversTransportKinds();

private:
    ConnectionTester::Report run(const Profile& p, const Credentials& c, const Clock* clock);
    Profile sandboxProfile() const;

    sandbox::SandboxServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    SystemClock m_clock;
};

void TestConnectionTester::initTestCase() {
    eipdesk::test::isolateUserDirectories();
    m_network = new QNetworkAccessManager(this);
    m_server = new sandbox::SandboxServer(this);
    sandbox::SandboxConfig config;
    config.addresses = 20;
    config.regions = 3;
    config.perRegionPorts = false;
    QString error;
    QVERIFY2(m_server->start(config, &error), qPrintable(error));
}

void TestConnectionTester::cleanupTestCase() {
    m_server->stop();
}

Profile TestConnectionTester::sandboxProfile() const {
    Profile p;
    p.id = QStringLiteral("sb");
    p.name = QStringLiteral("sandbox");
    p.secretId = m_server->secretId();
    p.defaultRegion = QStringLiteral("ap-guangzhou");
    p.endpointOverride = m_server->endpoint();
    return p;
}

ConnectionTester::Report TestConnectionTester::run(const Profile& p, const Credentials& c,
                                                   const Clock* clock) {
    ConnectionTester tester(m_network, clock);
    bool finished = false;
    ConnectionTester::Report report;
    tester.test(p, c, ConnectionTester::endpointsFor(p), [&](const ConnectionTester::Report& r) {
        report = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        report.summary = QStringLiteral("test: no answer");
    return report;
}

void TestConnectionTester::diagnosis_data() {
    QTest::addColumn<QString>("secretId"); // empty: the sandbox's
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("good key") << QString() << QString() << true << QString() << "works";
    QTest::newRow("wrong key") << QString() << QStringLiteral("not-the-right-key") << false
                               << "AuthFailure.SignatureFailure"
                               << "SecretKey is wrong"; // the catalog's words
    QTest::newRow("unknown secret id")
        << QStringLiteral("AKIDunknown0000000000") << QStringLiteral("whatever") << false
        << "AuthFailure.SecretIdNotFound"
        << "site";
}

void TestConnectionTester::diagnosis() {
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(bool, ok);
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    Profile p = sandboxProfile();
    if (!secretId.isEmpty())
        p.secretId = secretId;
    Credentials c{p.secretId, secretKey.isEmpty() ? m_server->secretKey() : secretKey, {}};
    const auto report = run(p, c, &m_clock);
    QVERIFY2(report.ok == ok, qPrintable(report.summary));
    QCOMPARE(report.error.code, code);
    QVERIFY2(report.summary.contains(phrase), qPrintable(report.summary));
    QVERIFY(!report.summary.contains(c.secretKey));
    if (!ok)
        QVERIFY(!report.requestId.isEmpty());
}

void TestConnectionTester::clockSkewReportsOffset() {
    // Our clock is 10 minutes ahead of the sandbox's (system) time.
    ManualClock skewed(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000);
    const Profile p = sandboxProfile();
    const auto report = run(p, Credentials{p.secretId, m_server->secretKey(), {}}, &skewed);
    // The client corrects its signing time from the server's Date header (and may retry a
    // SignatureExpire once), so the call may succeed; either way the offset is reported.
    if (!report.ok) {
        QCOMPARE(report.error.code, QStringLiteral("AuthFailure.SignatureExpire"));
        QVERIFY2(report.summary.contains(QLatin1String("Clock skew")), qPrintable(report.summary));
    }
    QVERIFY(report.hasClockOffset);
    QVERIFY(report.clockOffsetMs < -9 * 60 * 1000);
    QVERIFY2(report.summary.contains(QLatin1String("ahead of the server")),
             qPrintable(report.summary));
}

void TestConnectionTester::refusedConnection() {
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Profile p = sandboxProfile();
    p.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto report = run(p, Credentials{p.secretId, QStringLiteral("k"), {}}, &m_clock);
    QVERIFY(!report.ok);
    QCOMPARE(report.error.kind, ApiError::Kind::ConnectionRefused);
    QVERIFY2(report.summary.contains(QLatin1String("refused")), qPrintable(report.summary));
}

void TestConnectionTester::explainCoversTransportKinds_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    using K = ApiError::Kind;
    QTest::newRow("tls") << int(K::Tls) << "TLS";
    QTest::newRow("proxy") << int(K::Proxy) << "Proxy";
    QTest::newRow("dns") << int(K::HostNotFound) << "resolved";
    QTest::newRow("timeout") << int(K::Timeout) << "in time";
    QTest::newRow("http status") << int(K::HttpStatus) << "HTTP status";
}

void TestConnectionTester::explainCoversTransportKinds() {
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    ApiError e;
    e.kind = ApiError::Kind(kind);
    e.message = QStringLiteral("detail");
    e.httpStatus = 502;
    const QString text = ConnectionTester::explain(e, sandboxProfile(), false, 0);
    QVERIFY2(text.contains(phrase), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
