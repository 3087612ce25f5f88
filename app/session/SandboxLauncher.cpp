// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SandboxLauncher.h"

namespace eipdesk {

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent) {}

SandboxLauncher::~SandboxLauncher() {
    stop();
}

bool SandboxLauncher::start(const sandbox::SandboxConfig& config, QString* errorMessage) {
    stop();
    m_server = std::make_unique<sandbox::SandboxServer>();
    if (!m_server->start(config, errorMessage)) {
        m_server.reset();
        return false;
    }
    return true;
}

void SandboxLauncher::stop() {
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
}

bool SandboxLauncher::isRunning() const {
    return m_server && m_server->isRunning();
}

Profile SandboxLauncher::profile() const {
    Profile p;
    p.id = profileId();
    p.name = QCoreApplication::translate("SandboxLauncher", "Sandbox");
    p.isSandbox = true;
    p.defaultRegion = QStringLiteral("ap-guangzhou");
    if (m_server) {
        p.secretId = m_server->secretId();
        p.endpointOverride = m_server->endpoint();
    }
    return p;
}

Credentials SandboxLauncher::credentials() const {
    Credentials c;
    if (m_server) {
        c.secretId = m_server->secretId();
        c.secretKey = m_server->secretKey();
    }
    return c;
}

EndpointConfig SandboxLauncher::endpoints() const {
    EndpointConfig config;
    if (m_server) {
        config.customEndpoint = m_server->endpoint();
        config.regionOverrides = m_server->regionEndpoints();
    }
    return config;
}

} // namespace eipdesk
