// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/VpcApi.h"

namespace eipdesk {

// Every network interface of a region (VPC DescribeNetworkInterfaces with Offset/Limit
// paging, 100 per page), for the ENI private-IP picker. VpcApi::describeNetworkInterfaces
// reads given IDs; this lists them all.
class EniApi {
public:
    explicit EniApi(ApiClient* client);
    ApiJob* describeAllNetworkInterfaces(const QString& region, QObject* context,
                                         Callback<QList<NetworkInterface>> done);

private:
    ApiClient* m_client;
};

} // namespace eipdesk
