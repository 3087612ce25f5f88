// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include "core/SystemClock.h"
#include "sandbox/AccountRegistry.h"
#include "sandbox/AdminApi.h"
#include "sandbox/ApiDispatcher.h"
#include "sandbox/ConnectionBudget.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpListener.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <limits>
#include <memory>

namespace eipdesk::sandbox {

class SandboxServer::Private {
public:
    SystemClock systemClock;
    const Clock* clock = &systemClock;
    SandboxConfig config;
    std::unique_ptr<SandboxWorld> world;
    std::unique_ptr<FaultInjector> faults;
    AccountRegistry accounts;
    RateLimiter limiter;
    std::unique_ptr<ApiDispatcher> dispatcher;
    std::unique_ptr<AdminApi> admin;
    std::shared_ptr<ConnectionBudget> budget = std::make_shared<ConnectionBudget>();
    QByteArray adminToken;
    std::unique_ptr<HttpListener> main;
    QHash<QString, HttpListener*> regional; // owned by the server QObject
    bool running = false;

    // The Date header of every response: its text depends only on the second, formatted once
    // per second rather than once per response.
    qint64 dateSecond = std::numeric_limits<qint64>::min();
    QByteArray dateText;
    QByteArray httpDate() {
        const qint64 ms = clock->nowMSecs() + faults->clockOffsetSecs() * 1000;
        const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
        if (second != dateSecond) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
            dateText = QLocale::c()
                           .toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                           .toLatin1();
            dateSecond = second;
        }
        return dateText;
    }

    // Constant-time comparison: the time taken does not tell how much of a guess was right.
    bool adminAllowed(const HttpRequest& request) const {
        const QByteArray given = request.header(SandboxServer::adminTokenHeader());
        if (adminToken.isEmpty() || given.size() != adminToken.size())
            return false;
        unsigned char diff = 0;
        for (qsizetype i = 0; i < given.size(); ++i)
            diff |= static_cast<unsigned char>(given[i] ^ adminToken[i]);
        return diff == 0;
    }

    void serve(HttpConnection* connection, const HttpRequest& request, const QString& portRegion,
               bool isMain) {
        if (request.path.startsWith("/_admin/")) {
            if (!isMain)
                connection->respond(HttpResponse::json(
                    "{\"ok\":false,\"error\":\"admin is on the main port\"}", 404));
            else if (!adminAllowed(request))
                connection->respond(HttpResponse::json(
                    "{\"ok\":false,\"error\":\"the admin API needs the X-Admin-Token header with "
                    "the token printed at start-up (AdminToken:)\"}",
                    401));
            else
                connection->respond(admin->handle(request));
            return;
        }
        HttpResponse response = dispatcher->handle(request, portRegion);
        response.headers.append({QByteArrayLiteral("Date"), httpDate()});
        const int delay = faults->nextDelayMs();
        if (delay <= 0) {
            connection->respond(std::move(response));
            return;
        }
        QPointer<HttpConnection> guard(connection);
        QTimer::singleShot(delay, connection, [guard, response] {
            if (guard)
                guard->respond(response);
        });
    }
};

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , d(new Private) {
    d->world = std::make_unique<SandboxWorld>(d->clock);
    d->faults = std::make_unique<FaultInjector>(d->world.get());
}

SandboxServer::~SandboxServer() {
    stop();
    delete d;
}

void SandboxServer::setClock(const Clock* clock) {
    d->clock = clock ? clock : &d->systemClock;
    d->world->setClock(d->clock);
}

bool SandboxServer::start(const SandboxConfig& config, QString* errorMessage) {
    stop();
    d->config = config;
    const QHostAddress host(config.host);
    if (!host.isLoopback()) {
        if (errorMessage)
            *errorMessage = tr("The sandbox listens on loopback addresses only.");
        return false;
    }
    d->world->generate(config.seed, config.addresses, config.regions);
    d->world->setUnbindDurationMs(config.unbindDurationMs);
    d->world->setInternational(config.internationalSite);
    d->faults->clear();
    d->faults->reseed(config.seed);
    if (!config.faultsFile.isEmpty()) {
        QString error;
        if (!d->faults->loadFile(config.faultsFile, &error)) {
            if (errorMessage)
                *errorMessage =
                    tr("Cannot load the faults file %1: %2").arg(config.faultsFile, error);
            return false;
        }
    }
    if (config.latencyMs > 0 || config.latencyJitterMs > 0)
        d->faults->setLatency(config.latencyMs, config.latencyJitterMs);
    d->limiter.reset();
    d->limiter.setEnabled(config.enforceRateLimits);
    if (config.adminToken.isEmpty()) {
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        d->adminToken = QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
    } else {
        d->adminToken = config.adminToken.toUtf8();
    }
    ConnectionBudget::Limits limits;
    limits.maxConnections = qMax(1, config.maxConnections);
    limits.maxBodyBytesInFlight = qsizetype(qMax<qint64>(0, config.maxBodyBytesInFlight));
    limits.requestTimeoutMs = qMax(1, config.requestTimeoutMs);
    d->budget = std::make_shared<ConnectionBudget>(limits);
    d->dispatcher =
        std::make_unique<ApiDispatcher>(d->world.get(), d->faults.get(), &d->accounts, &d->limiter);
    d->admin =
        std::make_unique<AdminApi>(d->world.get(), d->faults.get(), &d->accounts, &d->limiter);
    auto date = [this] { return d->httpDate(); };
    d->main = std::make_unique<HttpListener>(
        [this](HttpConnection* c, const HttpRequest& r) { d->serve(c, r, QString(), true); }, date,
        d->budget);
    if (!d->main->listen(host, config.port, errorMessage)) {
        d->main.reset();
        return false;
    }
    if (config.perRegionPorts) {
        for (const QString& region : d->world->regionIds()) {
            auto* listener = new HttpListener(
                [this, region](HttpConnection* c, const HttpRequest& r) {
                    d->serve(c, r, region, false);
                },
                date, d->budget, this);
            if (!listener->listen(host, 0, errorMessage)) {
                delete listener;
                stop();
                return false;
            }
            d->regional.insert(region, listener);
        }
    }
    d->running = true;
    return true;
}

void SandboxServer::stop() {
    for (HttpListener* l : std::as_const(d->regional))
        delete l;
    d->regional.clear();
    d->main.reset();
    d->running = false;
}

bool SandboxServer::isRunning() const {
    return d->running;
}

QUrl SandboxServer::endpoint() const {
    if (!d->main)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->config.host);
    url.setPort(d->main->port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QHash<QString, QUrl> SandboxServer::regionEndpoints() const {
    QHash<QString, QUrl> out;
    for (auto it = d->regional.constBegin(); it != d->regional.constEnd(); ++it) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(d->config.host);
        url.setPort(it.value()->port());
        url.setPath(QStringLiteral("/"));
        out.insert(it.key(), url);
    }
    return out;
}

QHash<QString, quint16> SandboxServer::regionPorts() const {
    QHash<QString, quint16> out;
    for (auto it = d->regional.constBegin(); it != d->regional.constEnd(); ++it)
        out.insert(it.key(), it.value()->port());
    return out;
}

QString SandboxServer::secretId() const {
    return AccountRegistry::demoSecretId();
}

QString SandboxServer::secretKey() const {
    return AccountRegistry::demoSecretKey();
}

QString SandboxServer::adminToken() const {
    return QString::fromUtf8(d->adminToken);
}

int SandboxServer::openConnections() const {
    return d->budget->connections();
}

qint64 SandboxServer::bodyBytesInFlight() const {
    return d->budget->bodyBytesInFlight();
}

SandboxWorld* SandboxServer::world() const {
    return d->world.get();
}

FaultInjector* SandboxServer::faults() const {
    return d->faults.get();
}

SandboxConfig SandboxServer::config() const {
    return d->config;
}

AccountRegistry* SandboxServer::accounts() const {
    return &d->accounts;
}

RateLimiter* SandboxServer::rateLimiter() const {
    return &d->limiter;
}

void SandboxServer::addAccount(const QString& secretId, const QString& secretKey,
                               const QString& token) {
    d->accounts.add({secretId, secretKey, token});
}

} // namespace eipdesk::sandbox
