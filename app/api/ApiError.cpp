// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

namespace eipdesk {

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Service:
        return QStringLiteral("Service");
    case Kind::HttpStatus:
        return QStringLiteral("HttpStatus");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case Kind::HostNotFound:
        return QStringLiteral("HostNotFound");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Proxy:
        return QStringLiteral("Proxy");
    case Kind::Canceled:
        return QStringLiteral("Canceled");
    case Kind::MalformedResponse:
        return QStringLiteral("MalformedResponse");
    case Kind::ResponseTooLarge:
        return QStringLiteral("ResponseTooLarge");
    case Kind::OutcomeUnknown:
        return QStringLiteral("OutcomeUnknown");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    }
    return QStringLiteral("Unknown");
}

QString ApiError::syntheticCode(Kind kind) {
    if (kind == Kind::None || kind == Kind::Service)
        return QString();
    return QStringLiteral("ClientError.") + kindName(kind);
}

ApiError ApiError::make(Kind kind, const QString& message, int httpStatus) {
    ApiError e;
    e.kind = kind;
    e.code = syntheticCode(kind);
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

ApiError ApiError::service(const QString& code, const QString& message, const QString& requestId) {
    ApiError e;
    e.kind = Kind::Service;
    e.code = code;
    e.message = message;
    e.requestId = requestId;
    e.httpStatus = 200;
    return e;
}

QString ApiError::toString() const {
    if (!isError())
        return QString();
    QString text = code.isEmpty() ? syntheticCode(kind) : code;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (httpStatus != 0 && httpStatus != 200)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!requestId.isEmpty())
        text += QStringLiteral(" (RequestId %1)").arg(requestId);
    return text;
}

} // namespace eipdesk
