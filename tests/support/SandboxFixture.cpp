// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SandboxFixture.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxWorld.h"

namespace eipdesk::test {

sandbox::SandboxConfig SandboxFixture::defaultConfig() {
    sandbox::SandboxConfig config;
    config.port = 0;
    config.seed = 1;
    config.addresses = 400;
    config.regions = 4;
    config.unbindDurationMs = 200;
    config.perRegionPorts = true;
    config.enforceRateLimits = true;
    return config;
}

SandboxFixture::SandboxFixture()
    : SandboxFixture(defaultConfig()) {}

SandboxFixture::SandboxFixture(const sandbox::SandboxConfig& config)
    : m_config(config)
    , m_server(std::make_unique<sandbox::SandboxServer>()) {}

SandboxFixture::~SandboxFixture() {
    stop();
}

bool SandboxFixture::start() {
    m_error.clear();
    return m_server->start(m_config, &m_error);
}

void SandboxFixture::stop() {
    if (m_server)
        m_server->stop();
}

sandbox::SandboxWorld* SandboxFixture::world() const {
    return m_server->world();
}

sandbox::FaultInjector* SandboxFixture::faults() const {
    return m_server->faults();
}

QUrl SandboxFixture::endpoint() const {
    return m_server->endpoint();
}

QHash<QString, QUrl> SandboxFixture::regionEndpoints() const {
    return m_server->regionEndpoints();
}

QString SandboxFixture::secretId() const {
    return m_server->secretId();
}

QString SandboxFixture::secretKey() const {
    return m_server->secretKey();
}

QString SandboxFixture::firstRegion() const {
    return QStringLiteral("ap-guangzhou");
}

} // namespace eipdesk::test

namespace eipdesk::test {

QString SandboxFixture::adminToken() const {
    return m_server->adminToken();
}

SandboxAdminClient SandboxFixture::adminClient() const {
    return SandboxAdminClient(endpoint(), adminToken());
}

SandboxAdminClient::Reply SandboxFixture::admin(const QByteArray& verb, const QByteArray& path,
                                                const QByteArray& jsonBody,
                                                const QByteArray& query) const {
    return adminClient().send(verb, path, jsonBody, query);
}

EndpointConfig SandboxFixture::endpoints() const {
    EndpointConfig e;
    e.customEndpoint = endpoint();
    e.regionOverrides = regionEndpoints();
    return e;
}

Credentials SandboxFixture::credentials() const {
    return {secretId(), secretKey(), {}};
}

} // namespace eipdesk::test
