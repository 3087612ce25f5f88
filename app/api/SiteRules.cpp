// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SiteRules.h"

namespace eipdesk {

QStringList SiteRules::addressTypes() {
    return {QStringLiteral("EIP"),
            QStringLiteral("AnycastEIP"),
            QStringLiteral("HighQualityEIP"),
            QStringLiteral("AntiDDoSEIP"),
            QStringLiteral("ResidentialEIP"),
            QStringLiteral("WanIP")};
}

QStringList SiteRules::dailyReassignQuotaIds(Site site) {
    if (site == Site::International)
        return {QLatin1String(DailyEipAssignQuota), QLatin1String(DailyPublicIpAssignQuota)};
    return {QLatin1String(DailyPublicIpAssignQuota)};
}

std::optional<Quota> SiteRules::dailyReassignQuota(const QList<Quota>& quotas, Site site) {
    for (const QString& id : dailyReassignQuotaIds(site))
        for (const Quota& q : quotas)
            if (q.quotaId == id)
                return q;
    return std::nullopt;
}

} // namespace eipdesk
