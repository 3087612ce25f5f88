// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/SystemClock.h"
#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace eipdesk::test {

// The REAL client (ApiClient + VpcApi over a real QNetworkAccessManager) talking real loopback
// HTTP to an in-process SandboxServer. Both sides use the system clock. Data-driven tests run
// every case for each signature method and for both endpoint layouts:
//   single     - every request to the sandbox's main port (EndpointConfig::customEndpoint);
//   per-region - EndpointConfig::regionOverrides = the sandbox's per-region ports, and the
//                custom endpoint points at a closed loopback port so that a request that is
//                not routed through its region's port fails loudly (ConnectionRefused).
class IntegrationHarness {
public:
    enum class Layout { Single, PerRegion };

    template <typename T> struct Result {
        bool finished = false;
        T value{};
        ApiError error;
    };

    static sandbox::SandboxConfig defaultConfig();
    explicit IntegrationHarness(const sandbox::SandboxConfig& config = defaultConfig());
    ~IntegrationHarness();

    bool start();
    QString errorString() const { return m_sandbox.errorString(); }

    // Columns "method" (int, SignatureMethod) and "layout" (int, Layout) with one row per
    // combination, named "<method> <layout>"; `prefix` is prepended to each row name and
    // `extra` (if given) appends more column values to each row.
    static void addMatrixColumns();
    static void addMatrixRows(const QString& prefix = QString(),
                              const std::function<void(QTestData&)>& extra = {});
    static QString methodName(SignatureMethod method);

    // A fresh client (no clock offset, empty limiter state) for the current data row's method
    // and layout, demo credentials, English messages, rate limiting on.
    void configureFromRow();
    void configure(SignatureMethod method, Layout layout);
    // Resets the sandbox world and faults to their initial state.
    void resetSandbox();

    SandboxFixture& sandbox() { return m_sandbox; }
    sandbox::SandboxServer& server() { return m_sandbox.server(); }
    sandbox::SandboxWorld* world() const { return m_sandbox.world(); }
    ApiClient& client() { return *m_client; }
    VpcApi& api() { return *m_api; }
    Layout layout() const { return m_layout; }
    QString region() const { return m_sandbox.firstRegion(); }

    // Runs one typed VpcApi call and waits (processing events) until its callback ran.
    //   auto r = h.wait<QList<Quota>>([&](QObject* ctx, auto done) {
    //       return h.api().describeAddressQuota(region, ctx, done); });
    template <typename T>
    Result<T> wait(const std::function<ApiJob*(QObject*, Callback<T>)>& launch,
                   int timeoutMs = 60000) {
        auto result = std::make_shared<Result<T>>();
        QObject context;
        launch(&context, [result](const T& value, const ApiError& error) {
            result->value = value;
            result->error = error;
            result->finished = true;
        });
        spinUntil([result] { return result->finished; }, timeoutMs);
        return *result;
    }

    // Raw ApiClient call (any action), waiting for finished().
    ApiResponse send(const ApiRequest& request, int timeoutMs = 60000);

    // Processes events until pred() is true or the timeout passes; returns pred().
    static bool spinUntil(const std::function<bool()>& pred, int timeoutMs);

    // True when DisassociateAddress (without reallocation) succeeds on this address of the
    // sandbox world: bound to a CVM (running or stopped, primary ENI present) or to an ENI,
    // not NAT, not WanIP, not blocked or in arrears, no backend quirk.
    bool isCleanlyUnbindable(const QString& region, const Address& a) const;

    // Polls DescribeTaskResult through the client until it is not RUNNING (or timeout).
    TaskResult::State waitForTask(const QString& region, quint64 taskId, int timeoutMs = 60000);
    // Polls DescribeAddresses through the client until the address has `status`; returns the
    // last status seen ("(gone)" when it disappeared, "(error) <code>" on an error).
    QString waitForStatus(const QString& region, const QString& addressId, const QString& status,
                          int timeoutMs = 60000);

private:
    SandboxFixture m_sandbox;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;
    QUrl m_closedEndpoint;
    Layout m_layout = Layout::Single;
};

} // namespace eipdesk::test
