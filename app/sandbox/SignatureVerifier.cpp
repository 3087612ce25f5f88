// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace eipdesk::sandbox {

namespace {

QByteArray hmac256(const QByteArray& key, const QByteArray& data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hostWithoutPort(const QByteArray& host) {
    if (host.startsWith('[')) { // [::1]:8080
        const qsizetype end = host.indexOf(']');
        return end < 0 ? host : host.left(end + 1);
    }
    const qsizetype colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.left(colon);
}

QList<QByteArray> hostCandidates(const HttpRequest& request) {
    const QByteArray host = request.header("Host");
    QList<QByteArray> hosts{host};
    const QByteArray bare = hostWithoutPort(host);
    if (bare != host)
        hosts.append(bare);
    return hosts;
}

ActionError invalidAuthorization(const QString& why) {
    return ActionError::make("AuthFailure.InvalidAuthorization",
                             QStringLiteral("The Authorization header is malformed: %1").arg(why));
}

ActionError signatureFailure() {
    return ActionError::make("AuthFailure.SignatureFailure",
                             QStringLiteral("The provided credentials could not be validated. "
                                            "Please check your signature is correct."));
}

bool sameBytes(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

SignatureVerifier::SignatureVerifier(const AccountRegistry* accounts)
    : m_accounts(accounts) {}

QByteArray SignatureVerifier::tc3Signature(const QByteArray& secretKey, const QByteArray& date,
                                           const QByteArray& service,
                                           const QByteArray& stringToSign) {
    return hmac256(tc3SigningKey(secretKey, date, service), stringToSign).toHex();
}

QByteArray SignatureVerifier::tc3SigningKey(const QByteArray& secretKey, const QByteArray& date,
                                            const QByteArray& service) {
    const QByteArray secretDate = hmac256("TC3" + secretKey, date);
    const QByteArray secretService = hmac256(secretDate, service);
    return hmac256(secretService, "tc3_request");
}

QByteArray SignatureVerifier::v1StringToSign(const QByteArray& method, const QByteArray& host,
                                             const QByteArray& path,
                                             const QList<QPair<QByteArray, QByteArray>>& params) {
    QList<QPair<QByteArray, QByteArray>> sorted;
    for (const auto& p : params)
        if (p.first != "Signature")
            sorted.append(p);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray out = method + host + path + '?';
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            out += '&';
        out += sorted[i].first + '=' + sorted[i].second;
    }
    return out;
}

ActionError SignatureVerifier::verify(const HttpRequest& request, ApiCall* call,
                                      qint64 serverNowSecs) const {
    return call->signing == ApiCall::Signing::Tc3 ? verifyTc3(request, call, serverNowSecs)
                                                  : verifyV1(request, call, serverNowSecs);
}

ActionError SignatureVerifier::checkAccountAndTime(const QString& secretId,
                                                   const QByteArray& timestamp, qint64 now,
                                                   Account* account) const {
    const auto found = m_accounts->find(secretId);
    if (!found)
        return ActionError::make(
            "AuthFailure.SecretIdNotFound",
            QStringLiteral("The SecretId is not found, please ensure that your "
                           "SecretId is correct."));
    *account = *found;
    bool ok = false;
    const qint64 ts = timestamp.toLongLong(&ok);
    if (!ok)
        return ActionError::make(
            "InvalidParameter", QStringLiteral("The Timestamp must be an integer (UNIX seconds)."));
    if (ts < now - MaxSkewSecs || ts > now + MaxSkewSecs)
        return ActionError::make("AuthFailure.SignatureExpire",
                                 QStringLiteral("Signature expired. Timestamp %1 is more than 5 "
                                                "minutes away from the server time %2.")
                                     .arg(ts)
                                     .arg(now));
    return {};
}

static ActionError checkToken(const Account& account, const QString& token) {
    if (account.token == token)
        return {};
    return ActionError::make("AuthFailure.TokenFailure",
                             account.token.isEmpty()
                                 ? QStringLiteral("A token was sent with a permanent key.")
                                 : QStringLiteral("The token is missing or invalid."));
}

ActionError SignatureVerifier::verifyTc3(const HttpRequest& request, ApiCall* call,
                                         qint64 now) const {
    const QByteArray auth = request.header("Authorization");
    static const QByteArray algorithm = "TC3-HMAC-SHA256 ";
    if (!auth.startsWith(algorithm))
        return invalidAuthorization(QStringLiteral("the algorithm must be TC3-HMAC-SHA256."));
    QByteArray credential, signedHeaders, signature;
    for (const QByteArray& rawPart : auth.mid(algorithm.size()).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return invalidAuthorization(QStringLiteral("expected Key=Value parts."));
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Credential")
            credential = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            signature = value;
    }
    if (credential.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty())
        return invalidAuthorization(
            QStringLiteral("Credential, SignedHeaders and Signature are required."));
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 4 || scope[0].isEmpty() || scope[1].size() != 10 || scope[2].isEmpty() ||
        scope[3] != "tc3_request")
        return invalidAuthorization(QStringLiteral("the Credential must be "
                                                   "SecretId/Date/service/tc3_request."));
    const QList<QByteArray> headerNames = signedHeaders.toLower().split(';');
    if (!headerNames.contains("content-type") || !headerNames.contains("host"))
        return invalidAuthorization(
            QStringLiteral("SignedHeaders must include content-type and host."));

    Account account;
    if (ActionError e =
            checkAccountAndTime(QString::fromUtf8(scope[0]), call->timestamp, now, &account);
        e.isError())
        return e;
    const qint64 ts = call->timestamp.toLongLong();
    const QByteArray date =
        QDateTime::fromSecsSinceEpoch(ts, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
    if (date != scope[1])
        return signatureFailure();

    const QByteArray payloadHash = request.header("X-TC-Content-SHA256") == "UNSIGNED-PAYLOAD"
                                       ? QByteArray("UNSIGNED-PAYLOAD")
                                       : sha256Hex(request.body);
    const QByteArray query = request.method == "GET" ? request.query : QByteArray();
    const QByteArray credentialScope = scope[1] + '/' + scope[2] + "/tc3_request";
    // The derived key does not depend on the host spelling tried below: derived once.
    const QByteArray signingKey = tc3SigningKey(account.secretKey.toUtf8(), scope[1], scope[2]);
    bool matched = false;
    for (const QByteArray& host : hostCandidates(request)) {
        for (bool lowerValues : {false, true}) {
            QByteArray canonicalHeaders;
            for (const QByteArray& name : headerNames) {
                QByteArray value = name == "host" ? host : request.header(name);
                if (lowerValues)
                    value = value.toLower();
                canonicalHeaders += name + ':' + value.trimmed() + '\n';
            }
            const QByteArray canonical = request.method + "\n/\n" + query + '\n' +
                                         canonicalHeaders + '\n' + signedHeaders.toLower() + '\n' +
                                         payloadHash;
            const QByteArray stringToSign = "TC3-HMAC-SHA256\n" + call->timestamp + '\n' +
                                            credentialScope + '\n' + sha256Hex(canonical);
            if (sameBytes(hmac256(signingKey, stringToSign).toHex(), signature.toLower())) {
                matched = true;
                break;
            }
        }
        if (matched)
            break;
    }
    if (!matched)
        return signatureFailure();
    call->secretId = account.secretId;
    return checkToken(account, call->token);
}

ActionError SignatureVerifier::verifyV1(const HttpRequest& request, ApiCall* call,
                                        qint64 now) const {
    Account account;
    if (ActionError e = checkAccountAndTime(call->secretId, call->timestamp, now, &account);
        e.isError())
        return e;
    QByteArray signature;
    for (const auto& p : call->v1Params)
        if (p.first == "Signature")
            signature = p.second;
    const auto algorithm = call->signing == ApiCall::Signing::HmacSha256
                               ? QCryptographicHash::Sha256
                               : QCryptographicHash::Sha1;
    const QByteArray key = account.secretKey.toUtf8();
    bool matched = false;
    for (const QByteArray& host : hostCandidates(request)) {
        const QByteArray s = v1StringToSign(request.method, host, request.path, call->v1Params);
        if (sameBytes(QMessageAuthenticationCode::hash(s, key, algorithm).toBase64(), signature)) {
            matched = true;
            break;
        }
    }
    if (!matched)
        return signatureFailure();
    return checkToken(account, call->token);
}

} // namespace eipdesk::sandbox
