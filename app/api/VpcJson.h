// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AddressPage.h"
#include "core/Address.h"
#include "core/NetworkInterface.h"
#include "core/Quota.h"
#include "core/Region.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace eipdesk {

// Null-tolerant readers for the VPC response objects (spec §4): a missing field, JSON null or
// a value of the wrong type reads as empty / unset; unknown fields are ignored.
class VpcJson {
public:
    static QString string(const QJsonObject& o, QLatin1String key);
    static bool boolean(const QJsonObject& o, QLatin1String key, bool fallback = false);
    static std::optional<qint64> integer(const QJsonObject& o, QLatin1String key);
    // "2022-08-11T03:57:05Z", "...+00:00", "2022-08-11 03:57:05", "2020-09-22" (UTC if no zone).
    static QDateTime time(const QString& text);
    // A TaskId sent as a string ("61531411") or a number.
    static QString taskId(const QJsonValue& value);

    static Address address(const QJsonObject& o, const QString& region);
    // A DescribeAddresses "Response" object (AddressSet, TotalCount; requestId is the
    // caller's). False, with *problem, when AddressSet is not an array.
    static bool addressPage(const QJsonObject& response, const QString& region, AddressPage* page,
                            QString* problem);
    static Region region(const QJsonObject& o);
    static Quota quota(const QJsonObject& o);
    static NetworkInterface networkInterface(const QJsonObject& o);
};

} // namespace eipdesk
