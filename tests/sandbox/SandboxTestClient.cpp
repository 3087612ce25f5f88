// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray sha(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void flattenInto(const QString& prefix, const QJsonValue& v,
                 QList<QPair<QByteArray, QByteArray>>* out) {
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenInto(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(),
                        it.value(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            flattenInto(prefix + QLatin1Char('.') + QString::number(i), a.at(i), out);
    } else if (v.isBool()) {
        out->append({prefix.toUtf8(), v.toBool() ? "true" : "false"});
    } else if (v.isDouble()) {
        out->append({prefix.toUtf8(), QByteArray::number(qint64(v.toDouble()))});
    } else {
        out->append({prefix.toUtf8(), v.toString().toUtf8()});
    }
}

QByteArray encode(const QList<QPair<QByteArray, QByteArray>>& pairs) {
    QByteArray out;
    for (const auto& p : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += p.first.toPercentEncoding() + '=' + p.second.toPercentEncoding();
    }
    return out;
}

} // namespace

QString SandboxTestClient::Reply::errorCode() const {
    return response.value(QLatin1String("Error"))
        .toObject()
        .value(QLatin1String("Code"))
        .toString();
}

QString SandboxTestClient::Reply::requestId() const {
    return response.value(QLatin1String("RequestId")).toString();
}

SandboxTestClient::SandboxTestClient(const QUrl& endpoint, const QString& secretId,
                                     const QString& secretKey)
    : m_endpoint(endpoint)
    , m_secretId(secretId)
    , m_secretKey(secretKey) {}

QByteArray SandboxTestClient::hostHeader() const {
    return (m_endpoint.host() + QLatin1Char(':') + QString::number(m_endpoint.port())).toLatin1();
}

QList<QPair<QByteArray, QByteArray>> SandboxTestClient::flatten(const QJsonObject& params) {
    QList<QPair<QByteArray, QByteArray>> out;
    flattenInto(QString(), params, &out);
    return out;
}

SandboxTestClient::Reply SandboxTestClient::call(const QString& action, const QJsonObject& params,
                                                 Method method, const QString& version) {
    const Prepared p = prepare(action, params, method, version);
    return send(p.verb, p.headers, p.body, p.query);
}

SandboxTestClient::Prepared SandboxTestClient::prepare(const QString& action,
                                                       const QJsonObject& params, Method method,
                                                       const QString& version) const {
    const qint64 ts = QDateTime::currentSecsSinceEpoch() + m_offset;
    const QByteArray host = hostHeader();
    const QByteArray signedHost = m_hostWithoutPort ? m_endpoint.host().toLatin1() : host;
    if (method == Method::Tc3 || method == Method::Tc3Get) {
        const bool get = method == Method::Tc3Get;
        const QByteArray body =
            get ? QByteArray() : QJsonDocument(params).toJson(QJsonDocument::Compact);
        const QByteArray query = get ? encode(flatten(params)) : QByteArray();
        const QByteArray type = get ? "application/x-www-form-urlencoded" : "application/json";
        const QByteArray date =
            QDateTime::fromSecsSinceEpoch(ts, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
        const QByteArray service = m_service.toLatin1();
        const QByteArray canonical = QByteArray(get ? "GET" : "POST") + "\n/\n" + query +
                                     "\ncontent-type:" + type + "\nhost:" + signedHost +
                                     "\n\ncontent-type;host\n" + sha(body);
        const QByteArray scope = date + '/' + service + "/tc3_request";
        const QByteArray sts =
            "TC3-HMAC-SHA256\n" + QByteArray::number(ts) + '\n' + scope + '\n' + sha(canonical);
        const QByteArray key =
            hmac(hmac(hmac("TC3" + m_secretKey.toUtf8(), date), service), "tc3_request");
        const QByteArray auth =
            "TC3-HMAC-SHA256 Credential=" + m_secretId.toUtf8() + '/' + scope +
            ", SignedHeaders=content-type;host, Signature=" + hmac(key, sts).toHex();
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", auth},
                                                     {"Content-Type", type},
                                                     {"Host", host},
                                                     {"X-TC-Action", action.toUtf8()},
                                                     {"X-TC-Version", version.toUtf8()},
                                                     {"X-TC-Timestamp", QByteArray::number(ts)}};
        if (!m_region.isEmpty())
            headers.append({"X-TC-Region", m_region.toUtf8()});
        if (!m_token.isEmpty())
            headers.append({"X-TC-Token", m_token.toUtf8()});
        if (!m_language.isEmpty())
            headers.append({"X-TC-Language", m_language.toUtf8()});
        return {QByteArray(get ? "GET" : "POST"), headers, body, query};
    }
    const bool get = method == Method::HmacSha256Get;
    QList<QPair<QByteArray, QByteArray>> p = flatten(params);
    p.append({"Action", action.toUtf8()});
    p.append({"Version", version.toUtf8()});
    if (!m_region.isEmpty())
        p.append({"Region", m_region.toUtf8()});
    p.append({"Timestamp", QByteArray::number(ts)});
    p.append({"Nonce", QByteArray::number(ts % 100000 + 17)});
    p.append({"SecretId", m_secretId.toUtf8()});
    if (method != Method::HmacSha1)
        p.append({QByteArray("SignatureMethod"), QByteArray("HmacSHA256")});
    if (!m_token.isEmpty())
        p.append({"Token", m_token.toUtf8()});
    if (!m_language.isEmpty())
        p.append({"Language", m_language.toUtf8()});
    auto sorted = p;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray s = QByteArray(get ? "GET" : "POST") + signedHost + "/?";
    for (int i = 0; i < sorted.size(); ++i)
        s += (i ? "&" : "") + sorted[i].first + '=' + sorted[i].second;
    const auto algo =
        method == Method::HmacSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    p.append(
        {"Signature", QMessageAuthenticationCode::hash(s, m_secretKey.toUtf8(), algo).toBase64()});
    if (get)
        return {"GET", {{"Host", host}}, QByteArray(), encode(p)};
    return {"POST",
            {{"Host", host}, {"Content-Type", "application/x-www-form-urlencoded"}},
            encode(p),
            QByteArray()};
}

SandboxTestClient::Reply
SandboxTestClient::send(const QByteArray& verb, const QList<QPair<QByteArray, QByteArray>>& headers,
                        const QByteArray& body, const QByteArray& query) {
    QUrl url = m_endpoint;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& h : headers)
        if (h.first.compare("Host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(h.first, h.second);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.body = reply->readAll();
    r.date = reply->rawHeader("Date");
    r.contentType = reply->rawHeader("Content-Type");
    r.response =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("Response")).toObject();
    reply->deleteLater();
    return r;
}
