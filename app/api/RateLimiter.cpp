// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace eipdesk {

double RateLimiter::documentedRate(const QString& action) {
    static const QHash<QString, double> rates = {
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
    return rates.value(action, 10);
}

void RateLimiter::setScale(double scale) {
    m_scale = scale;
}

int RateLimiter::limitFor(const QString& action) const {
    const double rate = documentedRate(action) * m_scale;
    return std::max(1, static_cast<int>(std::floor(rate)));
}

qint64 RateLimiter::windowMsFor(const QString& action) const {
    const double rate = documentedRate(action) * m_scale;
    if (rate <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(limitFor(action) / rate * 1000.0 * (1.0 + m_margin)));
}

QString RateLimiter::scopeFor(const QUrl& url) {
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(-1));
}

QString RateLimiter::keyOf(const QString& action, const QString& scope) {
    return action + QLatin1Char('\n') + scope;
}

qint64 RateLimiter::tryAcquire(const QString& action, const QString& scope, qint64 nowMs) {
    if (m_scale <= 0)
        return 0;
    const int limit = limitFor(action);
    const qint64 window = windowMsFor(action);
    auto& sends = m_sends[keyOf(action, scope)];
    while (!sends.empty() && sends.front() <= nowMs - window)
        sends.pop_front();
    if (static_cast<int>(sends.size()) < limit) {
        sends.push_back(nowMs);
        return 0;
    }
    return std::max<qint64>(1, sends.front() + window - nowMs);
}

void RateLimiter::markDone(const QString& action, const QString& scope, qint64 acquiredAtMs,
                           qint64 nowMs) {
    if (m_scale <= 0)
        return;
    auto& sends = m_sends[keyOf(action, scope)];
    const auto it = std::find(sends.begin(), sends.end(), acquiredAtMs);
    if (it != sends.end())
        sends.erase(it);
    // Still counted even if the send already left the window (a reply slower than the window).
    sends.insert(std::upper_bound(sends.begin(), sends.end(), nowMs), nowMs);
}

} // namespace eipdesk
