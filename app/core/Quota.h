// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// DescribeAddressQuota's Quota (spec §4.5).
struct Quota {
    QString quotaId; // TOTAL_EIP_QUOTA, DAILY_PUBLIC_IP_ASSIGN, ...
    qint64 quotaCurrent = 0;
    qint64 quotaLimit = 0;
    QString quotaGroup; // the network group it belongs to, e.g. ap-guangzhou
    qint64 remaining() const { return quotaLimit > quotaCurrent ? quotaLimit - quotaCurrent : 0; }
};

// Reassignments of an ordinary public IP after an unbind, per day: the China site's ID (CN
// model and example); the international site's example carries DAILY_EIP_ASSIGN instead.
inline constexpr const char DailyPublicIpAssignQuota[] = "DAILY_PUBLIC_IP_ASSIGN";
inline constexpr const char DailyEipAssignQuota[] = "DAILY_EIP_ASSIGN";

} // namespace eipdesk
