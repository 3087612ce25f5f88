// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace eipdesk {

// One request through its attempts: validation, waiting for the rate window, sending, reading
// with a size limit and a timeout, classifying the outcome and retrying or finishing.
class ApiCall::Private {
public:
    Private(ApiCall* q, ApiClient* client, const ApiRequest& request);

    void start();
    void sendNow(); // called by the client's queue once the rate window allows it
    void onReadyRead();
    // What the reply holds, read into body; false (tooLarge, body dropped) past the limit.
    bool readAvailable(QNetworkReply* reply);
    void onMetaData();
    void onReplyFinished();
    void onTimeout();
    void decodeOffThread(); // ApiRequest::decodeOffThread: continues in onDecoded
    void onDecoded(bool ok, QVariant value, const QString& requestId, const QByteArray& bytes);
    void handleOutcome(const ApiError& error, const QJsonObject& response,
                       const QString& requestId);
    void finish(const ApiError& error, const QJsonObject& response, const QString& requestId);
    void dropReply();

    ApiCall* q;
    QPointer<ApiClient> client;
    ApiRequest request;
    QUrl url;
    QString limiterScope; // the rate limiter's scope: the endpoint's host and port
    QPointer<QNetworkReply> reply;
    QByteArray body;
    QVariant decoded; // what the request's decoder read from a successful reply
    QTimer timeout;
    QTimer backoff;
    int attempts = 0;
    qint64 limiterStamp = -1; // when the rate limiter let the current attempt go (monotonic)
    quint64 queueTicket = 0;  // its entry in the client's queue while waiting; 0 otherwise
    bool finished = false;
    bool timedOut = false;
    bool tooLarge = false;
    bool resigned = false; // the one re-sign after AuthFailure.SignatureExpire
    QString sslErrorText;
};

} // namespace eipdesk
