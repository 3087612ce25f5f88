// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/V1Signer.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace eipdesk {

QByteArray V1Signer::signString(const QByteArray& stringToSign, const QString& secretKey,
                                SignatureMethod method) {
    const auto algorithm = method == SignatureMethod::HmacSha256 ? QCryptographicHash::Sha256
                                                                 : QCryptographicHash::Sha1;
    return QMessageAuthenticationCode::hash(stringToSign, secretKey.toUtf8(), algorithm).toBase64();
}

QByteArray V1Signer::stringToSign(const QByteArray& method, const QString& host,
                                  const QString& path, const FormEncoding::Params& params) {
    QList<QPair<QByteArray, QByteArray>> sorted;
    sorted.reserve(params.size());
    for (const auto& p : params) {
        if (p.first == QLatin1String("Signature"))
            continue;
        sorted.append({p.first.toUtf8(), p.second.toUtf8()});
    }
    // Byte order of the names (InstanceIds.12 before InstanceIds.2).
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray out = method + host.toUtf8() + path.toUtf8() + '?';
    bool first = true;
    for (const auto& p : sorted) {
        if (!first)
            out += '&';
        first = false;
        out += p.first + '=' + p.second;
    }
    return out;
}

V1Signer::Result V1Signer::sign(const Input& input) {
    Result r;
    r.params = input.params;
    r.params.append({QStringLiteral("Action"), input.action});
    if (!input.requestClient.isEmpty())
        r.params.append({QStringLiteral("RequestClient"), input.requestClient});
    r.params.append({QStringLiteral("Nonce"), QString::number(input.nonce)});
    r.params.append({QStringLiteral("Timestamp"), QString::number(input.timestamp)});
    r.params.append({QStringLiteral("Version"), input.version});
    r.params.append({QStringLiteral("SecretId"), input.secretId});
    if (!input.region.isEmpty())
        r.params.append({QStringLiteral("Region"), input.region});
    if (!input.token.isEmpty())
        r.params.append({QStringLiteral("Token"), input.token});
    if (!input.language.isEmpty())
        r.params.append({QStringLiteral("Language"), input.language});
    r.params.append(
        {QStringLiteral("SignatureMethod"), input.signatureMethod == SignatureMethod::HmacSha256
                                                ? QStringLiteral("HmacSHA256")
                                                : QStringLiteral("HmacSHA1")});

    r.stringToSign = stringToSign(input.method, input.host, input.path, r.params);
    r.signature = signString(r.stringToSign, input.secretKey, input.signatureMethod);
    r.params.append({QStringLiteral("Signature"), QString::fromLatin1(r.signature)});
    r.encoded = FormEncoding::encode(r.params);
    return r;
}

} // namespace eipdesk
