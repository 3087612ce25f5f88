// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace eipdesk {

// Signature v3 (TC3-HMAC-SHA256), spec §2. Every intermediate value is returned so tests can
// compare them byte for byte with the official examples and the SDK vectors.
class Tc3Signer {
public:
    struct Input {
        QByteArray method = "POST";
        QString host; // exactly the Host header sent (host:port for non-default ports)
        QString path = QStringLiteral("/");
        QByteArray query; // canonical query string (GET only), already encoded
        QByteArray contentType = "application/json";
        QByteArray payload;   // exact body bytes ("" for GET)
        qint64 timestamp = 0; // UNIX seconds, X-TC-Timestamp
        QString service;      // product name: vpc, region, cvm (never derived from the host)
        QString secretId;
        QString secretKey;
        // Signed in addition to content-type and host, e.g. {"X-TC-Action", "DescribeInstances"}.
        QList<QPair<QByteArray, QByteArray>> extraSignedHeaders;
    };

    struct Result {
        QString date;             // YYYY-MM-DD (UTC)
        QString credentialScope;  // date/service/tc3_request
        QByteArray signedHeaders; // content-type;host[;...]
        QByteArray hashedPayload; // lowercase hex SHA-256 of the payload
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray secretDate; // binary keys of the key chain
        QByteArray secretService;
        QByteArray secretSigning;
        QByteArray signature;     // lowercase hex
        QByteArray authorization; // the Authorization header value
    };

    static Result sign(const Input& input);
    static QByteArray hmacSha256(const QByteArray& key, const QByteArray& message);
    static QByteArray sha256Hex(const QByteArray& data);
};

} // namespace eipdesk
