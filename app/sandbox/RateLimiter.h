// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace eipdesk::sandbox {

// The documented per-action limits (spec §6) over a sliding one-second window, counted like
// Tencent Cloud does: per API + access region + account
// (https://cloud.tencent.com/document/product/1278/109059). The access region is the API
// server a request reaches, not its Region parameter: here, the per-region port it arrived on
// (like vpc.<region>.tencentcloudapi.com), or the empty region for the main port (like the
// nearest-access host vpc.tencentcloudapi.com, shared by every region sent there).
class RateLimiter {
public:
    static int documentedLimit(const QString& action);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Overrides one action's limit (requests per second); 0 or less restores the documented one.
    void setLimit(const QString& action, int perSecond);
    int limit(const QString& action) const;
    void reset();

    // Records the request and returns true when it is within the limit of its account, action
    // and access region.
    bool allow(const QString& secretId, const QString& action, const QString& accessRegion,
               qint64 nowMs);

private:
    bool m_enabled = true;
    QHash<QString, int> m_overrides;
    QHash<QString, std::deque<qint64>> m_windows;
};

} // namespace eipdesk::sandbox
