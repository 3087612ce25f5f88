// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/NetworkErrorMapper.h"

namespace eipdesk {

ApiError NetworkErrorMapper::map(QNetworkReply::NetworkError error, const QString& errorString,
                                 const QString& sslDetails) {
    using K = ApiError::Kind;
    using E = QNetworkReply::NetworkError;
    K kind = K::Network;
    switch (error) {
    case E::ConnectionRefusedError:
        kind = K::ConnectionRefused;
        break;
    case E::HostNotFoundError:
        kind = K::HostNotFound;
        break;
    case E::TimeoutError:
        kind = K::Timeout;
        break;
    case E::SslHandshakeFailedError:
        kind = K::Tls;
        break;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        kind = K::Proxy;
        break;
    default:
        kind = K::Network;
        break;
    }
    QString message = errorString;
    if (kind == K::Tls && !sslDetails.isEmpty())
        message += QStringLiteral(" (%1)").arg(sslDetails);
    return ApiError::make(kind, message);
}

} // namespace eipdesk
