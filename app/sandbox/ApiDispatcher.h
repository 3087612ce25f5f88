// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionContext.h"
#include "sandbox/ActionError.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"

#include <functional>

namespace eipdesk {
class Clock;
}

namespace eipdesk::sandbox {

class AccountRegistry;
class FaultInjector;
class RateLimiter;
class SandboxWorld;

// Handles one API request end to end: decode, faults, signature, rate limit, routing to the
// action, envelope. Every response carries a RequestId; business errors use HTTP 200.
class ApiDispatcher {
public:
    ApiDispatcher(SandboxWorld* world, FaultInjector* faults, AccountRegistry* accounts,
                  RateLimiter* limiter);

    // portRegion: the region a per-region port serves (used when X-TC-Region is absent).
    HttpResponse handle(const HttpRequest& request, const QString& portRegion);

    qint64 serverNowSecs() const;

private:
    using Handler = std::function<ActionError(ActionContext&)>;
    struct Route {
        const char* action;
        const char* version;
        bool regional;
        Handler handler;
    };
    static const QList<Route>& routes();
    ActionError dispatch(ApiCall& call, QJsonObject& response,
                         QList<QPair<QString, QByteArray>>& rawFields);

    SandboxWorld* m_world;
    FaultInjector* m_faults;
    AccountRegistry* m_accounts;
    RateLimiter* m_limiter;
};

} // namespace eipdesk::sandbox
