// SPDX-License-Identifier: GPL-3.0-or-later
// Signature v3 and v1 against every case of tests/data/signing-vectors.json (produced by the
// official Node.js SDK) and the official documentation examples (spec §2.2 and §3).
#include "api/FormEncoding.h"
#include "api/Tc3Signer.h"
#include "api/V1Signer.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace eipdesk;

namespace {

QJsonArray loadCases() {
    QFile file(test::dataFile(QStringLiteral("signing-vectors.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray();
}

QByteArray utf8(const QJsonValue& v) {
    return v.toString().toUtf8();
}

SignatureMethod v1Method(const QString& name) {
    return name == QLatin1String("HmacSHA256") ? SignatureMethod::HmacSha256
                                               : SignatureMethod::HmacSha1;
}

// The body of the doc example (spec §2.2): literal backslash escapes, not UTF-8.
const QByteArray kDocPayload =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";

Tc3Signer::Input docInput(const QString& secretId, const QString& secretKey, bool signAction) {
    Tc3Signer::Input in;
    in.method = "POST";
    in.host = QStringLiteral("cvm.tencentcloudapi.com");
    in.contentType = "application/json; charset=utf-8";
    in.payload = kDocPayload;
    in.timestamp = 1551113065;
    in.service = QStringLiteral("cvm");
    in.secretId = secretId;
    in.secretKey = secretKey;
    if (signAction)
        in.extraSignedHeaders.append(
            qMakePair(QByteArray("X-TC-Action"), QByteArray("DescribeInstances")));
    return in;
}

} // namespace

class TestSigner : public QObject {
    Q_OBJECT
private slots:
    void vectorFileHasEveryCase() {
        const QJsonArray cases = loadCases();
        QCOMPARE(cases.size(), 22);
        int tc3 = 0;
        int v1 = 0;
        for (const auto& c : cases) {
            const QString method = c.toObject().value(QLatin1String("sign_method")).toString();
            if (method == QLatin1String("TC3-HMAC-SHA256"))
                ++tc3;
            else if (method == QLatin1String("HmacSHA1") || method == QLatin1String("HmacSHA256"))
                ++v1;
        }
        QCOMPARE(tc3 + v1, 22); // every case is checked by one of the two tests below
        QVERIFY(tc3 > 0);
        QVERIFY(v1 > 0);
    }

    void tc3Vectors_data() {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QJsonObject>("output");
        for (const auto& c : loadCases()) {
            const QJsonObject o = c.toObject();
            if (o.value(QLatin1String("sign_method")).toString() !=
                QLatin1String("TC3-HMAC-SHA256"))
                continue;
            QTest::newRow(qPrintable(o.value(QLatin1String("id")).toString()))
                << o.value(QLatin1String("input")).toObject()
                << o.value(QLatin1String("output")).toObject();
        }
    }
    void tc3Vectors() {
        QFETCH(QJsonObject, input);
        QFETCH(QJsonObject, output);
        Tc3Signer::Input in;
        in.method = utf8(input.value(QLatin1String("method")));
        in.host = input.value(QLatin1String("host")).toString();
        in.path = input.value(QLatin1String("path")).toString();
        in.query = utf8(input.value(QLatin1String("query")));
        in.contentType = utf8(input.value(QLatin1String("content_type")));
        in.payload = utf8(input.value(QLatin1String("payload")));
        in.timestamp = input.value(QLatin1String("timestamp")).toInteger();
        in.service = input.value(QLatin1String("service")).toString();
        in.secretId = input.value(QLatin1String("secret_id")).toString();
        in.secretKey = input.value(QLatin1String("secret_key")).toString();

        const Tc3Signer::Result r = Tc3Signer::sign(in);
        QCOMPARE(r.date, output.value(QLatin1String("date")).toString());
        QCOMPARE(r.credentialScope, output.value(QLatin1String("credential_scope")).toString());
        QCOMPARE(r.signedHeaders, utf8(output.value(QLatin1String("signed_headers"))));
        QCOMPARE(r.hashedPayload, utf8(output.value(QLatin1String("hashed_request_payload"))));
        QCOMPARE(r.canonicalRequest, utf8(output.value(QLatin1String("canonical_request"))));
        QCOMPARE(r.stringToSign, utf8(output.value(QLatin1String("string_to_sign"))));
        QCOMPARE(r.signature, utf8(output.value(QLatin1String("signature"))));
        QCOMPARE(r.authorization, utf8(output.value(QLatin1String("authorization"))));

        // GET: the query string is what FormEncoding produces from the flattened params.
        if (in.method == "GET") {
            const auto params = input.value(QLatin1String("params")).toObject();
            QCOMPARE(FormEncoding::encode(FormEncoding::flatten(params)), in.query);
        }
    }

    void v1Vectors_data() {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QJsonObject>("output");
        QTest::addColumn<QString>("method");
        for (const auto& c : loadCases()) {
            const QJsonObject o = c.toObject();
            const QString m = o.value(QLatin1String("sign_method")).toString();
            if (m == QLatin1String("TC3-HMAC-SHA256"))
                continue;
            QTest::newRow(qPrintable(o.value(QLatin1String("id")).toString()))
                << o.value(QLatin1String("input")).toObject()
                << o.value(QLatin1String("output")).toObject() << m;
        }
    }
    void v1Vectors() {
        QFETCH(QJsonObject, input);
        QFETCH(QJsonObject, output);
        QFETCH(QString, method);

        FormEncoding::Params expected;
        for (const auto& p : output.value(QLatin1String("params")).toArray()) {
            const QJsonArray pair = p.toArray();
            expected.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        // The action's own parameters come first in the SDK's order (JSON insertion order,
        // which QJsonObject does not keep): check our flattening yields exactly the same set,
        // then sign them in the SDK's order so the encoded body can be compared byte for byte.
        FormEncoding::Params own =
            FormEncoding::flatten(input.value(QLatin1String("params")).toObject());
        FormEncoding::Params sdkOrder = expected.mid(0, own.size());
        QVERIFY2(!own.isEmpty(), "every vector has parameters");
        auto sortedCopy = [](FormEncoding::Params p) {
            std::sort(p.begin(), p.end());
            return p;
        };
        QCOMPARE(sortedCopy(own), sortedCopy(sdkOrder));

        V1Signer::Input in;
        in.method = utf8(input.value(QLatin1String("method")));
        in.host = input.value(QLatin1String("host")).toString();
        in.path = input.value(QLatin1String("path")).toString();
        in.params = sdkOrder;
        in.action = input.value(QLatin1String("action")).toString();
        in.version = input.value(QLatin1String("version")).toString();
        in.region = input.value(QLatin1String("region")).toString();
        in.requestClient = input.value(QLatin1String("request_client")).toString();
        in.token = input.value(QLatin1String("token")).toString();
        in.language = input.value(QLatin1String("language")).toString();
        in.secretId = input.value(QLatin1String("secret_id")).toString();
        in.secretKey = input.value(QLatin1String("secret_key")).toString();
        in.timestamp = input.value(QLatin1String("timestamp")).toInteger();
        in.nonce = static_cast<quint64>(input.value(QLatin1String("nonce")).toInteger());
        in.signatureMethod = v1Method(method);

        const V1Signer::Result r = V1Signer::sign(in);
        QCOMPARE(r.stringToSign, utf8(output.value(QLatin1String("string_to_sign"))));
        QCOMPARE(r.signature, utf8(output.value(QLatin1String("signature"))));
        QCOMPARE(r.params, expected);
        const QString encodedKey =
            in.method == "GET" ? QStringLiteral("query") : QStringLiteral("body");
        QCOMPARE(r.encoded, utf8(output.value(encodedKey)));
    }

    // Spec §2.2: the four revisions of the official CVM DescribeInstances example.
    void tc3DocRevisions_data() {
        QTest::addColumn<QString>("secretId");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<bool>("signAction");
        QTest::addColumn<QByteArray>("hashedCanonical");
        QTest::addColumn<QByteArray>("signature");
        const QString stars7 = QString(7, QLatin1Char('*'));
        QTest::newRow("rev A (intl)")
            << QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE")
            << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE") << false
            << QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031")
            << QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
        QTest::newRow("rev B (CN, older)")
            << (QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3") + stars7)
            << (QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3") + stars7) << false
            << QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031")
            << QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
        QTest::newRow("rev C (CN, x-tc-action)")
            << (QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3") + stars7)
            << (QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3") + stars7) << true
            << QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84")
            << QByteArray("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
        QTest::newRow("rev D (CN, current)")
            << (QStringLiteral("AKID") + QString(32, QLatin1Char('*')))
            << QString(32, QLatin1Char('*')) << true
            << QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84")
            << QByteArray("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    }
    void tc3DocRevisions() {
        QFETCH(QString, secretId);
        QFETCH(QString, secretKey);
        QFETCH(bool, signAction);
        QFETCH(QByteArray, hashedCanonical);
        QFETCH(QByteArray, signature);
        const Tc3Signer::Result r = Tc3Signer::sign(docInput(secretId, secretKey, signAction));
        QCOMPARE(r.hashedPayload,
                 QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(r.date, QStringLiteral("2019-02-25")); // UTC, not UTC+8
        QCOMPARE(r.credentialScope, QStringLiteral("2019-02-25/cvm/tc3_request"));
        QCOMPARE(r.signedHeaders, signAction ? QByteArray("content-type;host;x-tc-action")
                                             : QByteArray("content-type;host"));
        QCOMPARE(Tc3Signer::sha256Hex(r.canonicalRequest), hashedCanonical);
        QCOMPARE(r.signature, signature);
        QCOMPARE(r.authorization, "TC3-HMAC-SHA256 Credential=" + secretId.toUtf8() +
                                      "/2019-02-25/cvm/tc3_request, SignedHeaders=" +
                                      r.signedHeaders + ", Signature=" + signature);
    }

    void tc3DocRevisionDCanonicalRequestAndKeys() {
        const QString key(32, QLatin1Char('*'));
        const Tc3Signer::Result r =
            Tc3Signer::sign(docInput(QStringLiteral("AKID") + key, key, true));
        const QByteArray canonical =
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
            "host:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\n"
            "content-type;host;x-tc-action\n"
            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
        QCOMPARE(r.canonicalRequest, canonical);
        QCOMPARE(r.stringToSign,
                 QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                            "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
        QCOMPARE(r.secretDate.toHex(),
                 QByteArray("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"));
        QCOMPARE(r.secretService.toHex(),
                 QByteArray("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"));
        QCOMPARE(r.secretSigning.toHex(),
                 QByteArray("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"));
    }

    void tc3WrongKeyDiffers() {
        auto in = docInput(QStringLiteral("AKIDx"),
                           QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"), false);
        const QByteArray good = Tc3Signer::sign(in).signature;
        in.secretKey += QLatin1Char('x');
        QVERIFY(Tc3Signer::sign(in).signature != good);
        in.secretKey.chop(1);
        in.service = QStringLiteral("vpc");
        QVERIFY(Tc3Signer::sign(in).signature != good); // the service is part of the scope
    }

    // Spec §3: v1 documentation vectors (API 3.0 CN and intl, legacy /v2/index.php).
    void v1DocVectors_data() {
        QTest::addColumn<QByteArray>("stringToSign");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("method");
        QTest::addColumn<QByteArray>("signature");
        const QByteArray cn = "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0="
                              "ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou&"
                              "SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******&Timestamp=1465185768&"
                              "Version=2017-03-12";
        QByteArray intl = cn;
        intl.replace("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
                     "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
        QTest::newRow("api3 v1 CN doc")
            << cn << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3*******")
            << int(SignatureMethod::HmacSha1) << QByteArray("zmmjn35mikh6pM3V7sUEuX4wyYM=");
        QTest::newRow("api3 v1 intl doc")
            << intl << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
            << int(SignatureMethod::HmacSha1) << QByteArray("EliP9YW3pW28FpsEdkXt/+WcGeI=");
        QTest::newRow("legacy v2 HmacSHA1")
            << QByteArray(
                   "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=345122&"
                   "Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1408704141")
            << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA") << int(SignatureMethod::HmacSha1)
            << QByteArray("HgIYOPcx5lN6gz8JsCFBNAWp2oQ=");
        QTest::newRow("legacy v2 HmacSHA256")
            << QByteArray(
                   "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0="
                   "ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId="
                   "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&"
                   "Timestamp=1465185768")
            << QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA")
            << int(SignatureMethod::HmacSha256)
            << QByteArray("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
    }
    void v1DocVectors() {
        QFETCH(QByteArray, stringToSign);
        QFETCH(QString, key);
        QFETCH(int, method);
        QFETCH(QByteArray, signature);
        QCOMPARE(V1Signer::signString(stringToSign, key, SignatureMethod(method)), signature);
    }

    // The string to sign is rebuilt from unsorted parameters (sorting in byte order).
    void v1StringToSignFromParams() {
        const FormEncoding::Params params = {
            {QStringLiteral("Version"), QStringLiteral("2017-03-12")},
            {QStringLiteral("Timestamp"), QStringLiteral("1465185768")},
            {QStringLiteral("SecretId"), QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******")},
            {QStringLiteral("Region"), QStringLiteral("ap-guangzhou")},
            {QStringLiteral("Offset"), QStringLiteral("0")},
            {QStringLiteral("Nonce"), QStringLiteral("11886")},
            {QStringLiteral("Limit"), QStringLiteral("20")},
            {QStringLiteral("InstanceIds.0"), QStringLiteral("ins-09dx96dg")},
            {QStringLiteral("Action"), QStringLiteral("DescribeInstances")},
        };
        const QByteArray s = V1Signer::stringToSign(
            "GET", QStringLiteral("cvm.tencentcloudapi.com"), QStringLiteral("/"), params);
        QCOMPARE(V1Signer::signString(s, QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3*******"),
                                      SignatureMethod::HmacSha1),
                 QByteArray("zmmjn35mikh6pM3V7sUEuX4wyYM="));
        QCOMPARE(FormEncoding::percentEncode(QStringLiteral("zmmjn35mikh6pM3V7sUEuX4wyYM=")),
                 QByteArray("zmmjn35mikh6pM3V7sUEuX4wyYM%3D"));
    }

    void flatten_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("nested filters")
            << QByteArray(R"({"Filters":[{"Name":"address-status","Values":["BIND","UNBIND"]}]})")
            << QByteArray("Filters.0.Name=address-status&Filters.0.Values.0=BIND&Filters.0.Values."
                          "1=UNBIND");
        QTest::newRow("booleans") << QByteArray(R"({"A":true,"B":false})")
                                  << QByteArray("A=true&B=false");
        QTest::newRow("integers") << QByteArray(R"({"TaskId":112233445,"Limit":100})")
                                  << QByteArray("Limit=100&TaskId=112233445");
        QTest::newRow("null skipped") << QByteArray(R"({"A":null,"B":"x"})") << QByteArray("B=x");
        QTest::newRow("reserved chars") << QByteArray(R"({"N":"a b+c/d=e&f~g*h"})")
                                        << QByteArray("N=a%20b%2Bc%2Fd%3De%26f~g%2Ah");
        QTest::newRow("utf8 uppercase hex") << QByteArray(R"({"N":"é"})") << QByteArray("N=%C3%A9");
    }
    void flatten() {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, encoded);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(FormEncoding::encode(FormEncoding::flatten(object)), encoded);
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
