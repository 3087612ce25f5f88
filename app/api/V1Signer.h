// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/FormEncoding.h"

#include <QByteArray>
#include <QString>

namespace eipdesk {

// Signature v1 (HmacSHA1 / HmacSHA256), spec §3: common parameters in the query (GET) or the
// form body (POST, application/x-www-form-urlencoded).
class V1Signer {
public:
    struct Input {
        QByteArray method = "POST";
        QString host; // the endpoint as sent, INCLUDING any :port
        QString path = QStringLiteral("/");
        FormEncoding::Params params; // the action's own parameters, already flattened
        QString action;
        QString version;
        QString region;        // omitted when empty
        QString requestClient; // omitted when empty
        QString token;         // omitted when empty
        QString language;      // omitted when empty
        QString secretId;
        QString secretKey;
        qint64 timestamp = 0;
        quint64 nonce = 0;
        SignatureMethod signatureMethod = SignatureMethod::HmacSha256;
    };

    struct Result {
        FormEncoding::Params params; // final parameters in sent order, Signature last
        QByteArray stringToSign;
        QByteArray signature; // base64
        QByteArray encoded;   // the form body (POST) or query string (GET)
    };

    static Result sign(const Input& input);
    // base64(HMAC(key, stringToSign)); HmacSha1 unless method is HmacSha256.
    static QByteArray signString(const QByteArray& stringToSign, const QString& secretKey,
                                 SignatureMethod method);
    // METHOD + host + path + "?" + sorted raw name=value pairs (without Signature).
    static QByteArray stringToSign(const QByteArray& method, const QString& host,
                                   const QString& path, const FormEncoding::Params& params);
};

} // namespace eipdesk
