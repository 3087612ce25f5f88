// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SandboxAdminClient.h"

#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace eipdesk::test {

SandboxAdminClient::SandboxAdminClient(const QUrl& endpoint, const QString& token)
    : m_endpoint(endpoint)
    , m_token(token) {}

SandboxAdminClient::Reply SandboxAdminClient::send(const QByteArray& verb, const QByteArray& path,
                                                   const QByteArray& jsonBody,
                                                   const QByteArray& query, int timeoutMs) const {
    QUrl url = m_endpoint.resolved(QUrl(QString::fromUtf8(path)));
    if (!query.isEmpty())
        url.setQuery(QString::fromUtf8(query));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(sandbox::SandboxServer::adminTokenHeader(), m_token.toUtf8());
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, jsonBody);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    if (reply->isFinished()) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.raw = reply->readAll();
        out.json = QJsonDocument::fromJson(out.raw).object();
    } else {
        reply->abort();
    }
    delete reply;
    return out;
}

QString SandboxAdminClient::parseStartupLine(const QByteArray& output, const QByteArray& key) {
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith(key + ": "))
            return QString::fromUtf8(line.mid(key.size() + 2).trimmed());
    return {};
}

} // namespace eipdesk::test
