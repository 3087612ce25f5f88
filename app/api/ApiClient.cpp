// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/ApiCallPrivate.h"
#include "api/ApiClientPrivate.h"
#include "api/ResponseParser.h"
#include "core/Clock.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <algorithm>

namespace eipdesk {

ApiClient::Private::Private(ApiClient* owner, QNetworkAccessManager* nam, const Clock* c)
    : q(owner)
    , network(nam)
    , clock(c) {
    language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                        : QStringLiteral("en-US");
    pumpTimer.setSingleShot(true);
    QObject::connect(&pumpTimer, &QTimer::timeout, q, [this] { pump(); });
}

void ApiClient::Private::enqueue(ApiCall* call) {
    waiting.append(call);
    pump();
}

void ApiClient::Private::remove(ApiCall* call) {
    waiting.removeAll(call);
}

void ApiClient::Private::pump() {
    qint64 nextWait = -1;
    // Calls leave the queue in FIFO order per action and endpoint; the others are not held up.
    QSet<QPair<QString, QString>> blocked;
    const auto snapshot = waiting;
    for (const auto& call : snapshot) {
        if (!call) {
            waiting.removeAll(call);
            continue;
        }
        const QString& action = call->d->request.action;
        const QString& scope = call->d->limiterScope;
        if (blocked.contains({action, scope}))
            continue;
        const qint64 now = clock->monotonicMSecs();
        const qint64 wait = limiter.tryAcquire(action, scope, now);
        if (wait > 0) {
            blocked.insert({action, scope});
            nextWait = nextWait < 0 ? wait : std::min(nextWait, wait);
            continue;
        }
        waiting.removeAll(call);
        call->d->limiterStamp = now;
        call->d->sendNow();
    }
    waiting.removeAll(QPointer<ApiCall>());
    if (nextWait >= 0) {
        // The injected clock may be a test clock that real time does not move: look again
        // often (at most every 20 ms) rather than trusting one long timer.
        pumpTimer.start(static_cast<int>(std::clamp<qint64>(nextWait, 1, 20)));
    }
}

void ApiClient::Private::noteServerDate(const QByteArray& dateHeader) {
    // Many replies within one second carry the same Date: parse each text once (QLocale's
    // date parsing cost ~40 us a reply, 1.7% of a 10,000-EIP load's main thread).
    if (dateHeader != lastDateHeader) {
        lastDateHeader = dateHeader;
        lastServerTime = ResponseParser::parseHttpDate(dateHeader);
    }
    const QDateTime serverTime = lastServerTime;
    if (!serverTime.isValid())
        return;
    qint64 offset = serverTime.toMSecsSinceEpoch() - clock->nowMSecs();
    // The Date header has a resolution of one second: smaller offsets are noise.
    if (offset > -2000 && offset < 2000)
        offset = 0;
    const bool changed = !hasClockOffset || offset != clockOffsetMs;
    clockOffsetMs = offset;
    hasClockOffset = true;
    if (changed)
        emit q->clockOffsetChanged(offset);
}

qint64 ApiClient::Private::signingTimeMSecs() const {
    return clock->nowMSecs() + (hasClockOffset ? clockOffsetMs : 0);
}

ApiClient::ApiClient(QNetworkAccessManager* network, const Clock* clock, QObject* parent)
    : QObject(parent)
    , d(new Private(this, network, clock)) {
    // The system proxy by default, unless the application configured the manager itself.
    if (network && network->proxy().type() == QNetworkProxy::DefaultProxy &&
        !network->proxyFactory())
        QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ApiClient::~ApiClient() {
    delete d;
}

void ApiClient::setCredentials(const Credentials& credentials) {
    d->credentials = credentials;
}

Credentials ApiClient::credentials() const {
    return d->credentials;
}

void ApiClient::setSignatureMethod(SignatureMethod method) {
    d->signatureMethod = method;
}

SignatureMethod ApiClient::signatureMethod() const {
    return d->signatureMethod;
}

void ApiClient::setEndpointConfig(const EndpointConfig& config) {
    d->endpoints = config;
}

EndpointConfig ApiClient::endpointConfig() const {
    return d->endpoints;
}

void ApiClient::setLanguage(const QString& language) {
    d->language = language;
}

QString ApiClient::language() const {
    return d->language;
}

void ApiClient::setDefaultTimeoutMs(int ms) {
    d->defaultTimeoutMs = ms > 0 ? ms : 15000;
}

void ApiClient::setMaxAttempts(int attempts) {
    d->maxAttempts = std::max(1, attempts);
}

void ApiClient::setRateLimitScale(double scale) {
    d->limiter.setScale(scale);
}

void ApiClient::setRetryBaseDelayMs(int ms) {
    d->retryBaseDelayMs = std::max(0, ms);
}

void ApiClient::setMaxResponseBytes(qint64 bytes) {
    d->maxResponseBytes = std::max<qint64>(1024, bytes);
}

qint64 ApiClient::maxResponseBytes() const {
    return d->maxResponseBytes;
}

ApiCall* ApiClient::send(const ApiRequest& request) {
    auto* call = new ApiCall(this);
    call->d = new ApiCall::Private(call, this, request);
    call->d->start();
    return call;
}

qint64 ApiClient::clockOffsetMs() const {
    return d->clockOffsetMs;
}

bool ApiClient::hasClockOffset() const {
    return d->hasClockOffset;
}

} // namespace eipdesk
