// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace eipdesk {

bool RetryPolicy::isRateLimitCode(const QString& code) {
    return code.startsWith(QLatin1String("RequestLimitExceeded")) ||
           code == QLatin1String("LimitExceeded.ActionLimited");
}

bool RetryPolicy::isTransientServiceCode(const QString& code) {
    return isRateLimitCode(code) || code == QLatin1String("ServiceUnavailable") ||
           code == QLatin1String("ResourceUnavailable") || code == QLatin1String("ResourceInUse") ||
           code == QLatin1String("OperationDenied.MutexTaskRunning");
}

bool RetryPolicy::isTransient(const ApiError& error) {
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::None:
    case K::Canceled:
    case K::InvalidRequest:
    case K::Tls:
    case K::Proxy:
    case K::ResponseTooLarge:
        return false;
    case K::Service:
        return isTransientServiceCode(error.code);
    case K::Network:
    case K::ConnectionRefused:
    case K::HostNotFound:
    case K::Timeout:
    case K::HttpStatus:
    case K::MalformedResponse:
    case K::OutcomeUnknown:
        return true;
    }
    return false;
}

bool RetryPolicy::mayHaveReachedServer(const ApiError& error) {
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::Network:
    case K::Timeout:
    case K::MalformedResponse:
    case K::ResponseTooLarge:
        return true;
    case K::HttpStatus:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError& error, bool idempotent) {
    using K = ApiError::Kind;
    if (!error.isError())
        return Decision::Finish;
    if (error.kind == K::Service) {
        if (idempotent ? isTransientServiceCode(error.code) : isRateLimitCode(error.code))
            return Decision::Retry;
        return Decision::Finish;
    }
    // Nothing was sent: safe to retry anything.
    if (error.kind == K::ConnectionRefused || error.kind == K::HostNotFound)
        return Decision::Retry;
    if (error.kind == K::HttpStatus && error.httpStatus == 429)
        return Decision::Retry;
    if (!idempotent)
        return mayHaveReachedServer(error) ? Decision::OutcomeUnknown : Decision::Finish;
    if (error.kind == K::Network || error.kind == K::Timeout)
        return Decision::Retry;
    if (error.kind == K::HttpStatus && error.httpStatus >= 500)
        return Decision::Retry;
    return Decision::Finish;
}

int RetryPolicy::backoffMs(int retry, int baseMs, int maxMs) {
    const int shift = std::clamp(retry - 1, 0, 16);
    const qint64 delay = std::min<qint64>(static_cast<qint64>(baseMs) << shift, maxMs);
    const qint64 jitter = delay > 1 ? QRandomGenerator::global()->bounded(delay / 2 + 1) : 0;
    return static_cast<int>(delay + jitter);
}

} // namespace eipdesk
