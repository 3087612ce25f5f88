// SPDX-License-Identifier: GPL-3.0-or-later
// What ApiClient puts on the wire: headers (spec §1.3), body, signature, endpoint rules.
#include "ApiClientFixture.h"
#include "api/FormEncoding.h"
#include "api/Tc3Signer.h"
#include "api/V1Signer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace eipdesk;
using namespace eipdesk::test;

class TestApiClientHeaders : public QObject {
    Q_OBJECT
private slots:
    void tc3HeadersAndSignature_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("language");
        QTest::newRow("plain") << QString() << QStringLiteral("ap-guangzhou")
                               << QStringLiteral("en-US");
        QTest::newRow("token zh") << QStringLiteral("tmpToken_ABC") << QStringLiteral("ap-shanghai")
                                  << QStringLiteral("zh-CN");
        QTest::newRow("no region") << QString() << QString() << QStringLiteral("en-US");
    }
    void tc3HeadersAndSignature() {
        QFETCH(QString, token);
        QFETCH(QString, region);
        QFETCH(QString, language);
        ApiClientFixture f;
        Credentials c = f.client.credentials();
        c.token = token;
        f.client.setCredentials(c);
        f.client.setLanguage(language);
        f.server.enqueue(ScriptedHttpServer::Reply::json(
            R"({"Response":{"TotalCount":0,"AddressSet":[],"RequestId":"r-1"}})"));

        QJsonObject payload;
        payload.insert(QStringLiteral("Limit"), 100);
        payload.insert(QStringLiteral("Offset"), 0);
        ApiRequest req = ApiClientFixture::request(QStringLiteral("DescribeAddresses"), payload);
        req.region = region;
        const ApiResponse resp = f.run(req);
        QVERIFY2(resp.ok(), qPrintable(resp.error.toString()));
        QCOMPARE(resp.requestId, QStringLiteral("r-1"));
        QCOMPARE(resp.attempts, 1);

        QCOMPARE(f.server.requestCount(), 1);
        const auto got = f.server.requests().at(0);
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, QByteArray("/"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json")); // exact, no charset
        QCOMPARE(got.headerCount("Content-Type"), 1);
        QCOMPARE(got.header("X-TC-Action"), QByteArray("DescribeAddresses"));
        QCOMPARE(got.header("X-TC-Version"), QByteArray("2017-03-12"));
        QCOMPARE(got.header("X-TC-Timestamp"), QByteArray("1700000000")); // from the ManualClock
        QCOMPARE(got.header("X-TC-Region"), region.toUtf8());
        QCOMPARE(got.headerCount("X-TC-Region"), region.isEmpty() ? 0 : 1);
        QCOMPARE(got.header("X-TC-Token"), token.toUtf8());
        QCOMPARE(got.headerCount("X-TC-Token"), token.isEmpty() ? 0 : 1);
        QCOMPARE(got.header("X-TC-Language"), language.toUtf8());
        const QByteArray client = got.header("X-TC-RequestClient");
        QVERIFY(client.startsWith("EIPDESK_"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-zA-Z-_ ,;.]+$"))
                    .match(QString::fromLatin1(client))
                    .hasMatch());
        const QByteArray host = got.header("Host");
        QCOMPARE(host, QByteArray("127.0.0.1:") + QByteArray::number(f.server.port()));
        QCOMPARE(QJsonDocument::fromJson(got.body).object(), payload);

        // The signature verifies against what the server received, with service "vpc".
        Tc3Signer::Input in;
        in.method = got.method;
        in.host = QString::fromLatin1(host);
        in.contentType = got.header("Content-Type");
        in.payload = got.body;
        in.timestamp = got.header("X-TC-Timestamp").toLongLong();
        in.service = QStringLiteral("vpc");
        in.secretId = f.client.credentials().secretId;
        in.secretKey = f.client.credentials().secretKey;
        QCOMPARE(got.header("Authorization"), Tc3Signer::sign(in).authorization);
        // Secrets never travel.
        QVERIFY(!got.body.contains(in.secretKey.toUtf8()));
        for (const auto& h : got.headers)
            QVERIFY(!h.second.contains(in.secretKey.toUtf8()));
    }

    void serviceIsTheProductNotTheHost() {
        ApiClientFixture f;
        f.server.enqueue(ScriptedHttpServer::Reply::json(R"({"Response":{"RequestId":"r"}})"));
        ApiRequest req = ApiClientFixture::request(QStringLiteral("DescribeRegions"));
        req.service = QStringLiteral("region");
        req.version = QStringLiteral("2022-06-27");
        QVERIFY(f.run(req).ok());
        const QByteArray auth = f.server.requests().at(0).header("Authorization");
        QVERIFY2(auth.contains("/2023-11-14/region/tc3_request"), auth.constData());
        QCOMPARE(f.server.requests().at(0).header("X-TC-Version"), QByteArray("2022-06-27"));
    }

    void v1SendsSignedForm_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("methodName");
        QTest::newRow("HmacSHA256")
            << int(SignatureMethod::HmacSha256) << QStringLiteral("HmacSHA256");
        QTest::newRow("HmacSHA1") << int(SignatureMethod::HmacSha1) << QStringLiteral("HmacSHA1");
    }
    void v1SendsSignedForm() {
        QFETCH(int, method);
        QFETCH(QString, methodName);
        ApiClientFixture f;
        f.client.setSignatureMethod(SignatureMethod(method));
        f.server.enqueue(
            ScriptedHttpServer::Reply::json(R"({"Response":{"TaskId":"1","RequestId":"r"}})"));
        QJsonObject payload;
        payload.insert(QStringLiteral("AddressId"), QStringLiteral("eip-1"));
        payload.insert(QStringLiteral("ReallocateNormalPublicIp"), true);
        QVERIFY(
            f.run(ApiClientFixture::request(QStringLiteral("DisassociateAddress"), payload)).ok());
        const auto got = f.server.requests().at(0);
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(got.headerCount("Authorization"), 0);

        FormEncoding::Params params;
        const QUrlQuery query(QString::fromUtf8(got.body));
        for (const auto& item : query.queryItems(QUrl::FullyDecoded))
            params.append(item);
        QString signature;
        for (const auto& p : params)
            if (p.first == QLatin1String("Signature"))
                signature = p.second;
        QVERIFY(!signature.isEmpty());
        QVERIFY(
            params.contains({QStringLiteral("ReallocateNormalPublicIp"), QStringLiteral("true")}));
        QVERIFY(params.contains({QStringLiteral("SignatureMethod"), methodName}));
        QVERIFY(params.contains({QStringLiteral("Action"), QStringLiteral("DisassociateAddress")}));
        const QByteArray sts = V1Signer::stringToSign(
            "POST", QString::fromLatin1(got.header("Host")), QStringLiteral("/"), params);
        QCOMPARE(
            V1Signer::signString(sts, f.client.credentials().secretKey, SignatureMethod(method)),
            signature.toLatin1());
    }

    void plainHttpOnlyForLoopback_data() {
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http example.com") << QUrl(QStringLiteral("http://example.com/")) << false;
        QTest::newRow("http 10.0.0.1") << QUrl(QStringLiteral("http://10.0.0.1:8080/")) << false;
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/")) << false;
        QTest::newRow("no host") << QUrl(QStringLiteral("http:///")) << false;
    }
    void plainHttpOnlyForLoopback() {
        QFETCH(QUrl, endpoint);
        QFETCH(bool, allowed);
        ApiClientFixture f;
        EndpointConfig config;
        config.customEndpoint = endpoint;
        f.client.setEndpointConfig(config);
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QCOMPARE(resp.ok(), allowed);
        QCOMPARE(resp.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(resp.error.code, QStringLiteral("ClientError.InvalidRequest"));
        QCOMPARE(sent.count(), 0); // rejected without touching the network
    }

    void missingCredentialsRejected() {
        ApiClientFixture f;
        f.client.setCredentials({});
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses")));
        QCOMPARE(resp.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(f.server.requestCount(), 0);
    }

    void endpointResolution_data() {
        QTest::addColumn<int>("site");
        QTest::addColumn<bool>("perRegion");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cn regional") << int(Site::China) << true << "vpc"
                                     << "ap-guangzhou"
                                     << "https://vpc.ap-guangzhou.tencentcloudapi.com/";
        QTest::newRow("cn nearest") << int(Site::China) << false << "vpc"
                                    << "ap-guangzhou"
                                    << "https://vpc.tencentcloudapi.com/";
        QTest::newRow("intl") << int(Site::International) << false << "vpc"
                              << "ap-singapore"
                              << "https://vpc.intl.tencentcloudapi.com/";
        QTest::newRow("fsi always regional") << int(Site::China) << false << "vpc"
                                             << "ap-shanghai-fsi"
                                             << "https://vpc.ap-shanghai-fsi.tencentcloudapi.com/";
        QTest::newRow("region service") << int(Site::China) << true << "region"
                                        << ""
                                        << "https://region.tencentcloudapi.com/";
        QTest::newRow("region service intl") << int(Site::International) << true << "region"
                                             << ""
                                             << "https://region.intl.tencentcloudapi.com/";
    }
    void endpointResolution() {
        QFETCH(int, site);
        QFETCH(bool, perRegion);
        QFETCH(QString, service);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        EndpointConfig c;
        c.site = Site(site);
        c.perRegionHosts = perRegion;
        QCOMPARE(c.resolve(service, region).toString(), expected);
        c.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        QCOMPARE(c.resolve(service, region).port(), 9);
        c.regionOverrides.insert(QStringLiteral("ap-beijing"),
                                 QUrl(QStringLiteral("http://127.0.0.1:10/")));
        QCOMPARE(c.resolve(service, QStringLiteral("ap-beijing")).port(), 10);
    }

    void maskSecretId() {
        QCOMPARE(eipdesk::maskSecretId(QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE")),
                 QStringLiteral("AKID…MPLE"));
        QCOMPARE(eipdesk::maskSecretId(QString()), QString());
        QVERIFY(!eipdesk::maskSecretId(QStringLiteral("short")).contains(QStringLiteral("short")));
    }
};

QTEST_GUILESS_MAIN(TestApiClientHeaders)
#include "tst_apiclient_headers.moc"
