// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace eipdesk::sandbox {

// The documented per-action limits (spec §6), per account, over a sliding one-second window.
class RateLimiter {
public:
    static int documentedLimit(const QString& action);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Overrides one action's limit (requests per second); 0 or less restores the documented one.
    void setLimit(const QString& action, int perSecond);
    int limit(const QString& action) const;
    void reset();

    // Records the request and returns true when it is within the limit.
    bool allow(const QString& secretId, const QString& action, qint64 nowMs);

private:
    bool m_enabled = true;
    QHash<QString, int> m_overrides;
    QHash<QString, std::deque<qint64>> m_windows;
};

} // namespace eipdesk::sandbox
