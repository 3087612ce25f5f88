// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

namespace eipdesk {

// The one place that decides which failures are transient (worth another attempt after a
// delay) and whether the client retries a request by itself, and how long it waits. The
// error catalog (ops/ErrorCatalog) asks here, so what a message says about retrying is what
// the client does. Lists per the spec (§5.3): rate limits, ServiceUnavailable,
// ResourceUnavailable, ResourceInUse, OperationDenied.MutexTaskRunning and transport errors;
// never InternalError, AuthFailure, InvalidParameter*, ... .
class RetryPolicy {
public:
    enum class Decision {
        Finish,        // give the error to the caller
        Retry,         // send again after a backoff
        OutcomeUnknown // non-idempotent and the request may have reached the server
    };

    // RequestLimitExceeded*, LimitExceeded.ActionLimited: the server did nothing.
    static bool isRateLimitCode(const QString& code);
    // Rate limits plus ServiceUnavailable, ResourceUnavailable, ResourceInUse and
    // OperationDenied.MutexTaskRunning.
    static bool isTransientServiceCode(const QString& code);
    // Worth another attempt after a delay when the request is a read (or re-read): a transient
    // service code, a transport failure, an unexpected HTTP status or an unreadable reply.
    static bool isTransient(const ApiError& error);
    // Whether the failure left the request possibly delivered with no usable answer.
    static bool mayHaveReachedServer(const ApiError& error);

    static Decision decide(const ApiError& error, bool idempotent);

    // Exponential backoff with jitter for the given retry (1 = first retry): base * 2^(n-1),
    // capped at maxMs, plus up to 50% random jitter.
    static int backoffMs(int retry, int baseMs, int maxMs = 10000);
};

} // namespace eipdesk
