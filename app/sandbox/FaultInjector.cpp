// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FaultInjector.h"

#include "sandbox/BoundedInteger.h"

#include "sandbox/SandboxWorld.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace eipdesk::sandbox {

namespace {

const struct {
    FaultRule::Kind kind;
    const char* name;
} kKinds[] = {
    {FaultRule::Kind::Error, "error"},         {FaultRule::Kind::Http5xx, "http5xx"},
    {FaultRule::Kind::Malformed, "malformed"}, {FaultRule::Kind::Truncated, "truncated"},
    {FaultRule::Kind::Drop, "drop"},
};

} // namespace

FaultInjector::FaultInjector(SandboxWorld* world, QObject* parent)
    : QObject(parent)
    , m_world(world) {}

void FaultInjector::setLatency(int fixedMs, int jitterMs) {
    m_latencyMs = qMax(0, fixedMs);
    m_jitterMs = qMax(0, jitterMs);
}

int FaultInjector::nextDelayMs() {
    if (m_jitterMs <= 0)
        return m_latencyMs;
    return m_latencyMs + int(m_rng() % quint64(m_jitterMs + 1));
}

void FaultInjector::setNeverFinishTasks(bool never) {
    if (m_world)
        m_world->setNeverFinishTasks(never);
}

bool FaultInjector::neverFinishTasks() const {
    return m_world && m_world->neverFinishTasks();
}

void FaultInjector::addRule(const FaultRule& rule) {
    m_rules.append(rule);
}

void FaultInjector::clear() {
    m_rules.clear();
    m_latencyMs = 0;
    m_jitterMs = 0;
    m_clockOffsetSecs = 0;
    setNeverFinishTasks(false);
}

std::optional<FaultRule> FaultInjector::pick(const QString& action, const QString& region) {
    for (FaultRule& rule : m_rules) {
        if (rule.count == 0)
            continue;
        if (rule.action != QLatin1String("*") && rule.action != action)
            continue;
        if (!rule.region.isEmpty() && rule.region != region)
            continue;
        const double draw = double(m_rng() % 1000000) / 1000000.0;
        if (draw >= rule.rate)
            continue;
        if (rule.count > 0)
            --rule.count;
        return rule;
    }
    return std::nullopt;
}

QString FaultInjector::kindName(FaultRule::Kind kind) {
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

bool FaultInjector::load(const QJsonObject& json, QString* errorMessage) {
    auto fail = [&](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QList<FaultRule> rules;
    for (const QJsonValue& v : json.value(QLatin1String("rules")).toArray()) {
        if (!v.isObject())
            return fail(QStringLiteral("each rule must be an object"));
        const QJsonObject o = v.toObject();
        FaultRule rule;
        rule.action = o.value(QLatin1String("action")).toString(QStringLiteral("*"));
        rule.region = o.value(QLatin1String("region")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("error"));
        bool known = false;
        for (const auto& k : kKinds)
            if (kind == QLatin1String(k.name)) {
                rule.kind = k.kind;
                known = true;
            }
        if (!known)
            return fail(QStringLiteral("unknown fault kind `%1`").arg(kind));
        rule.code = o.value(QLatin1String("code")).toString(QStringLiteral("InternalError"));
        qint64 status = 503;
        qint64 count = -1;
        QString error;
        if (!readBoundedInteger(o, QLatin1String("status"), 500, 599, &status, &error) ||
            !readBoundedInteger(o, QLatin1String("count"), -1, 1000000000, &count, &error))
            return fail(error);
        rule.status = int(status);
        rule.rate = o.value(QLatin1String("rate")).toDouble(1.0);
        if (!(rule.rate >= 0.0 && rule.rate <= 1.0)) // NaN too
            return fail(QStringLiteral("rate must be between 0 and 1"));
        rule.count = int(count);
        rules.append(rule);
    }
    qint64 latency = 0;
    qint64 jitter = 0;
    qint64 offset = 0;
    QString error;
    if (!readBoundedInteger(json, QLatin1String("latencyMs"), 0, 600000, &latency, &error) ||
        !readBoundedInteger(json, QLatin1String("jitterMs"), 0, 600000, &jitter, &error) ||
        !readBoundedInteger(json, QLatin1String("clockOffsetSecs"), -MaxClockOffsetSecs,
                            MaxClockOffsetSecs, &offset, &error))
        return fail(error);
    m_rules = rules;
    setLatency(int(latency), int(jitter));
    setClockOffsetSecs(offset);
    setNeverFinishTasks(json.value(QLatin1String("neverFinishTasks")).toBool(false));
    return true;
}

bool FaultInjector::loadFile(const QString& path, QString* errorMessage) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("not a JSON object: %1").arg(error.errorString());
        return false;
    }
    return load(doc.object(), errorMessage);
}

QJsonObject FaultInjector::toJson() const {
    QJsonArray rules;
    for (const FaultRule& r : m_rules)
        rules.append(QJsonObject{{QStringLiteral("action"), r.action},
                                 {QStringLiteral("region"), r.region},
                                 {QStringLiteral("kind"), kindName(r.kind)},
                                 {QStringLiteral("code"), r.code},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("rate"), r.rate},
                                 {QStringLiteral("count"), r.count}});
    return QJsonObject{{QStringLiteral("latencyMs"), m_latencyMs},
                       {QStringLiteral("jitterMs"), m_jitterMs},
                       {QStringLiteral("clockOffsetSecs"), double(m_clockOffsetSecs)},
                       {QStringLiteral("neverFinishTasks"), neverFinishTasks()},
                       {QStringLiteral("rules"), rules}};
}

} // namespace eipdesk::sandbox
