// SPDX-License-Identifier: GPL-3.0-or-later
// The client's pacing and error handling against the sandbox's rate limiter and injected
// faults, for every signature method and both endpoint layouts: a burst of 40 unbinds with the
// client's limiter on meets no RequestLimitExceeded; a dropped connection on an unbind is
// OutcomeUnknown (and the address is re-read, not re-sent); HTTP 5xx on a read is retried to
// success; a malformed body is MalformedResponse.
#include "IntegrationHarness.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"

#include <QJsonArray>

using namespace eipdesk;
using namespace eipdesk::test;
using H = IntegrationHarness;
using sandbox::FaultRule;

class TestIntegFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void burstIsPacedByTheClient_data();
    void burstIsPacedByTheClient();
    void burstWithoutClientPacingIsLimited();
    void everyActionIsPaced_data();
    void everyActionIsPaced();
    void droppedUnbindIsOutcomeUnknown_data();
    void droppedUnbindIsOutcomeUnknown();
    void serverErrorOnReadIsRetried_data();
    void serverErrorOnReadIsRetried();
    void malformedBody_data();
    void malformedBody();
    void brokenReadConnection_data();
    void brokenReadConnection();
    void slowUnbindTimesOutAsOutcomeUnknown_data();
    void slowUnbindTimesOutAsOutcomeUnknown();
    void regionServiceFailureFallsBackToCvm_data();
    void regionServiceFailureFallsBackToCvm();

private:
    struct Burst {
        int finished = 0;
        int sent = 0;
        int rateLimited = 0; // final results with a RequestLimitExceeded* code
        QStringList otherErrors;
    };
    Burst unbindBurst(int count);
    QList<Address> unbindable(int count);
    static FaultRule rule(const QString& action, FaultRule::Kind kind, int count);
    H m_h;
};

void TestIntegFaults::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
}

void TestIntegFaults::init() {
    m_h.resetSandbox();
}

void TestIntegFaults::cleanup() {
    m_h.resetSandbox();
}

FaultRule TestIntegFaults::rule(const QString& action, FaultRule::Kind kind, int count) {
    FaultRule r;
    r.action = action;
    r.kind = kind;
    r.count = count;
    r.rate = 1.0;
    return r;
}

// Cleanly unbindable EIPs of every region (the limit is per account and action, not region).
QList<Address> TestIntegFaults::unbindable(int count) {
    QList<Address> out;
    for (const QString& region : m_h.world()->regionIds()) {
        for (const Address& a : m_h.world()->region(region)->addresses) {
            if (out.size() == count)
                return out;
            if (!m_h.isCleanlyUnbindable(region, a))
                continue;
            Address copy = a;
            copy.region = region;
            out << copy;
        }
    }
    return out;
}

TestIntegFaults::Burst TestIntegFaults::unbindBurst(int count) {
    const QList<Address> targets = unbindable(count);
    Burst burst;
    if (targets.size() != count)
        return burst;
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    QObject context;
    for (const Address& a : targets) {
        m_h.api().disassociateAddress(
            a.region, a.addressId, false, &context,
            [&burst](const AsyncTaskStarted&, const ApiError& error) {
                ++burst.finished;
                if (error.code.startsWith(QLatin1String("RequestLimitExceeded")))
                    ++burst.rateLimited;
                else if (error)
                    burst.otherErrors << error.toString();
            });
    }
    H::spinUntil([&] { return burst.finished == count; }, 120000);
    burst.sent = int(sent.count());
    return burst;
}

void TestIntegFaults::burstIsPacedByTheClient_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegFaults::burstIsPacedByTheClient() {
    m_h.configureFromRow(); // the client's limiter is on (documented rates)
    const Burst burst = unbindBurst(40);
    QCOMPARE(burst.finished, 40);
    QCOMPARE(burst.rateLimited, 0);
    QVERIFY2(burst.otherErrors.isEmpty(), qPrintable(burst.otherErrors.join(QLatin1Char('\n'))));
    // The client re-sends a RequestLimitExceeded unbind by itself: exactly 40 requests on the
    // wire means the server refused none of them.
    QCOMPARE(burst.sent, 40);
}

// Control: the same burst without client pacing does trip the sandbox's limiter, so the test
// above is able to fail.
void TestIntegFaults::burstWithoutClientPacingIsLimited() {
    m_h.configure(SignatureMethod::Tc3HmacSha256, H::Layout::Single);
    m_h.client().setRateLimitScale(0);
    m_h.client().setMaxAttempts(1);
    const Burst burst = unbindBurst(40);
    QCOMPARE(burst.finished, 40);
    QVERIFY2(burst.rateLimited > 0, "40 unbinds at once should exceed 10 per second");
}

void TestIntegFaults::everyActionIsPaced_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("count");
    const QString vpc = QStringLiteral("2017-03-12");
    // Three documented windows' worth and a bit (spec §6).
    QTest::newRow("DescribeAddresses 20/s") << QStringLiteral("DescribeAddresses") << vpc << 65;
    QTest::newRow("DescribeTaskResult 20/s") << QStringLiteral("DescribeTaskResult") << vpc << 65;
    QTest::newRow("DescribeAddressQuota 10/s")
        << QStringLiteral("DescribeAddressQuota") << vpc << 35;
    QTest::newRow("AssociateAddress 10/s") << QStringLiteral("AssociateAddress") << vpc << 35;
    QTest::newRow("DescribeNetworkInterfaces 100/s")
        << QStringLiteral("DescribeNetworkInterfaces") << vpc << 305;
    QTest::newRow("DisassociateNatGatewayAddress 100/s")
        << QStringLiteral("DisassociateNatGatewayAddress") << vpc << 305;
    QTest::newRow("region DescribeRegions 50/s")
        << QStringLiteral("DescribeRegions") << QStringLiteral("2022-06-27") << 155;
}

// Every action the client uses, in a burst with the client's limiter on: the sandbox (which
// counts arrivals per account and action over one second) refuses none of them. Business errors
// (a made-up task or gateway) do not matter here, only RequestLimitExceeded.
void TestIntegFaults::everyActionIsPaced() {
    QFETCH(QString, action);
    QFETCH(QString, version);
    QFETCH(int, count);
    m_h.configure(SignatureMethod::Tc3HmacSha256, H::Layout::Single);
    ApiRequest request;
    request.action = action;
    request.version = version;
    if (version == QLatin1String("2022-06-27")) {
        request.service = QStringLiteral("region");
        request.payload.insert(QStringLiteral("Product"), QStringLiteral("vpc"));
    } else {
        request.region = m_h.region();
    }
    if (action == QLatin1String("DescribeTaskResult"))
        request.payload.insert(QStringLiteral("TaskId"), 12345);
    if (action == QLatin1String("AssociateAddress")) {
        request.payload.insert(QStringLiteral("AddressId"), QStringLiteral("eip-zzzzzzzz"));
        request.payload.insert(QStringLiteral("InstanceId"), QStringLiteral("ins-zzzzzzzz"));
    }
    if (action == QLatin1String("DisassociateNatGatewayAddress")) {
        request.payload.insert(QStringLiteral("NatGatewayId"), QStringLiteral("nat-zzzzzzzz"));
        request.payload.insert(QStringLiteral("PublicIpAddresses"),
                               QJsonArray{QStringLiteral("192.0.2.1")});
    }
    if (action == QLatin1String("DescribeNetworkInterfaces"))
        request.payload.insert(QStringLiteral("Limit"), 1);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    int finished = 0;
    QStringList limited;
    for (int i = 0; i < count; ++i) {
        ApiCall* call = m_h.client().send(request);
        connect(call, &ApiCall::finished, this, [&](const ApiResponse& r) {
            ++finished;
            if (r.error.code.startsWith(QLatin1String("RequestLimitExceeded")))
                limited << r.error.toString();
        });
    }
    QVERIFY(H::spinUntil([&] { return finished == count; }, 120000));
    QVERIFY2(limited.isEmpty(), qPrintable(limited.join(QLatin1Char('\n'))));
    QCOMPARE(int(sent.count()), count); // nothing was refused and silently re-sent
}

void TestIntegFaults::droppedUnbindIsOutcomeUnknown_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegFaults::droppedUnbindIsOutcomeUnknown() {
    m_h.configureFromRow();
    const QList<Address> targets = unbindable(1);
    QCOMPARE(targets.size(), 1);
    const Address a = targets.at(0);
    m_h.sandbox().faults()->addRule(
        rule(QStringLiteral("DisassociateAddress"), FaultRule::Kind::Drop, 1));
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const auto r = m_h.wait<AsyncTaskStarted>([&](QObject* ctx, Callback<AsyncTaskStarted> done) {
        return m_h.api().disassociateAddress(a.region, a.addressId, false, ctx, done);
    });
    QVERIFY(r.finished);
    QCOMPARE(r.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(r.error.code, QStringLiteral("ClientError.OutcomeUnknown"));
    QCOMPARE(sent.count(), 1); // never re-sent blindly
    // What the caller does next: re-read the address (the dropped request did nothing here).
    QCOMPARE(m_h.waitForStatus(a.region, a.addressId, a.addressStatus, 5000), a.addressStatus);
    // And an unbind sent afresh goes through.
    const auto again =
        m_h.wait<AsyncTaskStarted>([&](QObject* ctx, Callback<AsyncTaskStarted> done) {
            return m_h.api().disassociateAddress(a.region, a.addressId, false, ctx, done);
        });
    QVERIFY(again.finished);
    QVERIFY2(!again.error, qPrintable(again.error.toString()));
    QCOMPARE(m_h.waitForTask(a.region, again.value.taskId.toULongLong()),
             TaskResult::State::Success);
}

void TestIntegFaults::serverErrorOnReadIsRetried_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegFaults::serverErrorOnReadIsRetried() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    FaultRule r = rule(QStringLiteral("DescribeAddresses"), FaultRule::Kind::Http5xx, 2);
    r.status = 503;
    m_h.sandbox().faults()->addRule(r);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const auto want = m_h.world()->findAddress(region, [](const Address&) { return true; });
    QVERIFY(want);
    const auto got =
        m_h.wait<std::optional<Address>>([&](QObject* ctx, Callback<std::optional<Address>> done) {
            return m_h.api().describeAddress(region, want->addressId, ctx, done);
        });
    QVERIFY(got.finished);
    QVERIFY2(!got.error, qPrintable(got.error.toString()));
    QVERIFY(got.value.has_value());
    QCOMPARE(got.value->addressId, want->addressId);
    QCOMPARE(sent.count(), 3); // two 503s, then the answer

    // A paged listing survives a 5xx on one of its pages as well.
    FaultRule once = rule(QStringLiteral("DescribeAddresses"), FaultRule::Kind::Http5xx, 1);
    once.status = 502;
    m_h.sandbox().faults()->addRule(once);
    const auto all = m_h.wait<QList<Address>>([&](QObject* ctx, Callback<QList<Address>> done) {
        return m_h.api().describeAllAddresses(region, {}, ctx, done);
    });
    QVERIFY(all.finished);
    QVERIFY2(!all.error, qPrintable(all.error.toString()));
    QVERIFY(!all.value.isEmpty());
}

void TestIntegFaults::malformedBody_data() {
    H::addMatrixColumns();
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("kind");
    for (const QString& action :
         {QStringLiteral("DescribeAddressQuota"), QStringLiteral("DisassociateAddress")})
        H::addMatrixRows(action, [action](QTestData& row) {
            row << action
                << int(action == QLatin1String("DisassociateAddress")
                           ? ApiError::Kind::OutcomeUnknown // an unreadable reply to a write
                           : ApiError::Kind::MalformedResponse);
        });
}

void TestIntegFaults::malformedBody() {
    QFETCH(QString, action);
    QFETCH(int, kind);
    m_h.configureFromRow();
    m_h.sandbox().faults()->addRule(rule(action, FaultRule::Kind::Malformed, 1));
    const QList<Address> targets = unbindable(1);
    QCOMPARE(targets.size(), 1);
    ApiRequest request;
    request.action = action;
    request.region = targets.at(0).region;
    if (action == QLatin1String("DisassociateAddress"))
        request.payload.insert(QStringLiteral("AddressId"), targets.at(0).addressId);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const ApiResponse r = m_h.send(request);
    QCOMPARE(int(r.error.kind), kind);
    QCOMPARE(sent.count(), 1);
    if (r.error.kind == ApiError::Kind::MalformedResponse)
        QCOMPARE(r.error.code, QStringLiteral("ClientError.MalformedResponse"));
}

void TestIntegFaults::brokenReadConnection_data() {
    H::addMatrixColumns();
    QTest::addColumn<int>("kind");
    H::addMatrixRows(QStringLiteral("dropped"),
                     [](QTestData& row) { row << int(FaultRule::Kind::Drop); });
    H::addMatrixRows(QStringLiteral("truncated"),
                     [](QTestData& row) { row << int(FaultRule::Kind::Truncated); });
}

// A read whose connection breaks is safe to send again. A dropped connection is a network
// error (retried); a body cut after the headers is reported as MalformedResponse (ApiError
// documents "truncated" under MalformedResponse, which RetryPolicy does not retry).
void TestIntegFaults::brokenReadConnection() {
    QFETCH(int, kind);
    m_h.configureFromRow();
    m_h.sandbox().faults()->addRule(
        rule(QStringLiteral("DescribeAddressQuota"), FaultRule::Kind(kind), 1));
    ApiRequest request;
    request.action = QStringLiteral("DescribeAddressQuota");
    request.region = m_h.region();
    const ApiResponse r = m_h.send(request);
    if (FaultRule::Kind(kind) == FaultRule::Kind::Drop) {
        // Retried by us, or re-sent by Qt itself on a fresh connection (a buffered body).
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.attempts <= 2);
    } else {
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(r.error.code, QStringLiteral("ClientError.MalformedResponse"));
        QCOMPARE(r.attempts, 1);
    }
}

void TestIntegFaults::slowUnbindTimesOutAsOutcomeUnknown_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

// The server acts on the unbind but its reply comes after the client gave up: the client must
// say "outcome unknown" (not retry), and a re-read shows the unbind did happen.
void TestIntegFaults::slowUnbindTimesOutAsOutcomeUnknown() {
    m_h.configureFromRow();
    const QList<Address> targets = unbindable(1);
    QCOMPARE(targets.size(), 1);
    const Address a = targets.at(0);
    m_h.client().setDefaultTimeoutMs(300);
    m_h.sandbox().faults()->setLatency(5000);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const auto r = m_h.wait<AsyncTaskStarted>([&](QObject* ctx, Callback<AsyncTaskStarted> done) {
        return m_h.api().disassociateAddress(a.region, a.addressId, false, ctx, done);
    });
    m_h.sandbox().faults()->setLatency(0);
    m_h.client().setDefaultTimeoutMs(30000);
    QVERIFY(r.finished);
    QCOMPARE(r.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(m_h.waitForStatus(a.region, a.addressId, QStringLiteral("UNBIND")),
             QStringLiteral("UNBIND"));
}

void TestIntegFaults::regionServiceFailureFallsBackToCvm_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegFaults::regionServiceFailureFallsBackToCvm() {
    m_h.configureFromRow();
    EndpointConfig endpoints = m_h.client().endpointConfig();
    endpoints.customEndpoint = m_h.sandbox().endpoint(); // region and cvm are global services
    m_h.client().setEndpointConfig(endpoints);
    FaultRule r = rule(QStringLiteral("DescribeRegions"), FaultRule::Kind::Error, 1);
    r.code = QStringLiteral("UnsupportedOperation");
    m_h.sandbox().faults()->addRule(r);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const auto regions = m_h.wait<QList<Region>>([&](QObject* ctx, Callback<QList<Region>> done) {
        return m_h.api().describeRegions(ctx, done);
    });
    QVERIFY(regions.finished);
    QVERIFY2(!regions.error, qPrintable(regions.error.toString()));
    QCOMPARE(sent.count(), 2); // region service, then CVM DescribeRegions
    QCOMPARE(regions.value.size(), m_h.world()->regionIds().size());
    for (const Region& region : regions.value)
        QVERIFY2(!region.name.isEmpty(), qPrintable(region.id));
}

QTEST_GUILESS_MAIN(TestIntegFaults)
#include "tst_integ_faults.moc"
