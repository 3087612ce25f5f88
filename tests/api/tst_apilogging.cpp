// SPDX-License-Identifier: GPL-3.0-or-later
// Logging for support: the eipdesk.* categories are off by default; --verbose turns them on;
// a verbose run of real requests (client and in-process sandbox) logs action, region,
// RequestId and outcome, and never the SecretKey, the token or a signature.
#include "api/ApiClient.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/SystemClock.h"
#include "support/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace eipdesk;

namespace {

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext& context, const QString& message) {
    g_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                      message;
}

} // namespace

class TestApiLogging : public QObject {
    Q_OBJECT
private slots:
    void offByDefault();
    void verboseArgumentIsTaken();
    void requestsLoggedWithoutSecrets();
    void coreDumpsOff();
};

void TestApiLogging::offByDefault() {
    for (const QLoggingCategory* c : {&lcApi(), &lcOps(), &lcCredentials(), &lcSandbox()}) {
        QVERIFY2(!c->isDebugEnabled(), c->categoryName());
        QVERIFY(c->isWarningEnabled());
    }
}

void TestApiLogging::verboseArgumentIsTaken() {
    QByteArray a0("eipdesk"), a1("--verbose"), a2("unbind"), a3("--verbose"), a4("eip-1");
    char* argv[] = {a0.data(), a1.data(), a2.data(), a3.data(), a4.data(), nullptr};
    int argc = 5;
    QVERIFY(takeVerboseArgument(&argc, argv));
    QCOMPARE(argc, 3);
    QCOMPARE(QByteArray(argv[1]), QByteArray("unbind"));
    QCOMPARE(QByteArray(argv[2]), QByteArray("eip-1"));
    QCOMPARE(argv[3], nullptr);
    QVERIFY(!takeVerboseArgument(&argc, argv));
    QCOMPARE(argc, 3);
}

void TestApiLogging::requestsLoggedWithoutSecrets() {
    test::SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QString id = QStringLiteral("AKIDlogTest0000000000000000000000000");
    const QString key = QStringLiteral("logTestSecretKey-must-never-appear-0");
    const QString token = QStringLiteral("logTestToken-must-never-appear-000000");
    sandbox.server().addAccount(id, key, token);

    enableVerboseLogging();
    QVERIFY(lcApi().isDebugEnabled() && lcSandbox().isDebugEnabled());
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    SystemClock clock;
    QNetworkAccessManager network;
    ApiClient client(&network, &clock);
    EndpointConfig config;
    config.customEndpoint = sandbox.endpoint();
    client.setEndpointConfig(config);
    client.setCredentials({id, key, token});
    auto run = [&](const QString& action, const QJsonObject& payload) {
        ApiRequest r;
        r.action = action;
        r.region = sandbox.firstRegion();
        r.payload = payload;
        QSignalSpy spy(client.send(r), &ApiCall::finished);
        QVERIFY(spy.wait(30000));
    };
    run(QStringLiteral("DescribeAddresses"), {{QStringLiteral("Limit"), 5}});
    run(QStringLiteral("DisassociateAddress"),
        {{QStringLiteral("AddressId"), QStringLiteral("eip-00000000")}});
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    const QString log = g_messages.join(QLatin1Char('\n'));
    // What support needs: action, region, RequestId, outcome, from the client and the sandbox.
    QVERIFY2(log.contains(QLatin1String("eipdesk.api DescribeAddresses ap-guangzhou RequestId")),
             qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("eipdesk.sandbox DescribeAddresses ap-guangzhou")),
             qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("DisassociateAddress ap-guangzhou RequestId")) &&
                 log.contains(QLatin1String("failed: InvalidAddressId")),
             qPrintable(log));
    QVERIFY(QRegularExpression(QStringLiteral("RequestId [0-9a-f-]{36}")).match(log).hasMatch());
    // Never a secret or anything signed.
    QVERIFY(!log.contains(key));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(QLatin1String("Signature"), Qt::CaseInsensitive));
    QVERIFY(!log.contains(QLatin1String("TC3-HMAC")));
    QVERIFY(!log.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
}

// As KeePassXC does: no core file may carry a secret out of the process.
void TestApiLogging::coreDumpsOff() {
    QVERIFY(disableCoreDumps());
    QVERIFY(coreDumpsDisabled());
}

QTEST_GUILESS_MAIN(TestApiLogging)
#include "tst_apilogging.moc"
