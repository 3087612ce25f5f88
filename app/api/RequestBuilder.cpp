// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RequestBuilder.h"

#include "api/FormEncoding.h"
#include "api/Tc3Signer.h"
#include "api/V1Signer.h"

#include <QJsonDocument>

namespace eipdesk {

QByteArray RequestBuilder::hostHeader(const QUrl& url) {
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QString RequestBuilder::requestClient() {
    return QStringLiteral("EIPDESK_") + QStringLiteral(EIPDESK_VERSION);
}

RequestBuilder::Built RequestBuilder::build(const ApiRequest& request, const QUrl& url,
                                            const Credentials& credentials, SignatureMethod method,
                                            qint64 timestampSecs, const QString& language,
                                            quint64 nonce) {
    Built b;
    b.hostHeader = hostHeader(url);
    QString path = url.path();
    if (path.isEmpty())
        path = QStringLiteral("/");

    QNetworkRequest& req = b.request;
    req.setUrl(url);
    req.setRawHeader("Host", b.hostHeader);
    // Signed requests must never be replayed elsewhere by a redirect.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    if (method == SignatureMethod::Tc3HmacSha256) {
        b.body = QJsonDocument(request.payload).toJson(QJsonDocument::Compact);
        const QByteArray contentType = "application/json"; // no charset: signed byte for byte
        Tc3Signer::Input in;
        in.method = "POST";
        in.host = QString::fromLatin1(b.hostHeader);
        in.path = path;
        in.contentType = contentType;
        in.payload = b.body;
        in.timestamp = timestampSecs;
        in.service = request.service;
        in.secretId = credentials.secretId;
        in.secretKey = credentials.secretKey;
        const Tc3Signer::Result signature = Tc3Signer::sign(in);
        b.authorization = signature.authorization;

        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        req.setRawHeader("X-TC-Action", request.action.toUtf8());
        req.setRawHeader("X-TC-Version", request.version.toUtf8());
        req.setRawHeader("X-TC-Timestamp", QByteArray::number(timestampSecs));
        if (!request.region.isEmpty())
            req.setRawHeader("X-TC-Region", request.region.toUtf8());
        if (!credentials.token.isEmpty())
            req.setRawHeader("X-TC-Token", credentials.token.toUtf8());
        if (!language.isEmpty())
            req.setRawHeader("X-TC-Language", language.toUtf8());
        req.setRawHeader("X-TC-RequestClient", requestClient().toUtf8());
        req.setRawHeader("Authorization", b.authorization);
        return b;
    }

    V1Signer::Input in;
    in.method = "POST";
    in.host = QString::fromLatin1(b.hostHeader);
    in.path = path;
    in.params = FormEncoding::flatten(request.payload);
    in.action = request.action;
    in.version = request.version;
    in.region = request.region;
    in.requestClient = requestClient();
    in.token = credentials.token;
    in.language = language;
    in.secretId = credentials.secretId;
    in.secretKey = credentials.secretKey;
    in.timestamp = timestampSecs;
    in.nonce = nonce;
    in.signatureMethod = method;
    b.body = V1Signer::sign(in).encoded;
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArray("application/x-www-form-urlencoded"));
    return b;
}

} // namespace eipdesk
