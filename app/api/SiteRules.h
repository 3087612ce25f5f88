// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Endpoint.h"
#include "core/Quota.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace eipdesk {

// Where the China and the international site differ, as their documentation says.
// - DescribeAddresses without an address-type filter lists only EIP on the international site
//   (intl model: "default value is EIP") and every type but WanIP on the China site (CN
//   model), so the client always names every type it wants (addressTypes()).
// - The daily quota of public IP reassignments is DAILY_PUBLIC_IP_ASSIGN in the China model
//   and example; the international example carries DAILY_EIP_ASSIGN while the intl model's
//   text names DAILY_PUBLIC_IP_ASSIGN, so the intl site accepts both, its example's first.
class SiteRules {
public:
    // Every value of the address-type filter: the five EIP kinds and ordinary public IPs.
    static QStringList addressTypes();
    static QStringList dailyReassignQuotaIds(Site site);
    // The site's daily reassignment quota from a DescribeAddressQuota answer; nullopt when the
    // answer has none of the site's IDs (then the quota is unknown, not absent).
    static std::optional<Quota> dailyReassignQuota(const QList<Quota>& quotas, Site site);
};

} // namespace eipdesk
