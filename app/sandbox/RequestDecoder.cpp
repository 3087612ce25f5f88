// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RequestDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace eipdesk::sandbox {

namespace {

QString text(const QByteArray& b) {
    return QString::fromUtf8(b);
}

// Inserts value at segs[i...] below node; returns the new node.
QJsonValue insertPath(const QJsonValue& node, const QList<QByteArray>& segs, int i,
                      const QString& value, bool* ok) {
    if (i == segs.size())
        return value;
    const QByteArray& seg = segs[i];
    bool isIndex = false;
    const int idx = seg.toInt(&isIndex);
    if (isIndex) {
        if (idx < 0 || idx >= RequestDecoder::MaxArrayIndex ||
            !(node.isArray() || node.isUndefined() || node.isNull())) {
            *ok = false;
            return node;
        }
        QJsonArray arr = node.toArray();
        while (arr.size() <= idx)
            arr.append(QJsonValue());
        arr[idx] = insertPath(arr.at(idx), segs, i + 1, value, ok);
        return arr;
    }
    if (seg.isEmpty() || !(node.isObject() || node.isUndefined() || node.isNull())) {
        *ok = false;
        return node;
    }
    QJsonObject obj = node.toObject();
    const QString key = text(seg);
    obj.insert(key, insertPath(obj.value(key), segs, i + 1, value, ok));
    return obj;
}

const QSet<QByteArray>& v1CommonParams() {
    static const QSet<QByteArray> names{"Action", "Version",  "Region",       "Timestamp",
                                        "Nonce",  "SecretId", "Signature",    "SignatureMethod",
                                        "Token",  "Language", "RequestClient"};
    return names;
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
            return ActionError::make("RequestSizeLimitExceeded",
                                     QStringLiteral("Form requests are limited to 1 MB."));
        encoded = request.body;
    }
    call->v1Params = RequestDecoder::parseForm(encoded);
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

QList<QPair<QByteArray, QByteArray>> RequestDecoder::parseForm(const QByteArray& encoded) {
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray& part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray name = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return out;
}

ActionError RequestDecoder::unflatten(const QList<QPair<QByteArray, QByteArray>>& pairs,
                                      QJsonObject* out) {
    QJsonValue root = QJsonObject();
    for (const auto& p : pairs) {
        bool ok = true;
        root = insertPath(root, p.first.split('.'), 0, text(p.second), &ok);
        if (!ok)
            return ActionError::make(
                "InvalidParameter",
                QStringLiteral("The parameter name `%1` is not valid.").arg(text(p.first)));
    }
    *out = root.toObject();
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
        call->stringTyped = true;
        return unflatten(parseForm(request.method == "GET" ? request.query : request.body),
                         &call->params);
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
