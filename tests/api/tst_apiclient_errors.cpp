// SPDX-License-Identifier: GPL-3.0-or-later
// Envelope parsing, every error class, retry / no-retry rules, timeouts, cancellation, size limit.
#include "ApiClientFixture.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace eipdesk;
using namespace eipdesk::test;
using Reply = ScriptedHttpServer::Reply;

namespace {

Reply serviceError(const QByteArray& code) {
    return Reply::json("{\"Response\":{\"Error\":{\"Code\":\"" + code +
                       "\",\"Message\":\"m\"},\"RequestId\":\"rid-err\"}}");
}

} // namespace

class TestApiClientErrors : public QObject {
    Q_OBJECT
private slots:
    void badReplies_data() {
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        Reply html = Reply::json("<html><body>502 Bad Gateway</body></html>", 404);
        html.headers = {{"Content-Type", "text/html"}};
        Reply truncated = Reply::json("{\"Response\":{\"RequestId\":\"r\"");
        Reply cut = Reply::json(R"({"Response":{"RequestId":"r"}})");
        cut.claimedLength = 500; // announces more than it sends, then closes
        QTest::newRow("not json") << Reply::json("hello") << int(ApiError::Kind::MalformedResponse)
                                  << "ClientError.MalformedResponse";
        QTest::newRow("empty body") << Reply::json("") << int(ApiError::Kind::MalformedResponse)
                                    << "ClientError.MalformedResponse";
        QTest::newRow("truncated json") << truncated << int(ApiError::Kind::MalformedResponse)
                                        << "ClientError.MalformedResponse";
        QTest::newRow("connection cut mid-body")
            << cut << int(ApiError::Kind::MalformedResponse) << "ClientError.MalformedResponse";
        QTest::newRow("no Response")
            << Reply::json(R"({"Foo":1})") << int(ApiError::Kind::MalformedResponse)
            << "ClientError.MalformedResponse";
        QTest::newRow("Response not object")
            << Reply::json(R"({"Response":[1,2]})") << int(ApiError::Kind::MalformedResponse)
            << "ClientError.MalformedResponse";
        QTest::newRow("array top level")
            << Reply::json("[1]") << int(ApiError::Kind::MalformedResponse)
            << "ClientError.MalformedResponse";
        QTest::newRow("Error without Code")
            << Reply::json(R"({"Response":{"Error":{"Message":"x"},"RequestId":"r"}})")
            << int(ApiError::Kind::MalformedResponse) << "ClientError.MalformedResponse";
        QTest::newRow("html 404") << html << int(ApiError::Kind::HttpStatus)
                                  << "ClientError.HttpStatus";
        QTest::newRow("auth failure")
            << serviceError("AuthFailure.SignatureFailure") << int(ApiError::Kind::Service)
            << "AuthFailure.SignatureFailure";
        QTest::newRow("validation")
            << serviceError("InvalidParameterValue.AddressIdMalformed")
            << int(ApiError::Kind::Service) << "InvalidParameterValue.AddressIdMalformed";
        QTest::newRow("business") << serviceError("InvalidAddressIdStatus.NotPermit")
                                  << int(ApiError::Kind::Service)
                                  << "InvalidAddressIdStatus.NotPermit";
    }
    void badReplies() {
        QFETCH(Reply, reply);
        QFETCH(int, kind);
        QFETCH(QString, code);
        ApiClientFixture f;
        f.client.setMaxAttempts(1);
        f.server.enqueue(reply);
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QCOMPARE(int(resp.error.kind), kind);
        QCOMPARE(resp.error.code, code);
        QVERIFY(!resp.error.toString().isEmpty());
        QVERIFY(!resp.error.toString().contains(f.client.credentials().secretKey));
        if (kind == int(ApiError::Kind::Service))
            QCOMPARE(resp.error.requestId, QStringLiteral("rid-err"));
    }

    void successEnvelope() {
        ApiClientFixture f;
        f.server.enqueue(
            Reply::json(R"({"Response":{"TotalCount":3,"Extra":null,"RequestId":"ok-1"}})"));
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QVERIFY(resp.ok());
        QCOMPARE(resp.requestId, QStringLiteral("ok-1"));
        QCOMPARE(resp.response.value(QLatin1String("TotalCount")).toInt(), 3);
    }

    // Which failures are retried, for an idempotent read and a non-idempotent unbind.
    void retryRules_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<Reply>("failure");
        QTest::addColumn<int>("expectedSends");
        QTest::addColumn<int>("finalKind");
        const QString read = QStringLiteral("DescribeAddresses");
        const QString unbind = QStringLiteral("DisassociateAddress");
        Reply drop;
        drop.drop = true;
        Reply http503 = Reply::json("<html>busy</html>", 503);
        // maxAttempts is 3: a retried failure that keeps failing is sent 3 times.
        QTest::newRow("read: RequestLimitExceeded retried")
            << read << serviceError("RequestLimitExceeded") << 3 << int(ApiError::Kind::Service);
        QTest::newRow("read: UinLimitExceeded retried")
            << read << serviceError("RequestLimitExceeded.UinLimitExceeded") << 3
            << int(ApiError::Kind::Service);
        QTest::newRow("read: ActionLimited retried")
            << read << serviceError("LimitExceeded.ActionLimited") << 3
            << int(ApiError::Kind::Service);
        QTest::newRow("read: ServiceUnavailable retried")
            << read << serviceError("ServiceUnavailable") << 3 << int(ApiError::Kind::Service);
        QTest::newRow("read: ResourceUnavailable retried")
            << read << serviceError("ResourceUnavailable") << 3 << int(ApiError::Kind::Service);
        QTest::newRow("read: 503 retried")
            << read << http503 << 3 << int(ApiError::Kind::HttpStatus);
        QTest::newRow("read: auth not retried")
            << read << serviceError("AuthFailure.SecretIdNotFound") << 1
            << int(ApiError::Kind::Service);
        QTest::newRow("read: validation not retried")
            << read << serviceError("InvalidParameter") << 1 << int(ApiError::Kind::Service);
        QTest::newRow("read: InternalError not retried")
            << read << serviceError("InternalError") << 1 << int(ApiError::Kind::Service);
        QTest::newRow("unbind: RequestLimitExceeded retried")
            << unbind << serviceError("RequestLimitExceeded") << 3 << int(ApiError::Kind::Service);
        QTest::newRow("unbind: business not retried")
            << unbind << serviceError("InvalidAddressIdStatus.NotPermit") << 1
            << int(ApiError::Kind::Service);
        QTest::newRow("unbind: ServiceUnavailable not retried")
            << unbind << serviceError("ServiceUnavailable") << 1 << int(ApiError::Kind::Service);
        QTest::newRow("unbind: 503 outcome unknown")
            << unbind << http503 << 1 << int(ApiError::Kind::OutcomeUnknown);
        QTest::newRow("unbind: lost reply outcome unknown")
            << unbind << drop << 1 << int(ApiError::Kind::OutcomeUnknown);
        QTest::newRow("unbind: garbled reply outcome unknown")
            << unbind << Reply::json("{{{") << 1 << int(ApiError::Kind::OutcomeUnknown);
    }
    void retryRules() {
        QFETCH(QString, action);
        QFETCH(Reply, failure);
        QFETCH(int, expectedSends);
        QFETCH(int, finalKind);
        ApiClientFixture f;
        f.client.setMaxAttempts(3);
        f.server.setHandler([failure](const ScriptedHttpServer::Request&, int) { return failure; });
        const ApiResponse resp = f.run(ApiClientFixture::request(action));
        QCOMPARE(int(resp.error.kind), finalKind);
        QCOMPARE(f.server.requestCount(), expectedSends);
        QCOMPARE(resp.attempts, expectedSends);
        if (finalKind == int(ApiError::Kind::OutcomeUnknown))
            QCOMPARE(resp.error.code, QStringLiteral("ClientError.OutcomeUnknown"));
    }

    void transientThenSuccess() {
        ApiClientFixture f;
        f.server.enqueue(serviceError("RequestLimitExceeded"));
        f.server.enqueue(Reply::json("<html/>", 502));
        f.server.enqueue(Reply::json(R"({"Response":{"RequestId":"third"}})"));
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QVERIFY2(resp.ok(), qPrintable(resp.error.toString()));
        QCOMPARE(resp.attempts, 3);
        QCOMPARE(resp.requestId, QStringLiteral("third"));
    }

    void unbindTimeoutIsOutcomeUnknownSentOnce() {
        ApiClientFixture f;
        f.client.setMaxAttempts(4);
        Reply slow = Reply::json(R"({"Response":{"TaskId":"1","RequestId":"late"}})");
        slow.delayMs = 3000;
        f.server.setHandler([slow](const ScriptedHttpServer::Request&, int) { return slow; });
        ApiRequest req = ApiClientFixture::request(QStringLiteral("DisassociateAddress"));
        req.timeoutMs = 300;
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        ApiCall* call = f.client.send(req);
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy gone(call, &QObject::destroyed);
        QVERIFY(finished.wait(30000));
        const auto resp = finished.at(0).at(0).value<ApiResponse>();
        QCOMPARE(resp.error.kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(resp.attempts, 1);
        // Nothing more goes out later: once the call is gone, nothing is left that could send
        // again (retry timers die with it). It was sent once, and the server saw it once.
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 10000);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(f.server.requestCount(), 1);
    }

    void readTimeoutRetriedThenTimeout() {
        ApiClientFixture f;
        f.client.setMaxAttempts(2);
        Reply slow = Reply::json(R"({"Response":{"RequestId":"late"}})");
        slow.delayMs = 3000;
        f.server.setHandler([slow](const ScriptedHttpServer::Request&, int) { return slow; });
        ApiRequest req = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
        req.timeoutMs = 200;
        const ApiResponse resp = f.run(req);
        QCOMPARE(resp.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.Timeout"));
        QCOMPARE(f.server.requestCount(), 2);
    }

    void connectionRefused_data() {
        QTest::addColumn<QString>("action");
        QTest::newRow("read") << QStringLiteral("DescribeAddresses");
        QTest::newRow("unbind (nothing was sent)") << QStringLiteral("DisassociateAddress");
    }
    void connectionRefused() {
        QFETCH(QString, action);
        ApiClientFixture f;
        quint16 freePort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            freePort = probe.serverPort();
        }
        EndpointConfig config;
        config.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(freePort));
        f.client.setEndpointConfig(config);
        f.client.setMaxAttempts(2);
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        const ApiResponse resp = f.run(ApiClientFixture::request(action));
        QCOMPARE(resp.error.kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.ConnectionRefused"));
        QCOMPARE(sent.count(), 2); // retried: nothing reached a server
    }

    void connectionClosedBeforeReplyIsNamed() {
        // A peer that accepts and closes without a byte: said as such, not "Unknown error".
        ApiClientFixture f;
        QTcpServer closer;
        QVERIFY(closer.listen(QHostAddress::LocalHost, 0));
        connect(&closer, &QTcpServer::newConnection, &closer, [&closer] {
            while (QTcpSocket* s = closer.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->disconnectFromHost();
                });
            }
        });
        EndpointConfig config;
        config.customEndpoint =
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closer.serverPort()));
        f.client.setEndpointConfig(config);
        f.client.setMaxAttempts(1);
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QCOMPARE(resp.error.kind, ApiError::Kind::Network);
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.ConnectionClosed"));
        QVERIFY2(!resp.error.message.contains(QStringLiteral("Unknown error")),
                 qPrintable(resp.error.message));
        QVERIFY2(resp.error.message.contains(QStringLiteral("closed")),
                 qPrintable(resp.error.message));
    }

    void tlsFailureReported() {
        // A plain-HTTP peer answering a TLS handshake: the handshake fails and is reported.
        ApiClientFixture f;
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket* s = plain.nextPendingConnection()) {
                s->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            }
        });
        EndpointConfig config;
        config.customEndpoint =
            QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort()));
        f.client.setEndpointConfig(config);
        f.client.setMaxAttempts(1);
        ApiRequest req = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
        req.timeoutMs = 20000;
        const ApiResponse resp = f.run(req);
        QVERIFY2(resp.error.kind == ApiError::Kind::Tls, qPrintable(resp.error.toString()));
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.Tls"));
    }

    void hugeBodyAbandoned_data() {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("Content-Length 50 MB") << true;
        QTest::newRow("close-delimited 50 MB") << false;
    }
    void hugeBodyAbandoned() {
        QFETCH(bool, withLength);
        ApiClientFixture f;
        f.client.setMaxAttempts(1);
        Reply huge = Reply::json("{\"Response\":{\"RequestId\":\"");
        huge.fillBytes = 50LL * 1024 * 1024;
        huge.omitContentLength = !withLength;
        f.server.enqueue(huge);
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")), 60000);
        QCOMPARE(resp.error.kind, ApiError::Kind::ResponseTooLarge);
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.ResponseTooLarge"));
    }

    void abortCancels() {
        ApiClientFixture f;
        Reply slow = Reply::json(R"({"Response":{"RequestId":"late"}})");
        slow.delayMs = 2000;
        f.server.enqueue(slow);
        ApiCall* call =
            f.client.send(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QSignalSpy spy(call, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount(), 1, 10000);
        call->abort();
        QCOMPARE(spy.count(), 1);
        const auto resp = spy.at(0).at(0).value<ApiResponse>();
        QCOMPARE(resp.error.kind, ApiError::Kind::Canceled);
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.Canceled"));
        QSignalSpy gone(call, &QObject::destroyed);
        call->abort(); // harmless twice
        QCOMPARE(spy.count(), 1);
        // Reported once, for good: the call goes (nothing left to answer later, though the
        // server's reply is still on its way), still with that one report.
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 10000);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClientErrors)
#include "tst_apiclient_errors.moc"
