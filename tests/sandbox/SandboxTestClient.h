// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A tiny, independent request signer and synchronous sender for the sandbox tests (TC3 JSON
// POST, TC3 GET, v1 HmacSHA1/HmacSHA256 form POST and GET). Not the client library.
class SandboxTestClient {
public:
    enum class Method { Tc3, Tc3Get, HmacSha1, HmacSha256, HmacSha256Get };

    struct Reply {
        int status = 0;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject response; // "Response" of the envelope
        QByteArray date;
        QByteArray contentType;
        QString errorCode() const;
        QString requestId() const;
    };

    // A signed request, ready to send (possibly many times: the sandbox does not track nonces).
    struct Prepared {
        QByteArray verb;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray query;
    };

    SandboxTestClient(const QUrl& endpoint, const QString& secretId, const QString& secretKey);
    Prepared prepare(const QString& action, const QJsonObject& params = {},
                     Method method = Method::Tc3,
                     const QString& version = QStringLiteral("2017-03-12")) const;
    QUrl endpoint() const { return m_endpoint; }

    void setRegion(const QString& region) { m_region = region; }
    void setToken(const QString& token) { m_token = token; }
    void setLanguage(const QString& language) { m_language = language; }
    void setTimestampOffset(qint64 secs) { m_offset = secs; }
    void setService(const QString& service) { m_service = service; }
    void setSignHostWithoutPort(bool on) { m_hostWithoutPort = on; }
    void setEndpoint(const QUrl& endpoint) { m_endpoint = endpoint; }

    Reply call(const QString& action, const QJsonObject& params = {}, Method method = Method::Tc3,
               const QString& version = QStringLiteral("2017-03-12"));
    // Sends exactly these bytes with these headers (no signing).
    Reply send(const QByteArray& verb, const QList<QPair<QByteArray, QByteArray>>& headers,
               const QByteArray& body, const QByteArray& query = {});

    static QList<QPair<QByteArray, QByteArray>> flatten(const QJsonObject& params);

private:
    QByteArray hostHeader() const;
    QUrl m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QString m_region = QStringLiteral("ap-guangzhou");
    QString m_token;
    QString m_language;
    QString m_service = QStringLiteral("vpc");
    qint64 m_offset = 0;
    bool m_hostWithoutPort = false;
    QNetworkAccessManager m_nam;
};
