// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// DescribeAddressQuota's Quota (spec §4.5).
struct Quota {
    QString quotaId; // TOTAL_EIP_QUOTA, DAILY_PUBLIC_IP_ASSIGN, ...
    qint64 quotaCurrent = 0;
    qint64 quotaLimit = 0;
    qint64 remaining() const { return quotaLimit > quotaCurrent ? quotaLimit - quotaCurrent : 0; }
};

inline constexpr const char DailyPublicIpAssignQuota[] = "DAILY_PUBLIC_IP_ASSIGN";

} // namespace eipdesk
