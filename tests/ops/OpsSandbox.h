// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CountingNetworkAccessManager.h"
#include "core/Address.h"
#include "core/SystemClock.h"
#include "ops/PollSchedule.h"
#include "sandbox/SandboxServer.h"

#include <functional>
#include <memory>

namespace eipdesk {
class ApiClient;
class VpcApi;
} // namespace eipdesk

namespace eipdesk::test {

// An in-process sandbox plus a real ApiClient/VpcApi talking to it over loopback HTTP, for
// the ops tests and the unbind benchmark.
class OpsSandbox {
public:
    static sandbox::SandboxConfig defaultConfig(); // small world, 300 ms unbinds
    explicit OpsSandbox(const sandbox::SandboxConfig& config = defaultConfig());
    ~OpsSandbox();

    bool start(QString* error = nullptr);
    // Task polling for tests: every 150 ms growing to 500 ms, 30 s in all.
    static PollSchedule fastSchedule() { return {150, 1.5, 500, 30000}; }
    QString region() const { return QStringLiteral("ap-guangzhou"); }

    sandbox::SandboxServer& server() { return m_server; }
    CountingNetworkAccessManager& network() { return *m_network; }
    ApiClient* client() const { return m_client.get(); }
    VpcApi* api() const { return m_api.get(); }
    const SystemClock& clock() const { return m_clock; }

    // Up to n distinct addresses of region() that can be unbound (not NAT unless asked),
    // matching `extra` when given; their region is filled in.
    QList<Address> unbindable(int n, const std::function<bool(const Address&)>& extra = {});
    // An unbindable CVM address on the primary private IP of a primary ENI.
    QList<Address> reallocatable(int n);
    // One NAT gateway EIP whose gateway keeps at least one other EIP.
    std::optional<Address> natAddress();
    std::optional<Address> current(const QString& addressId);
    // A new RUNNING instance of region() with a primary ENI (a primary and a secondary private
    // IP), no public IP at all and nothing that refuses `eip`: a bind target that must take it.
    struct TargetInstance {
        QString id;
        QString name;
        QString primaryEniId;
        QString primaryIp;
        QString secondaryIp;
    };
    TargetInstance addTargetInstance(const Address& eip);
    // A plain BGP EIP (type EIP, not blocked) bound to a CVM instance.
    Address plainBoundEip();
    // Such an EIP made idle in the world (as another tool would), region filled in.
    Address plainIdleEip();

private:
    sandbox::SandboxConfig m_config;
    SystemClock m_clock;
    sandbox::SandboxServer m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;
    int m_targets = 0;
};

} // namespace eipdesk::test
