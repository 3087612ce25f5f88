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
#include <functional>
#include <iterator>
#include <vector>

namespace eipdesk {

ApiClient::Private::Private(ApiClient* owner, QNetworkAccessManager* nam, const Clock* c)
    : q(owner)
    , network(nam)
    , clock(c) {
    language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                        : QStringLiteral("en-US");
    pumpTimer.setSingleShot(true);
    QObject::connect(&pumpTimer, &QTimer::timeout, q, [this] { pump(); });
    decodePool.setMaxThreadCount(1); // pages in any order; one core left for the window
    decodePool.setObjectName(QStringLiteral("eipdesk-decode"));
    decodePool.setExpiryTimeout(-1); // once started (startDecoder()), for the client's life
}

void ApiClient::Private::startDecoder() {
    // The thread's start-up (an event dispatcher, the C library's arena: milliseconds on a
    // busy machine) overlaps the request's round trip instead of delaying its first page. It
    // then stays: a reload's pages find it ready.
    if (decoderStarted)
        return;
    decoderStarted = true;
    decodePool.start([] {});
}

namespace {

int pumpDelayMs(qint64 wait) {
    // The injected clock may be a test clock that real time does not move: look again
    // often (at most every 20 ms) rather than trusting one long timer.
    return static_cast<int>(std::clamp<qint64>(wait, 1, 20));
}

} // namespace

void ApiClient::Private::dropStaleHead(Fifo& fifo) {
    while (!fifo.calls.empty()) {
        const Waiting& head = fifo.calls.front();
        if (head.call && head.call->d->queueTicket == head.ticket)
            return;
        fifo.calls.pop_front();
    }
}

void ApiClient::Private::enqueue(ApiCall* call) {
    const QString& action = call->d->request.action;
    const QString& scope = call->d->limiterScope;
    const QString key = action + QLatin1Char('\n') + scope;
    auto it = fifos.find(key);
    if (it == fifos.end())
        it = fifos.emplace(key, Fifo{action, scope, {}}).first;
    const quint64 ticket = nextTicket++;
    call->d->queueTicket = ticket;
    it->second.calls.push_back({call, ticket});
    if (pumping > 0) {
        pumpAgain = true; // enqueued from within a send: the running pump looks again
        return;
    }
    drain(it->second);
}

void ApiClient::Private::remove(ApiCall* call) {
    // O(1): the entry goes stale and is dropped when it reaches its FIFO's head.
    call->d->queueTicket = 0;
}

qint64 ApiClient::Private::sendHead(Fifo& fifo) {
    const qint64 now = clock->monotonicMSecs();
    const qint64 wait = limiter.tryAcquire(fifo.action, fifo.scope, now);
    if (wait > 0)
        return wait;
    const QPointer<ApiCall> call = fifo.calls.front().call;
    fifo.calls.pop_front();
    call->d->queueTicket = 0;
    call->d->limiterStamp = now;
    call->d->sendNow();
    return 0;
}

void ApiClient::Private::drain(Fifo& fifo) {
    ++pumping;
    qint64 wait = 0;
    for (dropStaleHead(fifo); !fifo.calls.empty() && wait == 0; dropStaleHead(fifo))
        wait = sendHead(fifo);
    --pumping;
    if (wait > 0 && (!pumpTimer.isActive() || pumpTimer.remainingTime() > pumpDelayMs(wait)))
        pumpTimer.start(pumpDelayMs(wait));
    if (pumping == 0 && pumpAgain)
        pump();
}

void ApiClient::Private::pump() {
    if (pumping > 0) {
        pumpAgain = true;
        return;
    }
    ++pumping;
    qint64 nextWait = -1;
    // Calls leave in FIFO order per action and endpoint; a held (action, endpoint) does not
    // hold up the others. Across FIFOs the calls free to go leave in the order they came: a
    // merge of the FIFOs' heads by ticket.
    using Head = std::pair<quint64, Fifo*>;
    std::vector<Head> heads;
    do {
        pumpAgain = false;
        nextWait = -1;
        heads.clear();
        for (auto& entry : fifos) {
            dropStaleHead(entry.second);
            if (!entry.second.calls.empty())
                heads.emplace_back(entry.second.calls.front().ticket, &entry.second);
        }
        std::make_heap(heads.begin(), heads.end(), std::greater<>());
        while (!heads.empty()) {
            std::pop_heap(heads.begin(), heads.end(), std::greater<>());
            Fifo* fifo = heads.back().second;
            const quint64 ticket = heads.back().first;
            heads.pop_back();
            dropStaleHead(*fifo); // a send may have removed calls meanwhile
            if (fifo->calls.empty())
                continue;
            if (fifo->calls.front().ticket != ticket) {
                heads.emplace_back(fifo->calls.front().ticket, fifo);
                std::push_heap(heads.begin(), heads.end(), std::greater<>());
                continue;
            }
            const qint64 wait = sendHead(*fifo);
            if (wait > 0) {
                nextWait = nextWait < 0 ? wait : std::min(nextWait, wait);
                continue;
            }
            dropStaleHead(*fifo);
            if (!fifo->calls.empty()) {
                heads.emplace_back(fifo->calls.front().ticket, fifo);
                std::push_heap(heads.begin(), heads.end(), std::greater<>());
            }
        }
    } while (pumpAgain);
    --pumping;
    for (auto it = fifos.begin(); it != fifos.end();)
        it = it->second.calls.empty() ? fifos.erase(it) : std::next(it);
    if (nextWait >= 0)
        pumpTimer.start(pumpDelayMs(nextWait));
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
    // A decode still running posts its result to this object: let it end while this is one
    // (the posted result is then dropped with the object; its call is gone or finishes without).
    d->decodePool.waitForDone();
    d->credentials.wipe();
    delete d;
}

void ApiClient::setCredentials(const Credentials& credentials) {
    d->credentials.wipe();
    d->credentials = credentials;
}

void ApiClient::clearCredentials() {
    d->credentials.wipe();
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
    if (request.decodeOffThread)
        d->startDecoder();
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
