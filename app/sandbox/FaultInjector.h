// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/FaultRule.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>
#include <random>

namespace eipdesk::sandbox {

class SandboxWorld;

// Configurable misbehaviour: added latency (fixed + jitter), per-action faults (error code,
// HTTP 5xx, malformed or truncated bodies, dropped connections), a server clock offset and
// tasks that never finish. Configured from a JSON file, flags, the admin endpoint or C++.
// Decisions are pseudo-random but deterministic from the seed.
class FaultInjector : public QObject {
    Q_OBJECT
public:
    explicit FaultInjector(SandboxWorld* world, QObject* parent = nullptr);

    void setLatency(int fixedMs, int jitterMs = 0);
    int latencyMs() const { return m_latencyMs; }
    int jitterMs() const { return m_jitterMs; }
    int nextDelayMs(); // fixed + uniform jitter

    // About ten years either way; larger offsets are clamped (no overflow in date arithmetic).
    static constexpr qint64 MaxClockOffsetSecs = 10LL * 366 * 24 * 3600;
    void setClockOffsetSecs(qint64 secs) {
        m_clockOffsetSecs = qBound(-MaxClockOffsetSecs, secs, MaxClockOffsetSecs);
    }
    qint64 clockOffsetSecs() const { return m_clockOffsetSecs; }

    void setNeverFinishTasks(bool never);
    bool neverFinishTasks() const;

    void addRule(const FaultRule& rule);
    QList<FaultRule> rules() const { return m_rules; }
    void clear(); // no faults, no latency, no offset
    void reseed(quint64 seed) { m_rng.seed(seed); }

    // The fault to apply to this request, if any (counts are consumed).
    std::optional<FaultRule> pick(const QString& action, const QString& region);

    // JSON format documented in app/sandbox/README.md. load() replaces the whole setup.
    bool load(const QJsonObject& json, QString* errorMessage);
    bool loadFile(const QString& path, QString* errorMessage);
    QJsonObject toJson() const;

    static QString kindName(FaultRule::Kind kind);

private:
    SandboxWorld* m_world;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    qint64 m_clockOffsetSecs = 0;
    QList<FaultRule> m_rules;
    std::mt19937_64 m_rng{42};
};

} // namespace eipdesk::sandbox
