// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/RateLimiter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace eipdesk {

// State shared by every call of one ApiClient: configuration, the rate limiter and the queue
// of calls waiting for their action's rate window.
class ApiClient::Private {
public:
    Private(ApiClient* q, QNetworkAccessManager* network, const Clock* clock);

    void enqueue(ApiCall* call);
    void remove(ApiCall* call);
    void pump();
    void noteServerDate(const QByteArray& dateHeader);
    qint64 signingTimeMSecs() const;

    ApiClient* q;
    QNetworkAccessManager* network;
    const Clock* clock;
    Credentials credentials;
    SignatureMethod signatureMethod = SignatureMethod::Tc3HmacSha256;
    EndpointConfig endpoints;
    QString language;
    int defaultTimeoutMs = 15000;
    int maxAttempts = 4;
    int retryBaseDelayMs = 500;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    RateLimiter limiter;
    QList<QPointer<ApiCall>> waiting;
    QTimer pumpTimer;
    qint64 clockOffsetMs = 0;
    bool hasClockOffset = false;
    QByteArray lastDateHeader; // the last Date header seen and its parsed value
    QDateTime lastServerTime;
};

} // namespace eipdesk
