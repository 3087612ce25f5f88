// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Endpoint.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace eipdesk::test {

// An `eipdesk-sandbox` process for tests and benchmarks that run the real programs: started
// with `arguments`, its start-up lines read (Endpoint, SecretId, SecretKey, AdminToken, each
// region's own endpoint, the address count); terminated when this object goes.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // False with `error` set when it did not start or printed no credentials within a minute.
    bool start(const QString& program, const QStringList& arguments, QString* error);

    QString endpoint() const { return m_endpoint; }
    QString secretId() const { return m_secretId; }
    QString secretKey() const { return m_secretKey; }
    QString adminToken() const { return m_adminToken; }
    qint64 processId() const { return m_process.processId(); }
    const QHash<QString, QUrl>& regionEndpoints() const { return m_regionEndpoints; }
    // What a client is configured with: each region's own port, the main port for the rest.
    EndpointConfig endpoints() const;
    const QStringList& regions() const { return m_regions; } // in the order printed
    int addressCount() const { return m_addressCount; }      // "Addresses: N in R regions"
    // CPU time the process has used so far (user + system, Linux /proc), or -1.
    double cpuMs() const;
    void stop();

private:
    QProcess m_process;
    QString m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QString m_adminToken;
    QHash<QString, QUrl> m_regionEndpoints;
    QStringList m_regions;
    int m_addressCount = 0;
};

// The environment of a child EIP Desk process with its own home, settings, data and cache
// folders under `root` (created), the offscreen platform, and no TENCENTCLOUD_* variables.
QProcessEnvironment isolatedProcessEnvironment(const QString& root);

} // namespace eipdesk::test
