// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace eipdesk::bench {

// A real eipdesk-sandbox process (bin/eipdesk-sandbox of this build) on a free port, with what
// it printed at start: the main endpoint, the demo keys and one endpoint per region. Stopped
// (SIGTERM, then killed) when destroyed.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    static QString executable();

    // Starts it with `--port 0` plus `arguments` and waits (up to `timeoutMs`) for the last line
    // of its banner ("Addresses: ..."). False with `error` set when it did not come up.
    bool start(const QStringList& arguments, QString* error, int timeoutMs = 60000);
    void stop();

    QUrl endpoint() const { return m_endpoint; }
    QString secretId() const { return m_secretId; }
    QString secretKey() const { return m_secretKey; }
    // Region -> its own port's URL, and the regions in the order printed.
    const QHash<QString, QUrl>& regionEndpoints() const { return m_regionEndpoints; }
    const QStringList& regions() const { return m_regions; }
    int addressCount() const { return m_addressCount; } // "Addresses: N in R regions"
    // CPU time (user + system) the process has used so far, in ms; -1 where /proc does not say.
    double cpuMs() const;

private:
    bool parseBanner(const QByteArray& text);

    QProcess m_process;
    QUrl m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QHash<QString, QUrl> m_regionEndpoints;
    QStringList m_regions;
    int m_addressCount = -1;
};

} // namespace eipdesk::bench
