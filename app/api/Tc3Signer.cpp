// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace eipdesk {

QByteArray Tc3Signer::hmacSha256(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray Tc3Signer::sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Tc3Signer::Result Tc3Signer::sign(const Input& input) {
    Result r;
    r.date = QDateTime::fromSecsSinceEpoch(input.timestamp, Qt::UTC)
                 .date()
                 .toString(QStringLiteral("yyyy-MM-dd"));
    r.credentialScope = r.date + QLatin1Char('/') + input.service + QStringLiteral("/tc3_request");

    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append({"content-type", input.contentType});
    headers.append({"host", input.host.toUtf8()});
    for (const auto& h : input.extraSignedHeaders)
        headers.append({h.first.toLower(), h.second});
    std::sort(headers.begin(), headers.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto& h : headers) {
        // The documented rule lowercases the values too (x-tc-action:describeinstances).
        canonicalHeaders += h.first + ':' + h.second.trimmed().toLower() + '\n';
        if (!signedHeaders.isEmpty())
            signedHeaders += ';';
        signedHeaders += h.first;
    }
    r.signedHeaders = signedHeaders;
    r.hashedPayload = sha256Hex(input.payload);

    r.canonicalRequest = input.method + '\n' + input.path.toUtf8() + '\n' + input.query + '\n' +
                         canonicalHeaders + '\n' + signedHeaders + '\n' + r.hashedPayload;
    r.stringToSign = QByteArray("TC3-HMAC-SHA256\n") + QByteArray::number(input.timestamp) + '\n' +
                     r.credentialScope.toUtf8() + '\n' + sha256Hex(r.canonicalRequest);

    r.secretDate = hmacSha256("TC3" + input.secretKey.toUtf8(), r.date.toUtf8());
    r.secretService = hmacSha256(r.secretDate, input.service.toUtf8());
    r.secretSigning = hmacSha256(r.secretService, "tc3_request");
    r.signature = hmacSha256(r.secretSigning, r.stringToSign).toHex();
    r.authorization = "TC3-HMAC-SHA256 Credential=" + input.secretId.toUtf8() + '/' +
                      r.credentialScope.toUtf8() + ", SignedHeaders=" + signedHeaders +
                      ", Signature=" + r.signature;
    return r;
}

} // namespace eipdesk
