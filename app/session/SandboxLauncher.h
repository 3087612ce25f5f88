// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "credentials/Profile.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace eipdesk {

// Runs the built-in emulator inside this process and describes the ready "Sandbox" profile
// that talks to it (one endpoint per region, like the real vpc.<region> hosts). Its demo
// credentials live in memory only.
class SandboxLauncher : public QObject {
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    bool start(const sandbox::SandboxConfig& config, QString* errorMessage = nullptr);
    void stop();
    bool isRunning() const;
    sandbox::SandboxServer* server() const { return m_server.get(); }

    static QString profileId() { return QStringLiteral("sandbox"); }
    Profile profile() const;
    Credentials credentials() const;
    EndpointConfig endpoints() const;

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace eipdesk
