// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AdminApi.h"

#include "sandbox/AccountRegistry.h"
#include "sandbox/BoundedInteger.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RequestDecoder.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace eipdesk::sandbox {

namespace {

HttpResponse ok(QJsonObject o = {}) {
    o.insert(QStringLiteral("ok"), true);
    return HttpResponse::json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpResponse bad(const QString& message, int status = 400) {
    return HttpResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                        {QStringLiteral("error"), message}})
                                  .toJson(QJsonDocument::Compact),
                              status);
}

} // namespace

AdminApi::AdminApi(SandboxWorld* world, FaultInjector* faults, AccountRegistry* accounts,
                   RateLimiter* limiter)
    : m_world(world)
    , m_faults(faults)
    , m_accounts(accounts)
    , m_limiter(limiter) {}

HttpResponse AdminApi::handle(const HttpRequest& request) {
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return bad(QStringLiteral("the body must be a JSON object"));
        body = doc.object();
    }
    const QByteArray m = request.method;
    const QByteArray what = request.path.mid(int(qstrlen("/_admin/")));
    QString id;
    QList<QPair<QByteArray, QByteArray>> query;
    if (const ActionError e = RequestDecoder::parseForm(request.query, &query, 16); e.isError())
        return bad(e.message);
    for (const auto& p : std::as_const(query))
        if (p.first == "id")
            id = QString::fromUtf8(p.second);
    if (what == "state" && m == "GET")
        return state();
    if (what == "reset" && m == "POST")
        return reset(body);
    if (what == "faults")
        return faults(m, body);
    if (what == "config" && m == "POST")
        return config(body);
    if (what == "accounts")
        return accounts(m, body);
    if (what == "script" && m == "POST")
        return script(body);
    if (what == "address")
        return address(m, body, id);
    if (what == "instance" && m == "POST")
        return instance(body);
    if (what == "nat" && m == "POST")
        return nat(body);
    return bad(QStringLiteral("unknown admin endpoint or method"), 404);
}

HttpResponse AdminApi::state() {
    QJsonObject limits;
    for (const char* a : {"DescribeAddresses", "DisassociateAddress", "AssociateAddress",
                          "DescribeTaskResult", "DescribeAddressQuota", "DescribeNetworkInterfaces",
                          "DisassociateNatGatewayAddress", "DescribeRegions"})
        limits.insert(QLatin1String(a), m_limiter->limit(QLatin1String(a)));
    return ok({{QStringLiteral("world"), m_world->summary()},
               {QStringLiteral("faults"), m_faults->toJson()},
               {QStringLiteral("rateLimits"), limits},
               {QStringLiteral("enforceRateLimits"), m_limiter->isEnabled()},
               {QStringLiteral("accounts"), QJsonArray::fromStringList(m_accounts->secretIds())}});
}

HttpResponse AdminApi::reset(const QJsonObject& body) {
    if (body.isEmpty()) {
        m_world->regenerate();
    } else {
        const QJsonObject summary = m_world->summary();
        qint64 seed = qint64(m_world->seed() & ((quint64(1) << 53) - 1));
        qint64 addresses = summary.value(QLatin1String("addresses")).toInt();
        qint64 regions = m_world->regionIds().size();
        QString error;
        if (!readBoundedInteger(body, QLatin1String("seed"), 0, qint64(1) << 53, &seed, &error) ||
            !readBoundedInteger(body, QLatin1String("addresses"), 0, 1000000, &addresses, &error) ||
            !readBoundedInteger(body, QLatin1String("regions"), 1, 20, &regions, &error))
            return bad(error);
        if (!body.contains(QLatin1String("seed")))
            seed = qint64(m_world->seed());
        m_world->generate(quint64(seed), int(addresses), int(regions));
    }
    m_limiter->reset();
    return ok({{QStringLiteral("world"), m_world->summary()}});
}

HttpResponse AdminApi::faults(const QByteArray& method, const QJsonObject& body) {
    if (method == "DELETE") {
        m_faults->clear();
    } else if (method == "POST") {
        QString error;
        if (!m_faults->load(body, &error))
            return bad(error);
    } else if (method != "GET") {
        return bad(QStringLiteral("use GET, POST or DELETE"), 405);
    }
    return ok({{QStringLiteral("faults"), m_faults->toJson()}});
}

HttpResponse AdminApi::config(const QJsonObject& body) {
    // Every number is checked before anything changes: a bad request changes nothing.
    qint64 unbindMs = m_world->unbindDurationMs();
    qint64 dailyLimit = m_world->dailyReallocateLimit();
    qint64 latency = m_faults->latencyMs();
    qint64 jitter = m_faults->jitterMs();
    qint64 offset = m_faults->clockOffsetSecs();
    QString error;
    if (!readBoundedInteger(body, QLatin1String("unbindDurationMs"), 0, 3600000, &unbindMs,
                            &error) ||
        !readBoundedInteger(body, QLatin1String("dailyReallocateLimit"), 0, 1000000, &dailyLimit,
                            &error) ||
        !readBoundedInteger(body, QLatin1String("latencyMs"), 0, 600000, &latency, &error) ||
        !readBoundedInteger(body, QLatin1String("jitterMs"), 0, 600000, &jitter, &error) ||
        !readBoundedInteger(body, QLatin1String("clockOffsetSecs"),
                            -FaultInjector::MaxClockOffsetSecs, FaultInjector::MaxClockOffsetSecs,
                            &offset, &error))
        return bad(error);
    const QJsonObject limits = body.value(QLatin1String("rateLimits")).toObject();
    QHash<QString, int> newLimits;
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        qint64 limit = 0;
        if (!readBoundedInteger(limits, QLatin1String(it.key().toLatin1()), 0, 1000000, &limit,
                                &error))
            return bad(error);
        newLimits.insert(it.key(), int(limit));
    }
    if (body.contains(QLatin1String("unbindDurationMs")))
        m_world->setUnbindDurationMs(int(unbindMs));
    if (body.contains(QLatin1String("enforceRateLimits")))
        m_limiter->setEnabled(body.value(QLatin1String("enforceRateLimits")).toBool());
    if (body.contains(QLatin1String("site")))
        m_world->setInternational(body.value(QLatin1String("site")).toString() ==
                                  QLatin1String("intl"));
    if (body.contains(QLatin1String("unsupportedAccount")))
        m_world->setAccountSupported(body.value(QLatin1String("unsupportedAccount")).toString(),
                                     false);
    if (body.contains(QLatin1String("dailyReallocateLimit")))
        m_world->setDailyReallocateLimit(int(dailyLimit));
    for (auto it = newLimits.constBegin(); it != newLimits.constEnd(); ++it)
        m_limiter->setLimit(it.key(), it.value());
    if (body.contains(QLatin1String("latencyMs")) || body.contains(QLatin1String("jitterMs")))
        m_faults->setLatency(int(latency), int(jitter));
    if (body.contains(QLatin1String("clockOffsetSecs")))
        m_faults->setClockOffsetSecs(offset);
    if (body.contains(QLatin1String("neverFinishTasks")))
        m_faults->setNeverFinishTasks(body.value(QLatin1String("neverFinishTasks")).toBool());
    return state();
}

HttpResponse AdminApi::accounts(const QByteArray& method, const QJsonObject& body) {
    if (method == "POST") {
        Account a{body.value(QLatin1String("secretId")).toString(),
                  body.value(QLatin1String("secretKey")).toString(),
                  body.value(QLatin1String("token")).toString()};
        if (a.secretId.isEmpty() || a.secretKey.isEmpty())
            return bad(QStringLiteral("secretId and secretKey are required"));
        m_accounts->add(a);
    } else if (method == "DELETE") {
        if (!m_accounts->remove(body.value(QLatin1String("secretId")).toString()))
            return bad(QStringLiteral("no such account (the demo account cannot be removed)"), 404);
    } else if (method != "GET") {
        return bad(QStringLiteral("use GET, POST or DELETE"), 405);
    }
    return ok({{QStringLiteral("accounts"), QJsonArray::fromStringList(m_accounts->secretIds())}});
}

HttpResponse AdminApi::script(const QJsonObject& body) {
    const QString id = body.value(QLatin1String("addressId")).toString();
    const QString outcome = body.value(QLatin1String("outcome")).toString();
    if (!m_world->address(id))
        return bad(QStringLiteral("no such address"), 404);
    if (outcome == QLatin1String("fail"))
        m_world->scriptTaskOutcome(id, TaskOutcome::Fail);
    else if (outcome == QLatin1String("never"))
        m_world->scriptTaskOutcome(id, TaskOutcome::NeverFinish);
    else if (outcome == QLatin1String("succeed"))
        m_world->scriptTaskOutcome(id, TaskOutcome::Succeed);
    else
        return bad(QStringLiteral("outcome must be fail, never or succeed"));
    return ok();
}

HttpResponse AdminApi::address(const QByteArray& method, const QJsonObject& body,
                               const QString& id) {
    const QString addressId = id.isEmpty() ? body.value(QLatin1String("addressId")).toString() : id;
    auto a = m_world->address(addressId);
    if (!a)
        return bad(QStringLiteral("no such address"), 404);
    if (method == "POST") {
        if (body.contains(QLatin1String("status")))
            a->addressStatus = body.value(QLatin1String("status")).toString();
        if (body.contains(QLatin1String("isBlocked")))
            a->isBlocked = body.value(QLatin1String("isBlocked")).toBool();
        if (body.contains(QLatin1String("isArrears")))
            a->isArrears = body.value(QLatin1String("isArrears")).toBool();
        if (body.contains(QLatin1String("cascadeRelease")))
            a->cascadeRelease = body.value(QLatin1String("cascadeRelease")).toBool();
        if (body.contains(QLatin1String("addressName")))
            a->addressName = body.value(QLatin1String("addressName")).toString();
        m_world->updateAddress(*a);
    } else if (method != "GET") {
        return bad(QStringLiteral("use GET or POST"), 405);
    }
    QJsonObject o = WireJson::address(*a);
    o.insert(QStringLiteral("Region"), a->region);
    // How many write requests named this EIP (tests count that a write was sent once).
    return ok({{QStringLiteral("address"), o},
               {QStringLiteral("writes"), m_world->writeCount(a->addressId)}});
}

HttpResponse AdminApi::instance(const QJsonObject& body) {
    const QString region = body.value(QLatin1String("region")).toString();
    const QString id = body.value(QLatin1String("instanceId")).toString();
    if (!m_world->instance(region, id))
        return bad(QStringLiteral("no such instance"), 404);
    m_world->setInstanceState(
        region, id, body.value(QLatin1String("state")).toString(QStringLiteral("RUNNING")));
    return ok();
}

HttpResponse AdminApi::nat(const QJsonObject& body) {
    const QString region = body.value(QLatin1String("region")).toString();
    const QString id = body.value(QLatin1String("natGatewayId")).toString();
    RegionData* r = m_world->region(region);
    if (!r || !r->nats.contains(id))
        return bad(QStringLiteral("no such NAT gateway"), 404);
    m_world->setNatRestricted(region, id, body.value(QLatin1String("restricted")).toBool());
    return ok();
}

} // namespace eipdesk::sandbox
