// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiCallPrivate.h"
#include "api/ApiClientPrivate.h"
#include "api/NetworkErrorMapper.h"
#include "api/OneShotBody.h"
#include "api/RequestBuilder.h"
#include "api/ResponseParser.h"
#include "api/RetryPolicy.h"
#include "core/Clock.h"
#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

#include <utility>

namespace eipdesk {

ApiCall::Private::Private(ApiCall* owner, ApiClient* c, const ApiRequest& r)
    : q(owner)
    , client(c)
    , request(r) {
    timeout.setSingleShot(true);
    backoff.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, q, [this] { onTimeout(); });
    QObject::connect(&backoff, &QTimer::timeout, q, [this] {
        if (client)
            client->d->enqueue(q);
    });
}

void ApiCall::Private::start() {
    auto* cd = client->d;
    QString problem;
    if (request.action.isEmpty()) {
        problem = QStringLiteral("the request has no action");
    } else if (!cd->credentials.isComplete()) {
        problem = QStringLiteral("no credentials (SecretId and SecretKey) are set");
    } else {
        url = cd->endpoints.resolve(request.service, request.region);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty())
            problem = QStringLiteral("the endpoint URL is not valid");
        else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            problem = QStringLiteral("the endpoint must use https");
        else if (scheme == QLatin1String("http") && !EndpointConfig::isLoopback(url))
            problem = QStringLiteral("plain http is only allowed for loopback hosts; use https "
                                     "for %1")
                          .arg(url.host());
    }
    if (!problem.isEmpty()) {
        const ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, problem);
        // Report asynchronously so callers can connect to finished() first.
        QTimer::singleShot(0, q, [this, error] { finish(error, {}, {}); });
        return;
    }
    limiterScope = RateLimiter::scopeFor(url);
    cd->enqueue(q);
}

void ApiCall::Private::sendNow() {
    if (finished || !client)
        return;
    auto* cd = client->d;
    if (!cd->credentials.isComplete()) {
        // Cleared while this call waited (the profile closed): nothing is signed with no key.
        // Reported asynchronously, as start() does, so a caller still connecting hears it.
        const ApiError error =
            ApiError::make(ApiError::Kind::InvalidRequest,
                           QStringLiteral("no credentials (SecretId and SecretKey) are set"));
        QTimer::singleShot(0, q, [this, error] { finish(error, {}, {}); });
        return;
    }
    ++attempts;
    body.clear();
    decoded.clear();
    timedOut = false;
    tooLarge = false;
    sslErrorText.clear();

    const qint64 timestamp = cd->signingTimeMSecs() / 1000;
    const quint64 nonce = QRandomGenerator::global()->bounded(1u, 2147483647u);
    const RequestBuilder::Built built = RequestBuilder::build(
        request, url, cd->credentials, cd->signatureMethod, timestamp, cd->language, nonce);
    QNetworkReply* r = nullptr;
    if (request.isIdempotent()) {
        r = cd->network->post(built.request, built.body);
    } else {
        // A body Qt cannot rewind: no hidden re-send of a non-idempotent action.
        QNetworkRequest oneShot = built.request;
        oneShot.setHeader(QNetworkRequest::ContentLengthHeader, built.body.size());
        oneShot.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBody(built.body);
        r = cd->network->post(oneShot, device);
        device->setParent(r);
    }
    reply = r;
    QObject::connect(r, &QNetworkReply::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(r, &QNetworkReply::metaDataChanged, q, [this] { onMetaData(); });
    QObject::connect(r, &QNetworkReply::finished, q, [this] { onReplyFinished(); });
    QObject::connect(r, &QNetworkReply::sslErrors, q, [this](const QList<QSslError>& errors) {
        // Never ignored: the reply then fails with a handshake error. Keep the reason.
        QStringList texts;
        for (const auto& e : errors)
            texts << e.errorString();
        sslErrorText = texts.join(QStringLiteral("; "));
    });
    timeout.start(request.timeoutMs > 0 ? request.timeoutMs : cd->defaultTimeoutMs);
    emit client->requestSent(request.action, attempts);
}

void ApiCall::Private::onMetaData() {
    if (!reply || !client)
        return;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > client->d->maxResponseBytes) {
        tooLarge = true;
        reply->abort();
        return;
    }
    // Room for the announced body at once (read straight into it below): no regrowing and
    // recopying of a page as it arrives. Bounded: the header is the server's word only.
    constexpr qint64 maxReserve = 4 * 1024 * 1024;
    if (length.isValid() && body.isEmpty())
        body.reserve(qsizetype(qBound<qint64>(0, length.toLongLong(), maxReserve)));
}

bool ApiCall::Private::readAvailable(QNetworkReply* r) {
    const qint64 available = r->bytesAvailable();
    if (available > client->d->maxResponseBytes - body.size()) {
        tooLarge = true;
        body.clear();
        return false;
    }
    if (available <= 0)
        return true;
    const qsizetype at = body.size();
    body.resize(at + qsizetype(available));
    const qint64 n = r->read(body.data() + at, available);
    body.resize(at + qsizetype(qMax<qint64>(0, n)));
    return true;
}

void ApiCall::Private::onReadyRead() {
    if (reply && client && !readAvailable(reply))
        reply->abort();
}

void ApiCall::Private::onTimeout() {
    if (!reply)
        return;
    timedOut = true;
    reply->abort();
}

void ApiCall::Private::dropReply() {
    timeout.stop();
    if (limiterStamp >= 0 && client) {
        // The attempt is over: its rate-limit slot counts from now (see RateLimiter::markDone).
        client->d->limiter.markDone(request.action, limiterScope, limiterStamp,
                                    client->d->clock->monotonicMSecs());
        limiterStamp = -1;
    }
    if (reply) {
        QNetworkReply* r = reply;
        reply = nullptr;
        QObject::disconnect(r, nullptr, q, nullptr);
        if (r->isRunning())
            r->abort();
        r->deleteLater();
    }
}

void ApiCall::Private::onReplyFinished() {
    if (!reply || !client)
        return;
    QNetworkReply* r = reply;
    if (!tooLarge && !timedOut)
        readAvailable(r);
    const QVariant statusValue = r->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusValue.isValid() ? statusValue.toInt() : 0;
    const QNetworkReply::NetworkError netError = r->error();
    const QString errorString = r->errorString();
    if (r->hasRawHeader("Date"))
        client->d->noteServerDate(r->rawHeader("Date"));
    dropReply();

    ApiError error;
    QJsonObject response;
    QString requestId;
    if (tooLarge) {
        error = ApiError::make(
            ApiError::Kind::ResponseTooLarge,
            QStringLiteral("response body larger than %1 bytes").arg(client->d->maxResponseBytes),
            status);
    } else if (timedOut) {
        error = ApiError::make(
            ApiError::Kind::Timeout,
            QStringLiteral("no complete reply within %1 ms").arg(timeout.interval()));
    } else if (status != 0 && status != 200) {
        const auto parsed = ResponseParser::parseHttpError(status, body);
        error = parsed.error;
        requestId = parsed.requestId;
    } else if (netError != QNetworkReply::NoError) {
        error = NetworkErrorMapper::map(netError, errorString, sslErrorText);
        if (status == 200 && error.kind == ApiError::Kind::Network) {
            // Headers arrived, then the connection broke: a truncated body.
            error = ApiError::make(ApiError::Kind::MalformedResponse,
                                   QStringLiteral("response truncated: %1").arg(errorString), 200);
        }
    } else if (request.decoder && request.decodeOffThread) {
        decodeOffThread();
        return;
    } else if (!request.decoder || !request.decoder(body, &decoded, &requestId)) {
        decoded.clear();
        requestId.clear();
        const auto parsed = ResponseParser::parse(body);
        error = parsed.error;
        response = parsed.response;
        requestId = parsed.requestId;
    }
    body.clear();
    handleOutcome(error, response, requestId);
}

void ApiCall::Private::decodeOffThread() {
    // The weak pointer is read on this thread only (in the posted function); the decoding
    // thread just passes the shared holder on. The client outlives the task (its destructor
    // waits for the pool), so it can receive the result: dropped with it if it goes first.
    struct Holder {
        QPointer<ApiCall> call;
    };
    auto holder = std::make_shared<Holder>(Holder{q});
    ApiClient* receiver = client;
    receiver->d->decodePool.start(
        [receiver, holder, decoder = request.decoder, bytes = std::exchange(body, {})] {
            QVariant value;
            QString requestId;
            const bool ok = decoder(bytes, &value, &requestId);
            // The body goes back only when it must be read the ordinary way.
            QMetaObject::invokeMethod(
                receiver,
                [holder, ok, value = std::move(value), requestId = std::move(requestId),
                 bytes = ok ? QByteArray() : bytes]() mutable {
                    if (ApiCall* call = holder->call.data())
                        call->d->onDecoded(ok, std::move(value), requestId, bytes);
                },
                Qt::QueuedConnection);
        });
}

void ApiCall::Private::onDecoded(bool ok, QVariant value, const QString& requestId,
                                 const QByteArray& bytes) {
    if (finished || !client)
        return; // aborted (or its client gone) while the body was being read
    if (ok) {
        decoded = std::move(value);
        handleOutcome({}, {}, requestId);
        return;
    }
    // Not understood: the ordinary path, as for every other reply.
    const auto parsed = ResponseParser::parse(bytes);
    handleOutcome(parsed.error, parsed.response, parsed.requestId);
}

void ApiCall::Private::handleOutcome(const ApiError& error, const QJsonObject& response,
                                     const QString& requestId) {
    auto* cd = client->d;
    if (!error.isError()) {
        finish(error, response, requestId);
        return;
    }
    // Clock skew: the reply's Date header gave us the server's time; sign again once.
    if (error.kind == ApiError::Kind::Service &&
        error.code == QLatin1String("AuthFailure.SignatureExpire") && !resigned &&
        cd->hasClockOffset) {
        resigned = true;
        cd->enqueue(q);
        return;
    }
    const RetryPolicy::Decision decision = RetryPolicy::decide(error, request.isIdempotent());
    if (decision == RetryPolicy::Decision::Retry && attempts < cd->maxAttempts) {
        backoff.start(RetryPolicy::backoffMs(attempts, cd->retryBaseDelayMs));
        return;
    }
    if (decision == RetryPolicy::Decision::OutcomeUnknown) {
        ApiError unknown = ApiError::make(
            ApiError::Kind::OutcomeUnknown,
            QStringLiteral("%1 may have reached the server but no usable reply came (%2); "
                           "re-read the state before trying again")
                .arg(request.action, error.toString()),
            error.httpStatus);
        unknown.requestId = error.requestId;
        finish(unknown, {}, requestId);
        return;
    }
    finish(error, {}, requestId);
}

void ApiCall::Private::finish(const ApiError& error, const QJsonObject& response,
                              const QString& requestId) {
    if (finished)
        return;
    finished = true;
    dropReply();
    backoff.stop();
    if (client)
        client->d->remove(q);
    ApiResponse result;
    result.response = response;
    if (!error.isError())
        result.decoded = std::exchange(decoded, {});
    result.error = error;
    result.requestId = requestId.isEmpty() ? error.requestId : requestId;
    if (result.error.isError() && result.error.requestId.isEmpty())
        result.error.requestId = result.requestId;
    result.attempts = attempts;
    // Never the payload, headers or signature: which action, where, which RequestId, how.
    if (result.error.isError())
        qCDebug(lcApi).noquote() << request.action << request.region << "RequestId"
                                 << result.requestId << "failed:" << result.error.code << "attempts"
                                 << attempts;
    else
        qCDebug(lcApi).noquote() << request.action << request.region << "RequestId"
                                 << result.requestId << "ok, attempts" << attempts;
    emit q->finished(result);
    q->deleteLater();
}

ApiCall::ApiCall(QObject* parent)
    : QObject(parent)
    , d(nullptr) {}

ApiCall::~ApiCall() {
    if (d) {
        d->dropReply();
        if (d->client)
            d->client->d->remove(this);
    }
    delete d;
}

void ApiCall::abort() {
    if (!d || d->finished)
        return;
    d->finish(ApiError::make(ApiError::Kind::Canceled, QStringLiteral("canceled by the caller")),
              {}, {});
}

bool ApiCall::isFinished() const {
    return d && d->finished;
}

const ApiRequest& ApiCall::request() const {
    return d->request;
}

} // namespace eipdesk
