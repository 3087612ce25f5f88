// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <functional>

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
    // Optional: reads a successful reply's body straight into a typed value
    // (ApiResponse::decoded, with *requestId) without the JSON document. It returns false for
    // anything it does not fully understand, and that reply goes through ResponseParser like
    // every other: a shortcut for large replies, never a second set of rules
    // (AddressPageReader is the one in use).
    std::function<bool(const QByteArray& body, QVariant* decoded, QString* requestId)> decoder;
    // Run the decoder on the client's decoding thread instead of the caller's, the call
    // finishing back on its own thread once it is done: for decoders that are pure functions of
    // the body and of values they captured by copy (AddressPageReader's: a load's pages are
    // read while the window takes in the pages before them; issue 16).
    bool decodeOffThread = false;

    // DisassociateAddress, AssociateAddress and DisassociateNatGatewayAddress are never re-sent
    // automatically after a timeout or a lost reply.
    bool isIdempotent() const;
};

} // namespace eipdesk
