// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/BindTarget.h"
#include "ops/OperationTarget.h"

#include <QCoreApplication>

namespace eipdesk {

class ApiClient;

// Reads where `eipdesk bind`, `move` and `undo` put an EIP before asking: the instance
// (DescribeInstances, and DescribeAddresses for its public IPs: an EIP or an ordinary public
// IP) or the network interface and its private IP (DescribeNetworkInterfaces), judged by
// BindEligibility as the window's bind picker judges it.
class BindTargetReader {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::BindTargetReader)
public:
    struct Result {
        BindTarget target; // names, private IP and ordinary public IP filled in when known
        QString blocker;   // translated: why nothing should be sent (not found, shut down, ...)
        QString warning;   // translated: shown, does not stop the bind
    };

    explicit BindTargetReader(ApiClient* client);
    Result read(const QString& region, const OperationTarget& target);

private:
    Result readInstance(const QString& region, const QString& instanceId);
    Result readEni(const QString& region, const OperationTarget& target);

    ApiClient* m_client;
};

} // namespace eipdesk
