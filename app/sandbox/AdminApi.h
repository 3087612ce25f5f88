// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"

#include <QJsonObject>

namespace eipdesk::sandbox {

class AccountRegistry;
class FaultInjector;
class RateLimiter;
class SandboxWorld;

// The test-control endpoints under /_admin/ (main port only, loopback only), documented in
// app/sandbox/README.md. Answers {"ok":true,...} or HTTP 400 {"ok":false,"error":"..."}.
class AdminApi {
public:
    AdminApi(SandboxWorld* world, FaultInjector* faults, AccountRegistry* accounts,
             RateLimiter* limiter);

    HttpResponse handle(const HttpRequest& request);

private:
    HttpResponse state();
    HttpResponse reset(const QJsonObject& body);
    HttpResponse faults(const QByteArray& method, const QJsonObject& body);
    HttpResponse config(const QJsonObject& body);
    HttpResponse accounts(const QByteArray& method, const QJsonObject& body);
    HttpResponse script(const QJsonObject& body);
    HttpResponse address(const QByteArray& method, const QJsonObject& body, const QString& id);
    HttpResponse instance(const QJsonObject& body);
    HttpResponse nat(const QJsonObject& body);

    SandboxWorld* m_world;
    FaultInjector* m_faults;
    AccountRegistry* m_accounts;
    RateLimiter* m_limiter;
};

} // namespace eipdesk::sandbox
