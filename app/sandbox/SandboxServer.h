// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace eipdesk {
class Clock;
}

namespace eipdesk::sandbox {

// Settings of one emulator instance. Everything is deterministic from the seed.
struct SandboxConfig {
    QString host = QStringLiteral("127.0.0.1"); // loopback only
    quint16 port = 0;                           // 0: any free port
    quint64 seed = 1;
    int addresses = 2000;       // total EIPs across all regions (up to at least 100,000)
    int regions = 20;           // how many regions of the built-in list to populate
    bool perRegionPorts = true; // one listening port per region, like vpc.<region> hosts
    int latencyMs = 0;          // added to every response
    int latencyJitterMs = 0;
    int unbindDurationMs = 3000;   // how long UNBINDING lasts
    bool enforceRateLimits = true; // the documented per-action limits
    QString faultsFile;            // JSON fault configuration, optional
    // The admin API (/_admin/ on the main port) answers only requests carrying this token in
    // the X-Admin-Token header. Empty: start() makes a random one (adminToken()).
    QString adminToken;
    // Shared by every listening port of this sandbox (see ConnectionBudget).
    int maxConnections = 1024;
    qint64 maxBodyBytesInFlight = 64 * 1024 * 1024;
    int requestTimeoutMs = 60000;   // a request must arrive whole within this time
    bool internationalSite = false; // play the international site (defaults, quota IDs)
};

class SandboxWorld;
class FaultInjector;
class AccountRegistry;
class RateLimiter;

// The local Tencent Cloud API emulator: real HTTP on loopback, real signature checks, real
// asynchronous tasks and injectable faults.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(const SandboxConfig& config, QString* errorMessage = nullptr);
    void stop();
    bool isRunning() const;

    QUrl endpoint() const;                        // http://127.0.0.1:P (every region, admin)
    QHash<QString, QUrl> regionEndpoints() const; // region -> http://127.0.0.1:Pr
    QString secretId() const;                     // the demo account
    QString secretKey() const;
    // The token the admin API requires (header X-Admin-Token); never empty once started.
    QString adminToken() const;
    static QByteArray adminTokenHeader() { return QByteArrayLiteral("X-Admin-Token"); }
    int openConnections() const;      // across every port
    qint64 bodyBytesInFlight() const; // request bodies held in memory now

    SandboxWorld* world() const;
    FaultInjector* faults() const;

    // Extensions (sandbox helper).
    // Time source for signatures, Date headers, tasks and quotas; call before start(). The
    // clock must outlive the server. Default: the system clock.
    void setClock(const Clock* clock);
    SandboxConfig config() const;
    AccountRegistry* accounts() const;
    RateLimiter* rateLimiter() const;
    // Adds (or replaces) an accepted key pair; a non-empty token makes it temporary.
    void addAccount(const QString& secretId, const QString& secretKey,
                    const QString& token = QString());
    QHash<QString, quint16> regionPorts() const; // region -> port

private:
    class Private;
    Private* d;
};

} // namespace eipdesk::sandbox
