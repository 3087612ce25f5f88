// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiRequest.h"
#include "api/Credentials.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

namespace eipdesk {

// Turns one ApiRequest into a signed HTTP request: TC3 as POST application/json with the
// X-TC-* headers (spec §1.3), v1 as POST application/x-www-form-urlencoded.
class RequestBuilder {
public:
    struct Built {
        QNetworkRequest request;
        QByteArray body;
        QByteArray hostHeader;    // the Host header sent and signed
        QByteArray authorization; // TC3 only
    };

    static Built build(const ApiRequest& request, const QUrl& url, const Credentials& credentials,
                       SignatureMethod method, qint64 timestampSecs, const QString& language,
                       quint64 nonce);

    // host, or host:port when the URL names a non-default port (what Qt puts in Host).
    static QByteArray hostHeader(const QUrl& url);
    // EIPDESK_<version>, within ^[0-9a-zA-Z-_ ,;.]+$.
    static QString requestClient();
};

} // namespace eipdesk
