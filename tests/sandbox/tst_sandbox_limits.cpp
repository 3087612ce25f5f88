// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input against the sandbox's HTTP layer, form decoder and admin API: a slow client
// is cut, conflicting Content-Length headers are refused, the memory held by bodies and the
// number of connections are capped across every port, /_admin/ needs the start-up token,
// numbers that would overflow are refused, and form/query decoding is linear with caps on
// parameters, depth and array size. Each limit answers with a clear error.
#include "RawExchange.h"
#include "SandboxTestClient.h"
#include "sandbox/ApiCall.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RequestDecoder.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxAdminClient.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace eipdesk;
using sandbox::ApiCall;
using sandbox::HttpRequest;
using sandbox::RequestDecoder;

namespace {

QString str(const char* s) {
    return QString::fromUtf8(s);
}

// A connection the test drives byte by byte.
struct OpenSocket {
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    bool closed = false;
    explicit OpenSocket(quint16 port) {
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(),
                         [this] { received += socket->readAll(); });
        QObject::connect(socket.get(), &QTcpSocket::disconnected, socket.get(),
                         [this] { closed = true; });
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        socket->waitForConnected(5000);
    }
    ~OpenSocket() { socket->disconnect(); }
    void send(const QByteArray& bytes) {
        socket->write(bytes);
        socket->flush();
    }
};

// The six parameters a v1 request must carry to reach the decoder (the signature is checked
// after decoding, so none of these needs to be valid).
QByteArray v1Prefix() {
    return "Action=DescribeAddresses&SecretId=x&Signature=y&Timestamp=1&Nonce=1&Version="
           "2017-03-12";
}

ApiCall decodeForm(const QByteArray& form, sandbox::ActionError* error) {
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers.append({QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.body = form;
    ApiCall call;
    *error = RequestDecoder::decode(request, &call);
    return call;
}

} // namespace

class TestSandboxLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void slowClientIsCut();
    void idleKeepAliveIsClosed();
    void conflictingContentLength_data();
    void conflictingContentLength();
    void bodyMemoryIsCappedAcrossPorts();
    void connectionsAreCappedAcrossPorts();
    void adminNeedsToken();
    void adminRefusesOverflowingNumbers_data();
    void adminRefusesOverflowingNumbers();
    void deeplyNestedNames();
    void manyParametersAnsweredAtOnce();
    void largeFormDecodedExactly();
    void arraySlotsAreCapped();
    void tc3FormIsSizeCapped();

private:
    quint16 port() const { return quint16(m_sandbox->endpoint().port()); }
    std::unique_ptr<test::SandboxFixture> m_sandbox;
};

void TestSandboxLimits::initTestCase() {
    sandbox::SandboxConfig config = test::SandboxFixture::defaultConfig();
    config.requestTimeoutMs = 1500;
    config.maxBodyBytesInFlight = 1024 * 1024;
    config.maxConnections = 40;
    m_sandbox = std::make_unique<test::SandboxFixture>(config);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_sandbox->server().rateLimiter()->setEnabled(false);
}

// One byte every 200 ms used to restart a 60 s idle timer for ever. Now the whole request
// must arrive within the request timeout (1.5 s here), however it trickles in.
void TestSandboxLimits::slowClientIsCut() {
    OpenSocket c(port());
    const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    int sent = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        if (!c.closed)
            c.send(head.mid(sent++ % head.size(), 1));
    });
    trickle.start(200);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 15000);
    trickle.stop();
    QVERIFY2(c.received.startsWith("HTTP/1.1 408"), c.received.constData());
    QVERIFY(sent < 60); // cut by the deadline, not by the test's patience
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().openConnections(), 0, 5000);
}

void TestSandboxLimits::idleKeepAliveIsClosed() {
    OpenSocket c(port());
    c.send("GET /?Action=X HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(c.received.contains("MissingParameter"), 5000);
    QVERIFY(!c.closed);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 15000); // the keep-alive connection is closed quietly
    QVERIFY(!c.received.contains("408"));
}

void TestSandboxLimits::conflictingContentLength_data() {
    QTest::addColumn<QByteArray>("lengths");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("two different headers")
        << QByteArray("Content-Length: 2\r\nContent-Length: 5000\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("first small, second zero")
        << QByteArray("Content-Length: 2\r\ncontent-length: 0\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("a list of two values")
        << QByteArray("Content-Length: 2, 7\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("signed") << QByteArray("Content-Length: +2\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("hex") << QByteArray("Content-Length: 0x2\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("absurdly long")
        << QByteArray("Content-Length: 00000000000000000000002\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("the same value twice is fine")
        << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n") << QByteArray("HTTP/1.1 200");
    QTest::newRow("one value") << QByteArray("Content-Length: 2\r\n") << QByteArray("HTTP/1.1 200");
}

void TestSandboxLimits::conflictingContentLength() {
    QFETCH(QByteArray, lengths);
    QFETCH(QByteArray, statusLine);
    const RawResult r =
        rawExchange(port(), "POST / HTTP/1.1\r\nContent-Type: application/json\r\nX-TC-Action: "
                            "DescribeAddresses\r\n" +
                                lengths + "Connection: close\r\n\r\n{}");
    QVERIFY2(r.data.startsWith(statusLine), r.data.constData());
    QVERIFY(r.closed);
}

// Bodies held in memory are reserved from one budget shared by the main and regional ports
// (1 MB in this test): a second large body waits its turn with a 503 and Retry-After.
void TestSandboxLimits::bodyMemoryIsCappedAcrossPorts() {
    const QByteArray head = "POST / HTTP/1.1\r\nContent-Type: application/json\r\nX-TC-Action: "
                            "DescribeAddresses\r\nContent-Length: 700000\r\n\r\n";
    OpenSocket first(port());
    first.send(head + "{");
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().bodyBytesInFlight(), qint64(700000), 5000);
    const quint16 regional = quint16(m_sandbox->regionEndpoints().begin().value().port());
    const RawResult second = rawExchange(regional, head + "{");
    QVERIFY2(second.data.startsWith("HTTP/1.1 503"), second.data.constData());
    QVERIFY(second.data.contains("Retry-After: 1"));
    QVERIFY(second.closed);
    // The first body completes: its reservation ends with its response.
    first.send(QByteArray(700000 - 2, ' ') + "}");
    QTRY_VERIFY_WITH_TIMEOUT(first.received.contains("\r\n\r\n{"), 10000);
    QVERIFY2(first.received.startsWith("HTTP/1.1 200"), first.received.left(200).constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().bodyBytesInFlight(), qint64(0), 5000);
    // Now there is room again.
    const RawResult third =
        rawExchange(regional, "POST / HTTP/1.1\r\nContent-Type: application/json\r\n"
                              "Content-Length: 700000\r\nConnection: close\r\n\r\n" +
                                  QByteArray(700000, ' '));
    QVERIFY2(third.data.startsWith("HTTP/1.1 200"), third.data.left(200).constData());
}

void TestSandboxLimits::connectionsAreCappedAcrossPorts() {
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().openConnections(), 0, 5000);
    std::vector<std::unique_ptr<OpenSocket>> held;
    const auto ports = m_sandbox->regionEndpoints();
    for (int i = 0; i < 40; ++i) // the cap, spread over every port
        held.push_back(std::make_unique<OpenSocket>(
            i % 2 ? port() : quint16(ports.value(ports.keys().value(i % ports.size())).port())));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().openConnections(), 40, 10000);
    const RawResult refused =
        rawExchange(quint16(ports.begin().value().port()), "GET / HTTP/1.1\r\n\r\n", 5000);
    QVERIFY(refused.data.isEmpty());
    QVERIFY(refused.closed);
    QCOMPARE(m_sandbox->server().openConnections(), 40);
    held.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server().openConnections(), 0, 10000);
    const RawResult accepted =
        rawExchange(port(), "GET /?Action=X HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY2(accepted.data.startsWith("HTTP/1.1 200"), accepted.data.constData());
}

void TestSandboxLimits::adminNeedsToken() {
    const QUrl state = m_sandbox->endpoint().resolved(QUrl(str("/_admin/state")));
    SandboxTestClient anonymous(state, {}, {});
    const auto none = anonymous.send("GET", {}, {});
    QCOMPARE(none.status, 401);
    QVERIFY(none.body.contains("X-Admin-Token"));
    const auto wrong = anonymous.send(
        "GET", {{"X-Admin-Token", QByteArray(m_sandbox->adminToken().size(), 'a')}}, {});
    QCOMPARE(wrong.status, 401);
    QVERIFY(!wrong.body.contains(m_sandbox->adminToken().toUtf8()));
    const auto prefix =
        anonymous.send("GET", {{"X-Admin-Token", m_sandbox->adminToken().left(10).toUtf8()}}, {});
    QCOMPARE(prefix.status, 401);
    const auto good = m_sandbox->admin("GET", "/_admin/state");
    QCOMPARE(good.status, 200);
    QVERIFY(good.json.value(str("ok")).toBool());
    QVERIFY(m_sandbox->adminToken().size() >= 32);
    // Another sandbox makes another token.
    test::SandboxFixture other;
    QVERIFY(other.start());
    QVERIFY(other.adminToken() != m_sandbox->adminToken());
}

void TestSandboxLimits::adminRefusesOverflowingNumbers_data() {
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("clock offset 1e17")
        << QByteArray("/_admin/config") << QByteArray(R"({"clockOffsetSecs":1e17})");
    QTest::newRow("clock offset 1e300")
        << QByteArray("/_admin/config") << QByteArray(R"({"clockOffsetSecs":-1e300})");
    QTest::newRow("clock offset a string")
        << QByteArray("/_admin/config") << QByteArray(R"({"clockOffsetSecs":"60"})");
    QTest::newRow("latency a fraction")
        << QByteArray("/_admin/config") << QByteArray(R"({"latencyMs":1.5})");
    QTest::newRow("unbind duration 1e12")
        << QByteArray("/_admin/config") << QByteArray(R"({"unbindDurationMs":1e12})");
    QTest::newRow("rate limit 1e10") << QByteArray("/_admin/config")
                                     << QByteArray(R"({"rateLimits":{"DescribeAddresses":1e10}})");
    QTest::newRow("faults clock offset 1e17")
        << QByteArray("/_admin/faults") << QByteArray(R"({"clockOffsetSecs":1e17})");
    QTest::newRow("faults count 1e17")
        << QByteArray("/_admin/faults") << QByteArray(R"({"rules":[{"count":1e17}]})");
    QTest::newRow("reset seed 1e30")
        << QByteArray("/_admin/reset") << QByteArray(R"({"seed":1e30})");
    QTest::newRow("reset regions 1e10")
        << QByteArray("/_admin/reset") << QByteArray(R"({"regions":1e10})");
}

void TestSandboxLimits::adminRefusesOverflowingNumbers() {
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    const int addresses = m_sandbox->world()->addressCount();
    const auto r = m_sandbox->admin("POST", path, body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(str("error")).toString().contains(str("must be")), r.raw.constData());
    // Nothing changed.
    QCOMPARE(m_sandbox->faults()->clockOffsetSecs(), qint64(0));
    QCOMPARE(m_sandbox->faults()->latencyMs(), 0);
    QCOMPARE(m_sandbox->world()->addressCount(), addresses);
    // A sane offset still works and is reported back.
    const auto fine = m_sandbox->admin("POST", "/_admin/config", R"({"clockOffsetSecs":3600})");
    QCOMPARE(fine.status, 200);
    QCOMPARE(m_sandbox->faults()->clockOffsetSecs(), qint64(3600));
    QCOMPARE(m_sandbox->admin("POST", "/_admin/config", R"({"clockOffsetSecs":0})").status, 200);
}

// A name nested 100,000 levels deep used to recurse once per level.
void TestSandboxLimits::deeplyNestedNames() {
    sandbox::ActionError error;
    QByteArray deep = "A";
    for (int i = 0; i < 100000; ++i)
        deep += ".B";
    decodeForm(v1Prefix() + '&' + deep + "=1", &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    QVERIFY2(error.message.contains(str("more than 16 levels")), qPrintable(error.message));

    QByteArray sixteen = "A";
    for (int i = 1; i < 16; ++i)
        sixteen += ".B";
    const ApiCall ok = decodeForm(v1Prefix() + '&' + sixteen + "=1", &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QJsonValue v = ok.params.value(str("A"));
    for (int i = 1; i < 16; ++i)
        v = v.toObject().value(str("B"));
    QCOMPARE(v.toString(), str("1"));

    decodeForm(v1Prefix() + '&' + sixteen + ".B=1", &error);
    QCOMPARE(error.code, str("InvalidParameter"));

    // The same over HTTP, unsigned: a clear API error, and the server keeps serving.
    SandboxTestClient raw(m_sandbox->endpoint(), {}, {});
    const auto r = raw.send("POST", {{"Content-Type", "application/x-www-form-urlencoded"}},
                            v1Prefix() + '&' + deep + "=1");
    QCOMPARE(r.errorCode(), str("InvalidParameter"));
}

// 64,000 parameters in 565 KB used to take minutes (each insertion copied the whole tree).
// Now a form with more than 10,000 parameters is refused before decoding.
void TestSandboxLimits::manyParametersAnsweredAtOnce() {
    QByteArray form = v1Prefix();
    for (int i = 0; i < 64000; ++i)
        form += "&P" + QByteArray::number(i) + "=1";
    QVERIFY(form.size() < RequestDecoder::MaxFormBody);
    sandbox::ActionError error;
    decodeForm(form, &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    QVERIFY2(error.message.contains(str("more than 10000 parameters")), qPrintable(error.message));
    SandboxTestClient raw(m_sandbox->endpoint(), {}, {});
    const auto r = raw.send("POST", {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
    QCOMPARE(r.errorCode(), str("InvalidParameter"));
    // The same flood in a GET query (within its 32 KB) is answered too.
    QByteArray query = v1Prefix();
    for (int i = 0; i < 14000; ++i)
        query += "&a";
    const auto q = raw.send("GET", {}, {}, query);
    QCOMPARE(q.errorCode(), str("InvalidParameter"));
}

// Just under the parameter cap, nearly 1 MB: every value lands where its name says.
void TestSandboxLimits::largeFormDecodedExactly() {
    QByteArray form = v1Prefix();
    const int arrays = 9;
    for (int a = 0; a < arrays; ++a)
        for (int i = 0; i < 999; ++i)
            form += "&Filters." + QByteArray::number(a) + ".Values." + QByteArray::number(i) + '=' +
                    QByteArray::number(a * 1000 + i) + QByteArray(80, 'x');
    for (int a = 0; a < arrays; ++a)
        form += "&Filters." + QByteArray::number(a) + ".Name=n" + QByteArray::number(a);
    QVERIFY(form.size() > 800 * 1024 && form.size() < RequestDecoder::MaxFormBody);
    sandbox::ActionError error;
    const ApiCall call = decodeForm(form, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QJsonArray filters = call.params.value(str("Filters")).toArray();
    QCOMPARE(filters.size(), arrays);
    for (int a = 0; a < arrays; ++a) {
        const QJsonObject f = filters.at(a).toObject();
        QCOMPARE(f.value(str("Name")).toString(), QStringLiteral("n%1").arg(a));
        const QJsonArray values = f.value(str("Values")).toArray();
        QCOMPARE(values.size(), 999);
        QCOMPARE(values.at(0).toString(), QString::number(a * 1000) + QString(80, u'x'));
        QCOMPARE(values.at(998).toString(), QString::number(a * 1000 + 998) + QString(80, u'x'));
    }
    // Conflicting shapes are refused, not silently merged.
    decodeForm(v1Prefix() + "&A.0=1&A.B=2", &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    decodeForm(v1Prefix() + "&A=1&A.B=2", &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    decodeForm(v1Prefix() + "&A.-1=1", &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    decodeForm(v1Prefix() + "&A.1000=1", &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    decodeForm(v1Prefix() + "&A.99999999999999999999=1", &error);
    QCOMPARE(error.code, str("InvalidParameter"));
}

// Gaps are sent as null; a few names must not make the server build millions of them.
void TestSandboxLimits::arraySlotsAreCapped() {
    QByteArray form = v1Prefix();
    for (int i = 0; i < 150; ++i)
        form += "&A" + QByteArray::number(i) + ".999=1";
    sandbox::ActionError error;
    decodeForm(form, &error);
    QCOMPARE(error.code, str("InvalidParameter"));
    const ApiCall call = decodeForm(v1Prefix() + "&A.2=x", &error);
    QVERIFY(!error.isError());
    QCOMPARE(call.params.value(str("A")).toArray(),
             (QJsonArray{QJsonValue(), QJsonValue(), str("x")}));
}

// The 1 MB form limit holds for TC3-signed form POSTs too (it used to allow 10 MB).
void TestSandboxLimits::tc3FormIsSizeCapped() {
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers = {{"Authorization", "TC3-HMAC-SHA256 Credential=x"},
                       {"Content-Type", "application/x-www-form-urlencoded"},
                       {"X-TC-Action", "DescribeAddresses"},
                       {"X-TC-Version", "2017-03-12"},
                       {"X-TC-Timestamp", "1"}};
    request.body = "Pad=" + QByteArray(RequestDecoder::MaxFormBody, 'a');
    ApiCall call;
    QCOMPARE(RequestDecoder::decode(request, &call).code, str("RequestSizeLimitExceeded"));
    request.body = "Limit=5";
    QVERIFY(!RequestDecoder::decode(request, &call).isError());
    QCOMPARE(call.params.value(str("Limit")).toString(), str("5"));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
