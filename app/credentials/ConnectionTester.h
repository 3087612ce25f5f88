// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "credentials/Profile.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace eipdesk {

class ApiClient;
class Clock;
class VpcApi;

// "Test connection": one cheap signed call (DescribeAddressQuota in the profile's default
// region, no retries) and an exact, translated diagnosis of what went wrong: wrong key,
// unknown SecretId (site mismatch), clock skew with the measured offset, TLS, proxy, network.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    struct Report {
        bool ok = false;
        QString summary; // translated; never contains a secret
        ApiError error;
        QString requestId;
        bool hasClockOffset = false;
        qint64 clockOffsetMs = 0;
    };
    using Done = std::function<void(const Report&)>;

    ConnectionTester(QNetworkAccessManager* network, const Clock* clock, QObject* parent = nullptr);
    ~ConnectionTester() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Only one test at a time; a new one aborts the previous (which then reports Canceled).
    void test(const Profile& profile, const Credentials& credentials,
              const EndpointConfig& endpoints, Done done);
    void abort();
    bool isRunning() const;

    static EndpointConfig endpointsFor(const Profile& profile);
    static QString explain(const ApiError& error, const Profile& profile, bool hasClockOffset,
                           qint64 clockOffsetMs);
    static QString describeOffset(qint64 offsetMs);

private:
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    int m_timeoutMs = 15000;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;
    QObject* m_context = nullptr;
};

} // namespace eipdesk
