// SPDX-License-Identifier: GPL-3.0-or-later
// Signature verification of the sandbox: the published vectors, every signing method end to
// end, and every AuthFailure code.
#include "SandboxTestClient.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SignatureVerifier.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using eipdesk::sandbox::SignatureVerifier;
using Method = SandboxTestClient::Method;

class TestSandboxSignature : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void publishedTc3Vector();
    void publishedV1Vectors();
    void nodeSdkVectors();
    void methodsAccepted_data();
    void methodsAccepted();
    void authFailures_data();
    void authFailures();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void sdkQuirksAccepted();

private:
    eipdesk::test::SandboxFixture m_sandbox;
};

void TestSandboxSignature::initTestCase() {
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.server().rateLimiter()->setEnabled(false);
    m_sandbox.server().addAccount(QStringLiteral("AKIDtemporary0000000000000000000000"),
                                  QStringLiteral("tempKey"), QStringLiteral("tok-123"));
}

void TestSandboxSignature::publishedTc3Vector() {
    // Spec §2.2 revision A.
    const QByteArray sts = "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                           "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031";
    QCOMPARE(SignatureVerifier::tc3Signature("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "2019-02-25",
                                             "cvm", sts),
             QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
}

void TestSandboxSignature::publishedV1Vectors() {
    const QByteArray s =
        SignatureVerifier::v1StringToSign("GET", "cvm.tencentcloudapi.com", "/",
                                          {{"Action", "DescribeInstances"},
                                           {"Version", "2017-03-12"},
                                           {"Timestamp", "1465185768"},
                                           {"Nonce", "11886"},
                                           {"Region", "ap-guangzhou"},
                                           {"InstanceIds.0", "ins-09dx96dg"},
                                           {"Limit", "20"},
                                           {"Offset", "0"},
                                           {"SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"},
                                           {"Signature", "ignored"}});
    QCOMPARE(QMessageAuthenticationCode::hash(s, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
                                              QCryptographicHash::Sha1)
                 .toBase64(),
             QByteArray("EliP9YW3pW28FpsEdkXt/+WcGeI="));
}

// Every Node SDK case of tests/data/signing-vectors.json verifies with the sandbox's code.
void TestSandboxSignature::nodeSdkVectors() {
    QFile f(eipdesk::test::dataFile(QStringLiteral("signing-vectors.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray cases =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("cases")).toArray();
    QVERIFY(cases.size() >= 10);
    int checked = 0;
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonObject in = c.value(QLatin1String("input")).toObject();
        const QJsonObject out = c.value(QLatin1String("output")).toObject();
        const QByteArray key = in.value(QLatin1String("secret_key")).toString().toUtf8();
        if (c.value(QLatin1String("sign_method")).toString() == QLatin1String("TC3-HMAC-SHA256")) {
            const QByteArray sig = SignatureVerifier::tc3Signature(
                key, out.value(QLatin1String("date")).toString().toUtf8(),
                in.value(QLatin1String("service")).toString().toUtf8(),
                out.value(QLatin1String("string_to_sign")).toString().toUtf8());
            QCOMPARE(sig, out.value(QLatin1String("signature")).toString().toUtf8());
        } else {
            QList<QPair<QByteArray, QByteArray>> params;
            for (const QJsonValue& p : out.value(QLatin1String("params")).toArray())
                params.append(
                    {p.toArray().at(0).toString().toUtf8(), p.toArray().at(1).toString().toUtf8()});
            const QByteArray s = SignatureVerifier::v1StringToSign(
                in.value(QLatin1String("method")).toString().toUtf8(),
                in.value(QLatin1String("host")).toString().toUtf8(), "/", params);
            QCOMPARE(s, out.value(QLatin1String("string_to_sign")).toString().toUtf8());
        }
        ++checked;
    }
    QCOMPARE(checked, cases.size());
}

void TestSandboxSignature::methodsAccepted_data() {
    QTest::addColumn<int>("method");
    QTest::newRow("TC3 POST JSON") << int(Method::Tc3);
    QTest::newRow("TC3 GET query") << int(Method::Tc3Get);
    QTest::newRow("v1 HmacSHA1 form POST") << int(Method::HmacSha1);
    QTest::newRow("v1 HmacSHA256 form POST") << int(Method::HmacSha256);
    QTest::newRow("v1 HmacSHA256 GET") << int(Method::HmacSha256Get);
}

void TestSandboxSignature::methodsAccepted() {
    QFETCH(int, method);
    SandboxTestClient client(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    const auto r = client.call(
        QStringLiteral("DescribeAddresses"),
        QJsonObject{{QStringLiteral("Limit"), 5},
                    {QStringLiteral("Filters"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("Name"), QStringLiteral("address-status")},
                         {QStringLiteral("Values"), QJsonArray{QStringLiteral("BIND")}}}}}},
        Method(method));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    QCOMPARE(r.response.value(QLatin1String("AddressSet")).toArray().size(), 5);
    QVERIFY(!r.requestId().isEmpty());
    QVERIFY(!r.date.isEmpty());
    QCOMPARE(r.contentType, QByteArray("application/json"));
}

void TestSandboxSignature::authFailures_data() {
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("code");
    const QString demoId = eipdesk::sandbox::AccountRegistry::demoSecretId();
    const QString demoKey = eipdesk::sandbox::AccountRegistry::demoSecretKey();
    const QString tmpId = QStringLiteral("AKIDtemporary0000000000000000000000");
    for (int m : {int(Method::Tc3), int(Method::HmacSha1), int(Method::HmacSha256)}) {
        const QByteArray tag = m == int(Method::Tc3)        ? "TC3"
                               : m == int(Method::HmacSha1) ? "HmacSHA1"
                                                            : "HmacSHA256";
        QTest::newRow(tag + ": wrong key") << m << demoId << QStringLiteral("wrong") << QString()
                                           << 0 << QStringLiteral("AuthFailure.SignatureFailure");
        QTest::newRow(tag + ": unknown SecretId")
            << m << QStringLiteral("AKIDunknown") << demoKey << QString() << 0
            << QStringLiteral("AuthFailure.SecretIdNotFound");
        QTest::newRow(tag + ": 6 minutes behind") << m << demoId << demoKey << QString() << -360
                                                  << QStringLiteral("AuthFailure.SignatureExpire");
        QTest::newRow(tag + ": 6 minutes ahead") << m << demoId << demoKey << QString() << 360
                                                 << QStringLiteral("AuthFailure.SignatureExpire");
        QTest::newRow(tag + ": 4 minutes off is fine")
            << m << demoId << demoKey << QString() << 240 << QString();
        QTest::newRow(tag + ": temporary key, right token")
            << m << tmpId << QStringLiteral("tempKey") << QStringLiteral("tok-123") << 0
            << QString();
        QTest::newRow(tag + ": temporary key, bad token")
            << m << tmpId << QStringLiteral("tempKey") << QStringLiteral("tok-999") << 0
            << QStringLiteral("AuthFailure.TokenFailure");
        QTest::newRow(tag + ": temporary key, no token")
            << m << tmpId << QStringLiteral("tempKey") << QString() << 0
            << QStringLiteral("AuthFailure.TokenFailure");
        QTest::newRow(tag + ": permanent key with a token")
            << m << demoId << demoKey << QStringLiteral("tok") << 0
            << QStringLiteral("AuthFailure.TokenFailure");
    }
}

void TestSandboxSignature::authFailures() {
    QFETCH(int, method);
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    QFETCH(int, offset);
    QFETCH(QString, code);
    SandboxTestClient client(m_sandbox.endpoint(), secretId, secretKey);
    client.setToken(token);
    client.setTimestampOffset(offset);
    const auto r = client.call(QStringLiteral("DescribeAddresses"), {}, Method(method));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.requestId().isEmpty());
}

void TestSandboxSignature::malformedAuthorization_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("code");
    QTest::newRow("other algorithm") << QByteArray("HMAC-SHA1 Credential=x")
                                     << QStringLiteral("AuthFailure.InvalidAuthorization");
    QTest::newRow("garbage") << QByteArray("TC3-HMAC-SHA256 nonsense")
                             << QStringLiteral("AuthFailure.InvalidAuthorization");
    QTest::newRow("no signature")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKID/2024-01-01/vpc/tc3_request, "
                      "SignedHeaders=content-type;host")
        << QStringLiteral("AuthFailure.InvalidAuthorization");
    QTest::newRow("short scope")
        << QByteArray(
               "TC3-HMAC-SHA256 Credential=AKID/vpc, SignedHeaders=content-type;host, Signature=ab")
        << QStringLiteral("AuthFailure.InvalidAuthorization");
    QTest::newRow("host not signed")
        << QByteArray("TC3-HMAC-SHA256 Credential=AKID/2024-01-01/vpc/tc3_request, "
                      "SignedHeaders=content-type, Signature=ab")
        << QStringLiteral("AuthFailure.InvalidAuthorization");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("MissingParameter");
}

void TestSandboxSignature::malformedAuthorization() {
    QFETCH(QByteArray, authorization);
    QFETCH(QString, code);
    SandboxTestClient client(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Content-Type", "application/json"},
        {"X-TC-Action", "DescribeAddresses"},
        {"X-TC-Version", "2017-03-12"},
        {"X-TC-Region", "ap-guangzhou"},
        {"X-TC-Timestamp", QByteArray::number(QDateTime::currentSecsSinceEpoch())}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const auto r = client.send("POST", headers, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), code);
}

// What the official SDKs do against a local endpoint (spec §7.1): service "127", and the Host
// signed without its port.
void TestSandboxSignature::sdkQuirksAccepted() {
    SandboxTestClient client(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    client.setService(QStringLiteral("127"));
    client.setSignHostWithoutPort(true);
    for (Method m : {Method::Tc3, Method::HmacSha256}) {
        const auto r = client.call(QStringLiteral("DescribeAddresses"), {}, m);
        QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    }
}

QTEST_GUILESS_MAIN(TestSandboxSignature)
#include "tst_sandbox_signature.moc"
