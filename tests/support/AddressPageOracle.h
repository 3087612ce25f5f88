// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AddressPage.h"
#include "api/ResponseParser.h"
#include "api/VpcJson.h"

#include <QString>

namespace eipdesk::test {

// The first field in which two addresses differ ("" when none does), every field of the
// Address model compared.
inline QString addressDiff(const Address& a, const Address& b) {
    auto same = [](const QString& x, const QString& y) { return x == y; };
#define EIPDESK_DIFF_STRING(m)                                                                     \
    if (!same(a.m, b.m))                                                                           \
        return QStringLiteral(#m ": \"%1\" vs \"%2\"").arg(a.m, b.m);
    EIPDESK_DIFF_STRING(region)
    EIPDESK_DIFF_STRING(addressId)
    EIPDESK_DIFF_STRING(addressName)
    EIPDESK_DIFF_STRING(addressIp)
    EIPDESK_DIFF_STRING(addressStatus)
    EIPDESK_DIFF_STRING(addressType)
    EIPDESK_DIFF_STRING(instanceId)
    EIPDESK_DIFF_STRING(instanceType)
    EIPDESK_DIFF_STRING(networkInterfaceId)
    EIPDESK_DIFF_STRING(privateAddressIp)
    EIPDESK_DIFF_STRING(internetServiceProvider)
    EIPDESK_DIFF_STRING(internetChargeType)
    EIPDESK_DIFF_STRING(deadlineDate)
    EIPDESK_DIFF_STRING(renewFlag)
    EIPDESK_DIFF_STRING(bandwidthPackageId)
    EIPDESK_DIFF_STRING(egress)
    EIPDESK_DIFF_STRING(antiDDoSPackageId)
    EIPDESK_DIFF_STRING(unVpcId)
    EIPDESK_DIFF_STRING(dedicatedClusterId)
#undef EIPDESK_DIFF_STRING
    if (a.algFtp != b.algFtp)
        return QStringLiteral("algFtp");
    if (a.algSip != b.algSip)
        return QStringLiteral("algSip");
    if (a.bandwidth != b.bandwidth)
        return QStringLiteral("bandwidth");
    if (a.createdTime != b.createdTime || a.createdTime.isValid() != b.createdTime.isValid())
        return QStringLiteral("createdTime: %1 vs %2")
            .arg(a.createdTime.toString(Qt::ISODate), b.createdTime.toString(Qt::ISODate));
    if (a.isArrears != b.isArrears)
        return QStringLiteral("isArrears");
    if (a.isBlocked != b.isBlocked)
        return QStringLiteral("isBlocked");
    if (a.isEipDirectConnection != b.isEipDirectConnection)
        return QStringLiteral("isEipDirectConnection");
    if (a.cascadeRelease != b.cascadeRelease)
        return QStringLiteral("cascadeRelease");
    if (a.localBgp != b.localBgp)
        return QStringLiteral("localBgp");
    if (a.tags != b.tags)
        return QStringLiteral("tags: %1 vs %2").arg(a.tagsText(), b.tagsText());
    return {};
}

// The first difference between two pages ("" when none).
inline QString pageDiff(const AddressPage& a, const AddressPage& b) {
    if (a.totalCount != b.totalCount)
        return QStringLiteral("totalCount %1 vs %2").arg(a.totalCount).arg(b.totalCount);
    if (a.requestId != b.requestId)
        return QStringLiteral("requestId \"%1\" vs \"%2\"").arg(a.requestId, b.requestId);
    if (a.addresses.size() != b.addresses.size())
        return QStringLiteral("%1 vs %2 addresses").arg(a.addresses.size()).arg(b.addresses.size());
    for (qsizetype i = 0; i < a.addresses.size(); ++i) {
        const QString d = addressDiff(a.addresses.at(i), b.addresses.at(i));
        if (!d.isEmpty())
            return QStringLiteral("address %1: %2").arg(i).arg(d);
    }
    return {};
}

// A DescribeAddresses reply read the way every reply is read without AddressPageReader:
// ResponseParser, then VpcJson. False when that path reports an error.
inline bool readAddressPageSlowly(const QByteArray& body, const QString& region,
                                  AddressPage* page) {
    const ResponseParser::Parsed parsed = ResponseParser::parse(body);
    if (parsed.error.isError())
        return false;
    QString problem;
    if (!VpcJson::addressPage(parsed.response, region, page, &problem))
        return false;
    page->requestId = parsed.requestId;
    return true;
}

} // namespace eipdesk::test
