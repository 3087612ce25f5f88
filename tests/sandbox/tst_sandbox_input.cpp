// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input at the HTTP and API level: malformed JSON and types, oversized requests, broken
// HTTP, unknown headers, a flood of connections, random bytes. Always the proper envelope or
// a 4xx, never a crash or a hang, and the world stays consistent.
#include "RawExchange.h"
#include "SandboxTestClient.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

using namespace eipdesk;

namespace {
QString str(const char* s) {
    return QString::fromUtf8(s);
}
} // namespace

class TestSandboxInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void badJsonAndTypes_data();
    void badJsonAndTypes();
    void oversizedRequests();
    void malformedHttp_data();
    void malformedHttp();
    void unknownHeadersIgnored();
    void floodOfConnections();
    void randomGarbage();

private:
    SandboxTestClient::Reply describe() {
        return m_client->call(str("DescribeAddresses"), {{str("Limit"), 1}});
    }
    quint16 port() const { return quint16(m_sandbox.endpoint().port()); }
    test::SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxInput::initTestCase() {
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.server().rateLimiter()->setEnabled(false);
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                   m_sandbox.secretKey());
}

void TestSandboxInput::badJsonAndTypes_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("{\"Limit\": ") << str("InvalidParameter");
    QTest::newRow("JSON array") << QByteArray("[1,2]") << str("InvalidParameter");
    QTest::newRow("binary garbage") << QByteArray("\xff\xfe\x00\x01", 4) << str("InvalidParameter");
    QTest::newRow("AddressIds of numbers")
        << QByteArray("{\"AddressIds\":[1]}") << str("InvalidParameter");
    QTest::newRow("Limit null is the default") << QByteArray("{\"Limit\":null}") << QString();
    QTest::newRow("deeply nested") << QByteArray(2000, '[') << str("InvalidParameter");
}

void TestSandboxInput::badJsonAndTypes() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    // Sign the exact bytes so that only the content is wrong.
    SandboxTestClient signer(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    const qint64 ts = QDateTime::currentSecsSinceEpoch();
    const QByteArray date =
        QDateTime::fromSecsSinceEpoch(ts, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port());
    auto hmac = [](const QByteArray& k, const QByteArray& d) {
        return QMessageAuthenticationCode::hash(d, k, QCryptographicHash::Sha256);
    };
    const QByteArray canonical = "POST\n/\n\ncontent-type:application/json\nhost:" + host +
                                 "\n\ncontent-type;host\n" +
                                 QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray sts = "TC3-HMAC-SHA256\n" + QByteArray::number(ts) + '\n' + date +
                           "/vpc/tc3_request\n" +
                           QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    const QByteArray key =
        hmac(hmac(hmac("TC3" + m_sandbox.secretKey().toUtf8(), date), "vpc"), "tc3_request");
    const QByteArray auth =
        "TC3-HMAC-SHA256 Credential=" + m_sandbox.secretId().toUtf8() + '/' + date +
        "/vpc/tc3_request, SignedHeaders=content-type;host, Signature=" + hmac(key, sts).toHex();
    const auto r = signer.send("POST",
                               {{"Authorization", auth},
                                {"Content-Type", "application/json"},
                                {"X-TC-Action", "DescribeAddresses"},
                                {"X-TC-Version", "2017-03-12"},
                                {"X-TC-Region", "ap-guangzhou"},
                                {"X-TC-Timestamp", QByteArray::number(ts)}},
                               body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.requestId().isEmpty());
}

void TestSandboxInput::oversizedRequests() {
    const int before = m_sandbox.world()->addressCount();
    // A body over the 10 MB JSON limit is refused before it is read.
    const RawResult big =
        rawExchange(port(), "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 20000000\r\n\r\n{");
    QVERIFY2(big.data.startsWith("HTTP/1.1 413"), big.data.constData());
    QVERIFY(big.closed);
    // A form body over 1 MB gets the API's error.
    QByteArray form = "Action=DescribeAddresses&SecretId=x&Signature=y&Timestamp=1&Nonce=1&Version="
                      "2017-03-12&Pad=";
    form += QByteArray(1100 * 1024, 'a');
    const auto r =
        m_client->send("POST", {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
    QCOMPARE(r.errorCode(), str("RequestSizeLimitExceeded"));
    // A huge query string.
    const auto q = m_client->send("GET", {}, {}, "Pad=" + QByteArray(40 * 1024, 'b'));
    QCOMPARE(q.errorCode(), str("RequestSizeLimitExceeded"));
    // Oversized headers.
    const RawResult headers =
        rawExchange(port(), "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'c') + "\r\n\r\n");
    QVERIFY2(headers.data.startsWith("HTTP/1.1 431"), headers.data.left(100).constData());
    QCOMPARE(m_sandbox.world()->addressCount(), before);
    QVERIFY(describe().errorCode().isEmpty());
}

void TestSandboxInput::malformedHttp_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("garbage request line")
        << QByteArray("HELLO\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("not HTTP") << QByteArray("GET / SPDY/9\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad header line")
        << QByteArray("GET / HTTP/1.1\r\nnocolon\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << QByteArray("HTTP/1.1 411");
    QTest::newRow("PUT") << QByteArray(
                                "PUT / HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                         << QByteArray("HTTP/1.1 200");
    QTest::newRow("other path") << QByteArray("GET /foo HTTP/1.1\r\nConnection: close\r\n\r\n")
                                << QByteArray("HTTP/1.1 404");
    QTest::newRow("unsigned GET") << QByteArray("GET /?Action=DescribeAddresses HTTP/1.0\r\n\r\n")
                                  << QByteArray("HTTP/1.1 200");
}

void TestSandboxInput::malformedHttp() {
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    const RawResult r = rawExchange(port(), request);
    QVERIFY2(r.data.startsWith(statusLine), r.data.constData());
    QVERIFY(r.closed);
    if (statusLine.endsWith("200"))
        QVERIFY(r.data.contains("\"RequestId\""));
    QVERIFY(describe().errorCode().isEmpty());
}

void TestSandboxInput::unknownHeadersIgnored() {
    const RawResult r =
        rawExchange(port(), "GET /?Action=X HTTP/1.1\r\nX-Whatever: 1\r\nx-tc-action: lower\r\n"
                            "\xe4\xb8\xad: \xe6\x96\x87\r\nConnection: close\r\n\r\n");
    QVERIFY2(r.data.startsWith("HTTP/1.1 200"), r.data.constData());
    QVERIFY(r.data.contains("MissingParameter"));
}

void TestSandboxInput::floodOfConnections() {
    const int before = m_sandbox.world()->addressCount();
    const int n = 200;
    int answered = 0;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < n; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        QTcpSocket* raw = s.get();
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw] {
            raw->write("POST / HTTP/1.1\r\nContent-Type: application/json\r\nX-TC-Action: "
                       "DescribeAddresses\r\n"
                       "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, &answered] {
            if (raw->peek(12).startsWith("HTTP/1.1 200") && raw->property("counted").isNull()) {
                raw->setProperty("counted", true);
                ++answered;
            }
        });
        raw->connectToHost(QStringLiteral("127.0.0.1"), port());
        sockets.push_back(std::move(s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, n, 30000);
    for (auto& s : sockets)
        s->disconnect();
    QCOMPARE(m_sandbox.world()->addressCount(), before);
    QVERIFY(describe().errorCode().isEmpty());
}

// Deterministic random bytes, alone and after a valid request head: never a crash or a hang.
void TestSandboxInput::randomGarbage() {
    QRandomGenerator rng(20261123);
    const QList<QByteArray> prefixes{
        QByteArray(), QByteArray("POST / HTTP/1.1\r\nContent-Type: application/json\r\n"),
        QByteArray("GET /?")};
    for (int i = 0; i < 60; ++i) {
        QByteArray bytes(int(rng.bounded(1, 400)), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(rng.bounded(256));
        const QByteArray request = prefixes[i % prefixes.size()] + bytes + "\r\n\r\n";
        const RawResult r = rawExchange(port(), request, 1500);
        QVERIFY2(r.data.isEmpty() || r.data.startsWith("HTTP/1.1 "),
                 r.data.left(40).toHex().constData());
    }
    QVERIFY(describe().errorCode().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxInput)
#include "tst_sandbox_input.moc"
