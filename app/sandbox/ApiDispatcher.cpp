// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ApiDispatcher.h"

#include "core/Logging.h"

#include "core/Clock.h"
#include "sandbox/AccountRegistry.h"
#include "sandbox/AddressActions.h"
#include "sandbox/CvmActions.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RequestDecoder.h"
#include "sandbox/ResourceActions.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/SignatureVerifier.h"
#include "sandbox/WireJson.h"

namespace eipdesk::sandbox {

namespace {
constexpr char Vpc[] = "2017-03-12";
constexpr char RegionApi[] = "2022-06-27";
} // namespace

ApiDispatcher::ApiDispatcher(SandboxWorld* world, FaultInjector* faults, AccountRegistry* accounts,
                             RateLimiter* limiter)
    : m_world(world)
    , m_faults(faults)
    , m_accounts(accounts)
    , m_limiter(limiter) {}

const QList<ApiDispatcher::Route>& ApiDispatcher::routes() {
    static const QList<Route> table{
        {"DescribeAddresses", Vpc, true, &AddressActions::describeAddresses},
        {"DisassociateAddress", Vpc, true, &AddressActions::disassociateAddress},
        {"AssociateAddress", Vpc, true, &AddressActions::associateAddress},
        {"DescribeTaskResult", Vpc, true, &ResourceActions::describeTaskResult},
        {"DescribeAddressQuota", Vpc, true, &ResourceActions::describeAddressQuota},
        {"DescribeNetworkInterfaces", Vpc, true, &ResourceActions::describeNetworkInterfaces},
        {"DisassociateNatGatewayAddress", Vpc, true,
         &ResourceActions::disassociateNatGatewayAddress},
        {"DescribeRegions", RegionApi, false, &ResourceActions::describeRegions},
        {"DescribeRegions", Vpc, false, &ResourceActions::describeCvmRegions},
        {"DescribeInstances", Vpc, true, &CvmActions::describeInstances}, // CVM 2017-03-12
    };
    return table;
}

qint64 ApiDispatcher::serverNowSecs() const {
    return m_world->clock()->nowMSecs() / 1000 + m_faults->clockOffsetSecs();
}

HttpResponse ApiDispatcher::handle(const HttpRequest& request, const QString& portRegion) {
    const QString requestId = WireJson::newRequestId();
    auto envelope = [&](const ActionError& e, int status = 200) {
        return HttpResponse::json(WireJson::error(e, requestId), status);
    };
    if (request.path != "/")
        return envelope(
            ActionError::make("InvalidRequest", QStringLiteral("The path must be `/`.")), 404);
    ApiCall call;
    if (ActionError e = RequestDecoder::decode(request, &call); e.isError()) {
        qCDebug(lcSandbox).noquote() << "undecodable request, RequestId" << requestId << e.code;
        return envelope(e);
    }
    call.accessRegion = portRegion;
    if (call.region.isEmpty())
        call.region = portRegion;

    std::optional<FaultRule> fault = m_faults->pick(call.action, call.region);
    if (fault) {
        switch (fault->kind) {
        case FaultRule::Kind::Drop: {
            HttpResponse r;
            r.delivery = HttpResponse::Delivery::Drop;
            return r;
        }
        case FaultRule::Kind::Http5xx:
            return envelope(
                ActionError::make("InternalError",
                                  QStringLiteral("Injected HTTP %1.").arg(fault->status)),
                fault->status);
        case FaultRule::Kind::Error:
            return envelope({fault->code, QStringLiteral("Injected fault.")});
        case FaultRule::Kind::Malformed:
        case FaultRule::Kind::Truncated:
            break;
        }
    }

    QJsonObject body;
    QList<QPair<QString, QByteArray>> rawFields;
    SignatureVerifier verifier(m_accounts);
    ActionError error = verifier.verify(request, &call, serverNowSecs());
    if (!error.isError())
        error = dispatch(call, body, rawFields);
    HttpResponse response = error.isError()
                                ? envelope(error)
                                : HttpResponse::json(WireJson::success(body, requestId, rawFields));
    if (fault && fault->kind == FaultRule::Kind::Malformed)
        response.body = "<html><body>502 Bad Gateway</body></html>{\"Response\":";
    if (fault && fault->kind == FaultRule::Kind::Truncated)
        response.delivery = HttpResponse::Delivery::Truncated;
    qCDebug(lcSandbox).noquote() << call.action << call.region << "RequestId" << requestId
                                 << (error.isError() ? error.code : QStringLiteral("ok"))
                                 << (fault ? "(fault injected)" : "");
    return response;
}

ActionError ApiDispatcher::dispatch(ApiCall& call, QJsonObject& response,
                                    QList<QPair<QString, QByteArray>>& rawFields) {
    const Route* route = nullptr;
    bool knownAction = false;
    for (const Route& r : routes()) {
        if (call.action != QLatin1String(r.action))
            continue;
        knownAction = true;
        if (call.version == QLatin1String(r.version))
            route = &r;
    }
    if (!knownAction)
        return ActionError::make(
            "InvalidAction", QStringLiteral("The action `%1` does not exist.").arg(call.action));
    if (!route) {
        if (call.action == QLatin1String("DisassociateAddress") ||
            call.action == QLatin1String("AssociateAddress"))
            return ActionError::make(
                "UnsupportedOperation.ActionNotFound",
                QStringLiteral("The action does not exist in version %1.").arg(call.version));
        return ActionError::make("NoSuchVersion",
                                 QStringLiteral("The version `%1` of `%2` does not exist.")
                                     .arg(call.version, call.action));
    }
    if (route->regional) {
        if (call.region.isEmpty())
            return ActionError::make(
                "MissingParameter",
                QStringLiteral("The request is missing the required parameter Region."));
        if (!m_world->region(call.region))
            return ActionError::make(
                "UnsupportedRegion",
                QStringLiteral("The region `%1` is not supported.").arg(call.region));
    }
    if (!m_limiter->allow(call.secretId, call.action, call.accessRegion,
                          m_world->clock()->monotonicMSecs()))
        return ActionError::make(
            "RequestLimitExceeded",
            QStringLiteral("Your request frequency of %1 exceeds %2 per second.")
                .arg(call.action)
                .arg(m_limiter->limit(call.action)));
    ActionContext ctx{call, *m_world, response, rawFields};
    return route->handler(ctx);
}

} // namespace eipdesk::sandbox
