// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RequestDecoder.h"

#include "sandbox/FlatParamTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace eipdesk::sandbox {

namespace {

QString text(const QByteArray& b) {
    return QString::fromUtf8(b);
}

const QSet<QByteArray>& v1CommonParams() {
    static const QSet<QByteArray> names{"Action", "Version",  "Region",       "Timestamp",
                                        "Nonce",  "SecretId", "Signature",    "SignatureMethod",
                                        "Token",  "Language", "RequestClient"};
    return names;
}

ActionError formTooLarge() {
    return ActionError::make("RequestSizeLimitExceeded",
                             QStringLiteral("Form requests are limited to 1 MB."));
}

QByteArray paramValue(const QList<QPair<QByteArray, QByteArray>>& pairs, const QByteArray& name) {
    for (const auto& p : pairs)
        if (p.first == name)
            return p.second;
    return {};
}

ActionError decodeV1(const HttpRequest& request, ApiCall* call) {
    QByteArray encoded;
    if (request.method == "GET") {
        encoded = request.query;
    } else {
        const QByteArray type = request.header("Content-Type").toLower();
        if (type.startsWith("application/json"))
            return ActionError::make(
                "MissingParameter",
                QStringLiteral("The request is missing the Authorization header "
                               "(TC3-HMAC-SHA256 is required for JSON requests)."));
        if (!type.isEmpty() && !type.startsWith("application/x-www-form-urlencoded"))
            return ActionError::make("InvalidParameter",
                                     QStringLiteral("Unsupported Content-Type for this request."));
        if (request.body.size() > RequestDecoder::MaxFormBody)
            return formTooLarge();
        encoded = request.body;
    }
    if (const ActionError e = RequestDecoder::parseForm(encoded, &call->v1Params); e.isError())
        return e;
    const auto& pairs = call->v1Params;
    if (paramValue(pairs, "Signature").isEmpty() && paramValue(pairs, "SecretId").isEmpty())
        return ActionError::make(
            "MissingParameter",
            QStringLiteral("The request is not signed: the Authorization header "
                           "or the Signature parameter is required."));
    for (const char* required :
         {"Action", "SecretId", "Signature", "Timestamp", "Nonce", "Version"})
        if (paramValue(pairs, required).isEmpty())
            return ActionError::make(
                "MissingParameter",
                QStringLiteral("The request is missing the required parameter `%1`.")
                    .arg(QLatin1String(required)));
    call->action = text(paramValue(pairs, "Action"));
    call->version = text(paramValue(pairs, "Version"));
    call->region = text(paramValue(pairs, "Region"));
    call->language = text(paramValue(pairs, "Language"));
    call->token = text(paramValue(pairs, "Token"));
    call->secretId = text(paramValue(pairs, "SecretId"));
    call->timestamp = paramValue(pairs, "Timestamp");
    call->signing = paramValue(pairs, "SignatureMethod") == "HmacSHA256"
                        ? ApiCall::Signing::HmacSha256
                        : ApiCall::Signing::HmacSha1;
    QList<QPair<QByteArray, QByteArray>> business;
    for (const auto& p : pairs)
        if (!v1CommonParams().contains(p.first))
            business.append(p);
    call->stringTyped = true;
    return RequestDecoder::unflatten(business, &call->params);
}

} // namespace

ActionError RequestDecoder::parseForm(const QByteArray& encoded,
                                      QList<QPair<QByteArray, QByteArray>>* out, int maxPairs) {
    out->clear();
    // Count first: a flood of parameters is refused before anything is decoded.
    if (encoded.count('&') >= maxPairs) {
        qsizetype pairs = 0;
        for (qsizetype start = 0; start <= encoded.size();) {
            qsizetype end = encoded.indexOf('&', start);
            if (end < 0)
                end = encoded.size();
            if (end > start && ++pairs > maxPairs)
                return ActionError::make(
                    "InvalidParameter",
                    QStringLiteral("The request has more than %1 parameters.").arg(maxPairs));
            start = end + 1;
        }
    }
    for (qsizetype start = 0; start < encoded.size();) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArray part = encoded.mid(start, end - start);
        start = end + 1;
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray name = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out->append(
            {QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return {};
}

ActionError RequestDecoder::unflatten(const QList<QPair<QByteArray, QByteArray>>& pairs,
                                      QJsonObject* out) {
    FlatParamTree tree;
    for (const auto& p : pairs)
        if (const ActionError e = tree.add(p.first, p.second); e.isError())
            return e;
    *out = tree.toJson();
    return {};
}

ActionError RequestDecoder::decode(const HttpRequest& request, ApiCall* call) {
    if (request.method != "GET" && request.method != "POST")
        return ActionError::make("UnsupportedProtocol",
                                 QStringLiteral("Only GET and POST requests are supported."));
    if (request.query.size() > MaxQuery)
        return ActionError::make("RequestSizeLimitExceeded",
                                 QStringLiteral("GET requests are limited to 32 KB."));
    if (!request.hasHeader("Authorization"))
        return decodeV1(request, call);

    call->signing = ApiCall::Signing::Tc3;
    call->action = text(request.header("X-TC-Action"));
    call->version = text(request.header("X-TC-Version"));
    call->region = text(request.header("X-TC-Region"));
    call->language = text(request.header("X-TC-Language"));
    call->token = text(request.header("X-TC-Token"));
    call->timestamp = request.header("X-TC-Timestamp");
    if (call->action.isEmpty())
        return ActionError::make(
            "MissingParameter",
            QStringLiteral("The request is missing the required header X-TC-Action."));
    if (call->version.isEmpty())
        return ActionError::make(
            "MissingParameter",
            QStringLiteral("The request is missing the required header X-TC-Version."));
    if (call->timestamp.isEmpty())
        return ActionError::make(
            "MissingParameter",
            QStringLiteral("The request is missing the required header X-TC-Timestamp."));
    const QByteArray type = request.header("Content-Type").toLower();
    if (request.method == "GET" || type.startsWith("application/x-www-form-urlencoded")) {
        // The documented size limit of a form body holds whatever the signature method.
        if (request.method != "GET" && request.body.size() > MaxFormBody)
            return formTooLarge();
        call->stringTyped = true;
        QList<QPair<QByteArray, QByteArray>> pairs;
        if (const ActionError e =
                parseForm(request.method == "GET" ? request.query : request.body, &pairs);
            e.isError())
            return e;
        return unflatten(pairs, &call->params);
    }
    if (!type.startsWith("application/json"))
        return ActionError::make("InvalidParameter",
                                 QStringLiteral("Unsupported Content-Type `%1`.").arg(text(type)));
    if (request.body.size() > MaxJsonBody)
        return ActionError::make("RequestSizeLimitExceeded",
                                 QStringLiteral("JSON requests are limited to 10 MB."));
    if (request.body.trimmed().isEmpty()) {
        call->params = {};
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return ActionError::make(
            "InvalidParameter",
            QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return ActionError::make("InvalidParameter",
                                 QStringLiteral("The request body must be a JSON object."));
    call->params = doc.object();
    return {};
}

} // namespace eipdesk::sandbox
