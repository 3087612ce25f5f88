// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

namespace eipdesk {

// Which failures are transient, and how long to wait before the next attempt.
class RetryPolicy {
public:
    enum class Decision {
        Finish,        // give the error to the caller
        Retry,         // send again after a backoff
        OutcomeUnknown // non-idempotent and the request may have reached the server
    };

    // RequestLimitExceeded*, LimitExceeded.ActionLimited: the server did nothing.
    static bool isRateLimitCode(const QString& code);
    // Rate limits plus ServiceUnavailable / ResourceUnavailable.
    static bool isTransientServiceCode(const QString& code);
    // Whether the failure left the request possibly delivered with no usable answer.
    static bool mayHaveReachedServer(const ApiError& error);

    static Decision decide(const ApiError& error, bool idempotent);

    // Exponential backoff with jitter for the given retry (1 = first retry): base * 2^(n-1),
    // capped at maxMs, plus up to 50% random jitter.
    static int backoffMs(int retry, int baseMs, int maxMs = 10000);
};

} // namespace eipdesk
