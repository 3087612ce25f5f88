// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RateLimiter.h"

namespace eipdesk::sandbox {

int RateLimiter::documentedLimit(const QString& action) {
    static const QHash<QString, int> limits{
        {QStringLiteral("DisassociateAddress"), 10},
        {QStringLiteral("AssociateAddress"), 10},
        {QStringLiteral("DescribeAddressQuota"), 10},
        {QStringLiteral("DescribeAddresses"), 20},
        {QStringLiteral("DescribeTaskResult"), 20},
        {QStringLiteral("DisassociateNatGatewayAddress"), 100},
        {QStringLiteral("DescribeNetworkInterfaces"), 100},
        {QStringLiteral("DescribeRegions"), 50},
        {QStringLiteral("DescribeInstances"), 40},
    };
    return limits.value(action, 20);
}

void RateLimiter::setLimit(const QString& action, int perSecond) {
    if (perSecond <= 0)
        m_overrides.remove(action);
    else
        m_overrides.insert(action, perSecond);
}

int RateLimiter::limit(const QString& action) const {
    return m_overrides.value(action, documentedLimit(action));
}

void RateLimiter::reset() {
    m_overrides.clear();
    m_windows.clear();
}

bool RateLimiter::allow(const QString& secretId, const QString& action, const QString& accessRegion,
                        qint64 nowMs) {
    if (!m_enabled)
        return true;
    std::deque<qint64>& window =
        m_windows[secretId + QLatin1Char('/') + action + QLatin1Char('/') + accessRegion];
    while (!window.empty() && window.front() <= nowMs - 1000)
        window.pop_front();
    if (int(window.size()) >= limit(action))
        return false;
    window.push_back(nowMs);
    return true;
}

} // namespace eipdesk::sandbox
