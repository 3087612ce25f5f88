// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection (every kind), rate limits, bad input at the HTTP level, and the admin API.
#include "SandboxTestClient.h"
#include "core/ManualClock.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using namespace eipdesk;
using sandbox::FaultRule;

namespace {
QString str(const char* s) {
    return QString::fromUtf8(s);
}

struct RawResult {
    QByteArray data;
    bool closed = false;
};

// Sends raw bytes on a fresh connection and collects the answer until the server closes the
// connection or the timeout passes (the server runs in this thread: never block).
RawResult rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000) {
    RawResult result;
    QEventLoop loop;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::connected, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { result.data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] {
        result.closed = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    loop.exec();
    result.data += socket.readAll();
    socket.disconnect(); // the lambdas must not run while the socket is destroyed
    return result;
}
} // namespace

class TestSandboxFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void addedLatency();
    void errorRuleWithCode();
    void http5xx();
    void malformedBody();
    void truncatedBody();
    void droppedConnection();
    void clockOffset();
    void faultsFromJson();
    void rateLimits();
    void badJsonAndTypes_data();
    void badJsonAndTypes();
    void oversizedRequests();
    void malformedHttp_data();
    void malformedHttp();
    void unknownHeadersIgnored();
    void floodOfConnections();
    void randomGarbage();
    void adminApi();

private:
    SandboxTestClient::Reply describe() {
        return m_client->call(str("DescribeAddresses"), {{str("Limit"), 1}});
    }
    quint16 port() const { return quint16(m_sandbox.endpoint().port()); }
    test::SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::initTestCase() {
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.server().rateLimiter()->setEnabled(false);
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                   m_sandbox.secretKey());
}

void TestSandboxFaults::cleanup() {
    m_sandbox.faults()->clear();
}

void TestSandboxFaults::addedLatency() {
    m_sandbox.faults()->setLatency(300, 50);
    QElapsedTimer timer;
    timer.start();
    const auto r = describe();
    QVERIFY(r.errorCode().isEmpty());
    QVERIFY2(timer.elapsed() >= 290,
             qPrintable(QString::number(timer.elapsed()))); // a lower bound only
}

void TestSandboxFaults::errorRuleWithCode() {
    FaultRule rule;
    rule.action = str("DescribeAddresses");
    rule.code = str("InternalError.ModuleError");
    rule.count = 2;
    m_sandbox.faults()->addRule(rule);
    QCOMPARE(describe().errorCode(), str("InternalError.ModuleError"));
    QCOMPARE(m_client->call(str("DescribeAddressQuota")).errorCode(),
             QString()); // other actions unaffected
    QCOMPARE(describe().errorCode(), str("InternalError.ModuleError"));
    QCOMPARE(describe().errorCode(), QString()); // count used up
    // A rate of 0 never fires.
    rule.count = -1;
    rule.rate = 0.0;
    m_sandbox.faults()->addRule(rule);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(describe().errorCode(), QString());
}

void TestSandboxFaults::http5xx() {
    FaultRule rule;
    rule.kind = FaultRule::Kind::Http5xx;
    rule.status = 503;
    m_sandbox.faults()->addRule(rule);
    const auto r = describe();
    QCOMPARE(r.status, 503);
    QVERIFY(!r.requestId().isEmpty()); // still an envelope
    QVERIFY(!r.date.isEmpty());
}

void TestSandboxFaults::malformedBody() {
    FaultRule rule;
    rule.kind = FaultRule::Kind::Malformed;
    m_sandbox.faults()->addRule(rule);
    const auto r = describe();
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::truncatedBody() {
    FaultRule rule;
    rule.kind = FaultRule::Kind::Truncated;
    m_sandbox.faults()->addRule(rule);
    const auto r = describe();
    QVERIFY(r.networkError != QNetworkReply::NoError);
    m_sandbox.faults()->clear();
    QVERIFY(describe().errorCode().isEmpty()); // the server carries on
}

void TestSandboxFaults::droppedConnection() {
    FaultRule rule;
    rule.kind = FaultRule::Kind::Drop; // every time: Qt itself retries once on a reused connection
    m_sandbox.faults()->addRule(rule);
    const auto r = describe();
    QVERIFY(r.networkError != QNetworkReply::NoError);
    QVERIFY(r.body.isEmpty());
    const RawResult raw = rawExchange(
        port(), "GET /?Action=DescribeAddresses&SecretId=x&Signature=y&Timestamp=1&Nonce=1"
                "&Version=2017-03-12 HTTP/1.1\r\n\r\n");
    QVERIFY(raw.closed);
    QVERIFY(raw.data.isEmpty());
    m_sandbox.faults()->clear();
    QVERIFY(describe().errorCode().isEmpty());
}

void TestSandboxFaults::clockOffset() {
    m_sandbox.faults()->setClockOffsetSecs(600);
    const auto r = describe();
    QCOMPARE(r.errorCode(), str("AuthFailure.SignatureExpire"));
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(r.date),
                                                   str("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    QVERIFY2(date.isValid(), r.date.constData());
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    const qint64 skew = utc.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
    QVERIFY2(skew > 540 && skew < 660, qPrintable(QString::number(skew)));
    // A client that corrects for the skew gets through.
    m_client->setTimestampOffset(600);
    QVERIFY(describe().errorCode().isEmpty());
    m_client->setTimestampOffset(0);
}

void TestSandboxFaults::faultsFromJson() {
    QString error;
    QVERIFY(!m_sandbox.faults()->load(
        QJsonDocument::fromJson(R"({"rules":[{"kind":"explode"}]})").object(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_sandbox.faults()->load(
        QJsonDocument::fromJson(R"({"rules":[{"kind":"http5xx","status":200}]})").object(),
        &error));
    QVERIFY2(
        m_sandbox.faults()->load(
            QJsonDocument::fromJson(
                R"({"latencyMs":0,"neverFinishTasks":true,"rules":[{"action":"DescribeAddresses","region":"ap-hongkong","kind":"error","code":"ResourceUnavailable"}]})")
                .object(),
            &error),
        qPrintable(error));
    QVERIFY(m_sandbox.world()->neverFinishTasks());
    QCOMPARE(describe().errorCode(), QString()); // other region
    SandboxTestClient hk(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    hk.setRegion(str("ap-hongkong"));
    QCOMPARE(hk.call(str("DescribeAddresses")).errorCode(), str("ResourceUnavailable"));
}

void TestSandboxFaults::rateLimits() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    test::SandboxFixture fixture;
    fixture.server().setClock(&clock);
    QVERIFY(fixture.start());
    SandboxTestClient client(fixture.endpoint(), fixture.secretId(), fixture.secretKey());
    auto burst = [&](const QString& action, const QJsonObject& params, int n) {
        int limited = 0;
        for (int i = 0; i < n; ++i)
            limited +=
                client.call(action, params).errorCode() == QLatin1String("RequestLimitExceeded");
        return limited;
    };
    QCOMPARE(burst(str("DisassociateAddress"), {{str("AddressId"), str("eip-zzzzzzzz")}}, 15),
             5);                                             // 10/s
    QCOMPARE(burst(str("DescribeAddresses"), {}, 25), 5);    // 20/s
    QCOMPARE(burst(str("DescribeAddressQuota"), {}, 10), 0); // separate action
    clock.advance(1001);
    QCOMPARE(burst(str("DisassociateAddress"), {{str("AddressId"), str("eip-zzzzzzzz")}}, 10),
             0); // window slid
    // Per account: another key has its own budget.
    fixture.server().addAccount(str("AKIDsecondAccount"), str("k2"));
    SandboxTestClient other(fixture.endpoint(), str("AKIDsecondAccount"), str("k2"));
    QCOMPARE(other.call(str("DisassociateAddress"), {{str("AddressId"), str("eip-zzzzzzzz")}})
                 .errorCode(),
             str("InvalidAddressId.NotFound"));
    fixture.server().rateLimiter()->setLimit(str("DescribeTaskResult"), 2);
    QCOMPARE(burst(str("DescribeTaskResult"), {{str("TaskId"), 1}}, 4), 2);
}

void TestSandboxFaults::badJsonAndTypes_data() {
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

void TestSandboxFaults::badJsonAndTypes() {
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

void TestSandboxFaults::oversizedRequests() {
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

void TestSandboxFaults::malformedHttp_data() {
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

void TestSandboxFaults::malformedHttp() {
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    const RawResult r = rawExchange(port(), request);
    QVERIFY2(r.data.startsWith(statusLine), r.data.constData());
    QVERIFY(r.closed);
    if (statusLine.endsWith("200"))
        QVERIFY(r.data.contains("\"RequestId\""));
    QVERIFY(describe().errorCode().isEmpty());
}

void TestSandboxFaults::unknownHeadersIgnored() {
    const RawResult r =
        rawExchange(port(), "GET /?Action=X HTTP/1.1\r\nX-Whatever: 1\r\nx-tc-action: lower\r\n"
                            "\xe4\xb8\xad: \xe6\x96\x87\r\nConnection: close\r\n\r\n");
    QVERIFY2(r.data.startsWith("HTTP/1.1 200"), r.data.constData());
    QVERIFY(r.data.contains("MissingParameter"));
}

void TestSandboxFaults::floodOfConnections() {
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
void TestSandboxFaults::randomGarbage() {
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

void TestSandboxFaults::adminApi() {
    auto admin = [&](const QByteArray& verb, const char* path, const QByteArray& body = {},
                     const QByteArray& query = {}) {
        SandboxTestClient c(m_sandbox.endpoint().resolved(QUrl(str(path))), {}, {});
        const auto r = c.send(verb, {{"Content-Type", "application/json"}}, body, query);
        return std::make_pair(r.status, QJsonDocument::fromJson(r.body).object());
    };
    auto [status, state] = admin("GET", "/_admin/state");
    QCOMPARE(status, 200);
    QCOMPARE(state[QLatin1String("world")][QLatin1String("addresses")].toInt(), 400);
    QVERIFY(!QJsonDocument(state).toJson().contains(m_sandbox.secretKey().toUtf8())); // no secrets

    QCOMPARE(admin("POST", "/_admin/faults",
                   R"({"rules":[{"kind":"error","code":"ServiceUnavailable"}]})")
                 .first,
             200);
    QCOMPARE(describe().errorCode(), str("ServiceUnavailable"));
    QCOMPARE(admin("DELETE", "/_admin/faults").first, 200);
    QCOMPARE(describe().errorCode(), QString());
    QCOMPARE(admin("POST", "/_admin/faults", "{not json").first, 400);
    QCOMPARE(admin("GET", "/_admin/nothing").first, 404);

    QCOMPARE(admin("POST", "/_admin/accounts",
                   R"({"secretId":"AKIDadminAdded","secretKey":"sk","token":"t1"})")
                 .first,
             200);
    SandboxTestClient added(m_sandbox.endpoint(), str("AKIDadminAdded"), str("sk"));
    added.setToken(str("t1"));
    QCOMPARE(added.call(str("DescribeAddresses")).errorCode(), QString());

    QCOMPARE(
        admin("POST", "/_admin/config", R"({"unbindDurationMs":0,"dailyReallocateLimit":3})").first,
        200);
    QCOMPARE(m_sandbox.world()->unbindDurationMs(), 0);
    QCOMPARE(m_sandbox.world()->dailyReallocateLimit(), 3);

    const QString id = m_sandbox.world()->region(str("ap-guangzhou"))->addresses.front().addressId;
    QCOMPARE(admin("POST", "/_admin/script",
                   QJsonDocument(QJsonObject{{str("addressId"), id}, {str("outcome"), str("fail")}})
                       .toJson())
                 .first,
             200);
    const auto task = m_client->call(str("DisassociateAddress"), {{str("AddressId"), id}});
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client
            ->call(str("DescribeTaskResult"),
                   {{str("TaskId"), task.response[QLatin1String("TaskId")].toString().toDouble()}})
            .response[QLatin1String("Result")]
            .toString(),
        str("FAILED"), 20000);
    const auto addr = admin("GET", "/_admin/address", {}, "id=" + id.toLatin1());
    QCOMPARE(addr.second[QLatin1String("address")][QLatin1String("AddressStatus")].toString(),
             str("BIND"));
    QCOMPARE(
        admin("POST", "/_admin/address",
              QJsonDocument(QJsonObject{{str("addressId"), id}, {str("isBlocked"), true}}).toJson())
            .first,
        200);
    QCOMPARE(m_client->call(str("DisassociateAddress"), {{str("AddressId"), id}}).errorCode(),
             str("InvalidAddressId.Blocked"));

    QCOMPARE(admin("POST", "/_admin/reset", R"({"seed":9,"addresses":100,"regions":2})").first,
             200);
    QCOMPARE(m_sandbox.world()->addressCount(), 100);
    QCOMPARE(m_sandbox.world()->seed(), quint64(9));
    QCOMPARE(admin("POST", "/_admin/reset", R"({"addresses":-1})").first, 400);
    m_sandbox.world()->generate(1, 400, 4);
    m_sandbox.world()->setUnbindDurationMs(200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
