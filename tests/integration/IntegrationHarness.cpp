// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationHarness.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"

#include <QTcpServer>

namespace eipdesk::test {

namespace {

QUrl closedLoopbackEndpoint() {
    // A port that was free a moment ago: nothing listens there, so connections are refused.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return QUrl(QStringLiteral("http://127.0.0.1:9/"));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

sandbox::SandboxConfig IntegrationHarness::defaultConfig() {
    sandbox::SandboxConfig config = SandboxFixture::defaultConfig();
    config.unbindDurationMs = 150; // short, so the tests wait little; never asserted on
    return config;
}

IntegrationHarness::IntegrationHarness(const sandbox::SandboxConfig& config)
    : m_sandbox(config) {}

IntegrationHarness::~IntegrationHarness() {
    m_api.reset();
    m_client.reset();
    m_sandbox.stop();
}

bool IntegrationHarness::start() {
    if (!m_sandbox.start())
        return false;
    m_closedEndpoint = closedLoopbackEndpoint();
    configure(SignatureMethod::Tc3HmacSha256, Layout::Single);
    return true;
}

void IntegrationHarness::addMatrixColumns() {
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("layout");
}

QString IntegrationHarness::methodName(SignatureMethod method) {
    switch (method) {
    case SignatureMethod::Tc3HmacSha256:
        return QStringLiteral("TC3-HMAC-SHA256");
    case SignatureMethod::HmacSha256:
        return QStringLiteral("HmacSHA256");
    case SignatureMethod::HmacSha1:
        return QStringLiteral("HmacSHA1");
    }
    return QString();
}

void IntegrationHarness::addMatrixRows(const QString& prefix,
                                       const std::function<void(QTestData&)>& extra) {
    const SignatureMethod methods[] = {SignatureMethod::Tc3HmacSha256, SignatureMethod::HmacSha256,
                                       SignatureMethod::HmacSha1};
    for (SignatureMethod m : methods) {
        for (Layout l : {Layout::Single, Layout::PerRegion}) {
            QString name = methodName(m) + (l == Layout::Single ? QStringLiteral(" single")
                                                                : QStringLiteral(" per-region"));
            if (!prefix.isEmpty())
                name = prefix + QLatin1Char(' ') + name;
            QTestData& row = QTest::newRow(qPrintable(name)) << int(m) << int(l);
            if (extra)
                extra(row);
        }
    }
}

void IntegrationHarness::configureFromRow() {
    QFETCH(int, method);
    QFETCH(int, layout);
    configure(static_cast<SignatureMethod>(method), static_cast<Layout>(layout));
}

void IntegrationHarness::configure(SignatureMethod method, Layout layout) {
    m_api.reset();
    m_client = std::make_unique<ApiClient>(&m_network, &m_clock);
    m_client->setCredentials({m_sandbox.secretId(), m_sandbox.secretKey(), QString()});
    m_client->setSignatureMethod(method);
    m_client->setLanguage(QStringLiteral("en-US"));
    m_client->setRetryBaseDelayMs(20);
    m_client->setDefaultTimeoutMs(30000);
    m_client->setRateLimitScale(1.0);
    EndpointConfig endpoints;
    if (layout == Layout::Single) {
        endpoints.customEndpoint = m_sandbox.endpoint();
    } else {
        endpoints.regionOverrides = m_sandbox.regionEndpoints();
        endpoints.customEndpoint = m_closedEndpoint;
    }
    m_client->setEndpointConfig(endpoints);
    m_api = std::make_unique<VpcApi>(m_client.get());
    m_layout = layout;
    // A new client starts with an empty limiter; so does the server's view of the account, or
    // the previous row's burst would be held against this one.
    m_sandbox.server().rateLimiter()->reset();
}

void IntegrationHarness::resetSandbox() {
    sandbox::SandboxWorld* w = world();
    w->regenerate();
    w->setUnbindDurationMs(defaultConfig().unbindDurationMs);
    w->setNeverFinishTasks(false);
    w->setDailyReallocateLimit(10);
    m_sandbox.faults()->clear();
}

bool IntegrationHarness::isCleanlyUnbindable(const QString& region, const Address& a) const {
    sandbox::SandboxWorld* w = world();
    sandbox::RegionData* r = w->region(region);
    if (!r || !a.unbindBlocker().isEmpty() || a.isNatGateway() ||
        a.addressType != QLatin1String("EIP") ||
        w->quirk(a.addressId) != sandbox::AddressQuirk::None || !r->eni(a.networkInterfaceId))
        return false;
    if (a.addressStatus == QLatin1String("BIND_ENI"))
        return true;
    if (a.instanceType != QLatin1String("CVM"))
        return false;
    const auto inst = r->instances.find(a.instanceId);
    return inst && r->eni(inst->primaryEniId) &&
           (inst->state == QLatin1String("RUNNING") || inst->state == QLatin1String("STOPPED"));
}

ApiResponse IntegrationHarness::send(const ApiRequest& request, int timeoutMs) {
    auto result = std::make_shared<std::optional<ApiResponse>>();
    ApiCall* call = m_client->send(request);
    QObject::connect(call, &ApiCall::finished, call,
                     [result](const ApiResponse& r) { *result = r; });
    spinUntil([result] { return result->has_value(); }, timeoutMs);
    if (!result->has_value()) {
        ApiResponse none;
        none.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test timeout"));
        return none;
    }
    return **result;
}

bool IntegrationHarness::spinUntil(const std::function<bool()>& pred, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

TaskResult::State IntegrationHarness::waitForTask(const QString& region, quint64 taskId,
                                                  int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    TaskResult::State state = TaskResult::State::Unknown;
    while (!deadline.hasExpired()) {
        const auto r = wait<TaskResult>([&](QObject* ctx, Callback<TaskResult> done) {
            return m_api->describeTaskResult(region, taskId, ctx, done);
        });
        if (!r.finished || r.error)
            return TaskResult::State::Unknown;
        state = r.value.state;
        if (state != TaskResult::State::Running)
            return state;
        QTest::qWait(50);
    }
    return state;
}

QString IntegrationHarness::waitForStatus(const QString& region, const QString& addressId,
                                          const QString& status, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    QString last;
    while (!deadline.hasExpired()) {
        const auto r =
            wait<std::optional<Address>>([&](QObject* ctx, Callback<std::optional<Address>> done) {
                return m_api->describeAddress(region, addressId, ctx, done);
            });
        if (!r.finished)
            return QStringLiteral("(no answer)");
        if (r.error)
            return QStringLiteral("(error) ") + r.error.code;
        last = r.value ? r.value->addressStatus : QStringLiteral("(gone)");
        if (last == status)
            return last;
        QTest::qWait(50);
    }
    return last;
}

} // namespace eipdesk::test
