// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/Credentials.h"
#include "api/Endpoint.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace eipdesk {

class Clock;
class ApiCall;

// What a call produced: the Response object, or an error. requestId is set whenever the server
// handled the request (for errors too).
struct ApiResponse {
    QJsonObject response; // the "Response" object, without Error
    QVariant decoded;     // instead of response when the request's decoder read the reply
    ApiError error;
    QString requestId;
    int attempts = 0;
    bool ok() const { return !error.isError(); }
};

// Signs and sends API 3.0 requests with one injected QNetworkAccessManager and one injected
// clock. Rate limits per action and endpoint (spec §6; Tencent Cloud counts them per access
// region, see RateLimiter) are shared by every caller of one client; transient
// failures are retried with backoff and jitter (never a non-idempotent action after a timeout
// or lost reply: that becomes ApiError::Kind::OutcomeUnknown).
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager* network, const Clock* clock, QObject* parent = nullptr);
    ~ApiClient() override;

    // Replaces the credentials; the previous copy is wiped (Credentials::wipe()).
    void setCredentials(const Credentials& credentials);
    Credentials credentials() const;
    // Wipes the client's copy of the credentials (also done when the client is destroyed):
    // calls sent from now on fail with InvalidRequest, and none is signed with an empty key.
    void clearCredentials();
    void setSignatureMethod(SignatureMethod method);
    SignatureMethod signatureMethod() const;
    void setEndpointConfig(const EndpointConfig& config);
    EndpointConfig endpointConfig() const;
    void setLanguage(const QString& language); // "zh-CN" or "en-US" (X-TC-Language)
    QString language() const;
    void setDefaultTimeoutMs(int ms);  // default 15000
    void setMaxAttempts(int attempts); // for retryable failures; default 4
    // Scale for the documented per-action limits (1.0 = documented); 0 disables client-side
    // limiting (tests of the server's limiter use this).
    void setRateLimitScale(double scale);
    // Base of the exponential retry backoff (default 500 ms; tests use a few ms).
    void setRetryBaseDelayMs(int ms);
    // Bodies larger than this are abandoned with Kind::ResponseTooLarge (default 16 MiB).
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;

    // Sends the request. The returned call is owned by the client and deletes itself after
    // finished() has been emitted. Never nullptr; errors are reported through finished().
    ApiCall* send(const ApiRequest& request);

    // Server time minus our time, measured from the Date header of the latest response (ms).
    qint64 clockOffsetMs() const;
    bool hasClockOffset() const;

signals:
    void clockOffsetChanged(qint64 offsetMs);
    // Emitted each time a request goes out on the wire (after rate limiting); attempt starts at 1.
    void requestSent(const QString& action, int attempt);

private:
    class Private;
    Private* d;
    friend class ApiCall;
};

// One request in flight (with its retries). abort() finishes it with Kind::Canceled.
class ApiCall : public QObject {
    Q_OBJECT
public:
    ~ApiCall() override;
    void abort();
    bool isFinished() const;
    const ApiRequest& request() const;

signals:
    void finished(const eipdesk::ApiResponse& response);

private:
    friend class ApiClient;
    explicit ApiCall(QObject* parent);
    class Private;
    Private* d;
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::ApiResponse)
