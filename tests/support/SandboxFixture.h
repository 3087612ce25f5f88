// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/Endpoint.h"

#include "sandbox/SandboxServer.h"
#include "support/SandboxAdminClient.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace eipdesk::sandbox {
class FaultInjector;
class SandboxWorld;
} // namespace eipdesk::sandbox

namespace eipdesk::test {

// Starts an in-process sandbox for a test: a small world (by default 400 EIPs in 4 regions,
// seed 1), short unbinds (200 ms), rate limits enforced, per-region ports. Use it from
// initTestCase() or a test function; the server stops when the fixture is destroyed.
//
//   eipdesk::test::SandboxFixture sandbox;
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//   client.setEndpoint(sandbox.endpoint()); // credentials: sandbox.secretId()/secretKey()
//   sandbox.world()->findAddress(...), sandbox.faults()->addRule(...), sandbox.admin(...)
class SandboxFixture {
public:
    static sandbox::SandboxConfig defaultConfig();

    SandboxFixture();
    explicit SandboxFixture(const sandbox::SandboxConfig& config);
    ~SandboxFixture();

    bool start();
    void stop();
    QString errorString() const { return m_error; }

    sandbox::SandboxServer& server() { return *m_server; }
    sandbox::SandboxWorld* world() const;
    sandbox::FaultInjector* faults() const;
    QUrl endpoint() const;
    QHash<QString, QUrl> regionEndpoints() const;
    QString secretId() const;
    QString secretKey() const;
    QString firstRegion() const; // ap-guangzhou
    // What a client needs to talk to it: the main endpoint and each region's own port, and the
    // demo account's keys.
    EndpointConfig endpoints() const;
    Credentials credentials() const;
    // The admin API with this sandbox's token, e.g. admin("POST", "/_admin/config", "{...}").
    QString adminToken() const;
    SandboxAdminClient adminClient() const;
    SandboxAdminClient::Reply admin(const QByteArray& verb, const QByteArray& path,
                                    const QByteArray& jsonBody = {},
                                    const QByteArray& query = {}) const;

private:
    sandbox::SandboxConfig m_config;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_error;
};

} // namespace eipdesk::test
