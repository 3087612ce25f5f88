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
    // What happened to the connection, said plainly (Qt often says only "Unknown error").
    QString code;
    if (kind == K::Network) {
        const bool reset = errorString.contains(QLatin1String("reset"), Qt::CaseInsensitive);
        if (reset) {
            code = QStringLiteral("ClientError.ConnectionReset");
            message = QStringLiteral("The connection was reset by the server or the network (%1)")
                          .arg(errorString);
        } else if (error == E::RemoteHostClosedError) {
            code = QStringLiteral("ClientError.ConnectionClosed");
            message = QStringLiteral("The server closed the connection before answering (%1)")
                          .arg(errorString);
        } else if (errorString.isEmpty() ||
                   errorString.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0) {
            message = QStringLiteral("The network failed (QNetworkReply error %1)").arg(int(error));
        }
    }
    ApiError e = ApiError::make(kind, message);
    if (!code.isEmpty())
        e.code = code; // the kind stays Network: retries and "outcome unknown" are unchanged
    return e;
}

} // namespace eipdesk
