// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ResponseParser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

namespace eipdesk {

namespace {

ApiError malformed(const QString& message) {
    return ApiError::make(ApiError::Kind::MalformedResponse, message, 200);
}

} // namespace

ResponseParser::Parsed ResponseParser::parse(const QByteArray& body) {
    Parsed p;
    if (body.trimmed().isEmpty()) {
        p.error = malformed(QStringLiteral("empty response body"));
        return p;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        p.error = malformed(QStringLiteral("response is not valid JSON (%1 at offset %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        return p;
    }
    if (!doc.isObject()) {
        p.error = malformed(QStringLiteral("response is not a JSON object"));
        return p;
    }
    const QJsonValue responseValue = doc.object().value(QLatin1String("Response"));
    if (responseValue.isUndefined()) {
        p.error = malformed(QStringLiteral("response has no \"Response\" object"));
        return p;
    }
    if (!responseValue.isObject()) {
        p.error = malformed(QStringLiteral("\"Response\" is not an object"));
        return p;
    }
    QJsonObject response = responseValue.toObject();
    const QJsonValue requestId = response.value(QLatin1String("RequestId"));
    if (requestId.isString())
        p.requestId = requestId.toString();

    const QJsonValue errorValue = response.value(QLatin1String("Error"));
    if (!errorValue.isUndefined() && !errorValue.isNull()) {
        const QJsonObject error = errorValue.toObject();
        const QString code = error.value(QLatin1String("Code")).toString();
        if (!errorValue.isObject() || code.isEmpty()) {
            p.error = malformed(QStringLiteral("\"Response.Error\" without a Code"));
            p.error.requestId = p.requestId;
            return p;
        }
        p.error =
            ApiError::service(code, error.value(QLatin1String("Message")).toString(), p.requestId);
        return p;
    }
    response.remove(QLatin1String("Error"));
    p.response = response;
    return p;
}

ResponseParser::Parsed ResponseParser::parseHttpError(int status, const QByteArray& body) {
    Parsed p;
    QString message = QStringLiteral("HTTP status %1").arg(status);
    const Parsed inner = parse(body);
    p.requestId = inner.requestId;
    if (inner.error.kind == ApiError::Kind::Service)
        message +=
            QStringLiteral("; server error %1: %2").arg(inner.error.code, inner.error.message);
    else if (inner.error.kind == ApiError::Kind::MalformedResponse)
        message += QStringLiteral(" with a non-API body");
    p.error = ApiError::make(ApiError::Kind::HttpStatus, message, status);
    p.error.requestId = p.requestId;
    return p;
}

QDateTime ResponseParser::parseHttpDate(const QByteArray& value) {
    QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    const QLocale c = QLocale::c();
    // IMF-fixdate, the form every server sends today.
    QDateTime dt = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

} // namespace eipdesk
