// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace eipdesk {

// One API call as a value. The service is the product name used in the credential scope
// ("vpc", "region", "cvm"), never derived from the host.
struct ApiRequest {
    QString service = QStringLiteral("vpc");
    QString action;
    QString version = QStringLiteral("2017-03-12");
    QString region; // sent as X-TC-Region when not empty
    QJsonObject payload;
    int timeoutMs = 0; // 0: the client's default

    // DisassociateAddress, AssociateAddress and DisassociateNatGatewayAddress are never re-sent
    // automatically after a timeout or a lost reply.
    bool isIdempotent() const;
};

} // namespace eipdesk
