// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ConnectionTester.h"

#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "credentials/ProfileFormat.h"

#include <QtGlobal>

namespace eipdesk {

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, const Clock* clock,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock) {}

ConnectionTester::~ConnectionTester() {
    abort();
}

EndpointConfig ConnectionTester::endpointsFor(const Profile& profile) {
    EndpointConfig config;
    config.site = profile.site;
    config.customEndpoint = profile.endpointOverride;
    return config;
}

bool ConnectionTester::isRunning() const {
    return m_context != nullptr;
}

void ConnectionTester::abort() {
    // Deleting the context drops the pending callback; then the client goes.
    delete m_context;
    m_context = nullptr;
    m_api.reset();
    m_client.reset();
}

void ConnectionTester::test(const Profile& profile, const Credentials& credentials,
                            const EndpointConfig& endpoints, Done done) {
    abort();
    m_client = std::make_unique<ApiClient>(m_network, m_clock);
    m_client->setCredentials(credentials);
    m_client->setSignatureMethod(profile.signatureMethod);
    m_client->setEndpointConfig(endpoints);
    m_client->setDefaultTimeoutMs(m_timeoutMs);
    m_client->setMaxAttempts(1); // report the first failure exactly as it happened
    if (!profile.language.isEmpty())
        m_client->setLanguage(profile.language.startsWith(QLatin1String("zh"))
                                  ? QStringLiteral("zh-CN")
                                  : QStringLiteral("en-US"));
    m_api = std::make_unique<VpcApi>(m_client.get());
    m_context = new QObject(this);
    const QString region =
        profile.defaultRegion.isEmpty() ? QStringLiteral("ap-guangzhou") : profile.defaultRegion;
    m_api->describeAddressQuota(
        region, m_context, [this, profile, done](const QList<Quota>&, const ApiError& error) {
            Report report;
            report.error = error;
            report.requestId = error.requestId;
            report.hasClockOffset = m_client && m_client->hasClockOffset();
            report.clockOffsetMs = m_client ? m_client->clockOffsetMs() : 0;
            report.ok = !error.isError();
            if (report.ok) {
                report.summary = tr("Connection works: the credentials were accepted.");
                if (report.hasClockOffset && qAbs(report.clockOffsetMs) > 60 * 1000)
                    report.summary += QLatin1Char(' ') +
                                      tr("Warning: %1 Requests fail once the difference exceeds 5 "
                                         "minutes; synchronise the system clock.")
                                          .arg(describeOffset(report.clockOffsetMs));
            } else {
                report.summary =
                    explain(error, profile, report.hasClockOffset, report.clockOffsetMs);
            }
            // Release the client after this callback has returned.
            QObject* context = m_context;
            m_context = nullptr;
            if (context)
                context->deleteLater();
            done(report);
        });
}

QString ConnectionTester::describeOffset(qint64 offsetMs) {
    const double seconds = double(qAbs(offsetMs)) / 1000.0;
    return offsetMs >= 0
               ? tr("this computer's clock is %1 s behind the server's.").arg(seconds, 0, 'f', 1)
               : tr("this computer's clock is %1 s ahead of the server's.").arg(seconds, 0, 'f', 1);
}

QString ConnectionTester::explain(const ApiError& error, const Profile& profile,
                                  bool hasClockOffset, qint64 clockOffsetMs) {
    using K = ApiError::Kind;
    QString text;
    switch (error.kind) {
    case K::None:
        return tr("Connection works: the credentials were accepted.");
    case K::Service: {
        const QString& code = error.code;
        if (code == QLatin1String("AuthFailure.SignatureFailure"))
            text = tr("Wrong SecretKey: the server rejected the signature. Re-enter the SecretKey "
                      "that belongs to SecretId %1 (check for stray spaces) and the signature "
                      "method.")
                       .arg(maskSecretId(profile.secretId));
        else if (code == QLatin1String("AuthFailure.SecretIdNotFound"))
            text = tr("Unknown SecretId %1: the key does not exist or is disabled. The profile "
                      "uses the %2 site; a key of a %3 account is unknown there, so check that "
                      "the site matches the account, and that the key is enabled in the console.")
                       .arg(maskSecretId(profile.secretId), siteDisplayName(profile.site),
                            siteDisplayName(profile.site == Site::China ? Site::International
                                                                        : Site::China));
        else if (code == QLatin1String("AuthFailure.InvalidSecretId"))
            text = tr("The SecretId %1 is not a cloud API key. Copy the SecretId from the API "
                      "key page of the console.")
                       .arg(maskSecretId(profile.secretId));
        else if (code == QLatin1String("AuthFailure.SignatureExpire"))
            text =
                hasClockOffset
                    ? tr("Clock skew: %1 Requests are refused beyond 5 minutes. Synchronise the "
                         "system clock (NTP) and test again.")
                          .arg(describeOffset(clockOffsetMs))
                    : tr("Clock skew: the request was more than 5 minutes away from the server's "
                         "time. Synchronise the system clock (NTP) and test again.");
        else if (code == QLatin1String("AuthFailure.TokenFailure"))
            text = tr("The temporary session token was refused (wrong or expired). Get new "
                      "temporary credentials and edit the profile.");
        else if (code == QLatin1String("AuthFailure.InvalidAuthorization"))
            text = tr("The server could not read the Authorization header. Try the "
                      "TC3-HMAC-SHA256 signature method.");
        else if (code == QLatin1String("AuthFailure.UnauthorizedOperation") ||
                 code == QLatin1String("UnauthorizedOperation"))
            text = tr("The credentials are valid, but this key may not call "
                      "vpc:DescribeAddressQuota. Grant the VPC read permissions in CAM.");
        else if (code == QLatin1String("UnsupportedRegion") ||
                 code == QLatin1String("InvalidParameterValue.Region"))
            text = tr("The default region \"%1\" is not available for this account or site.")
                       .arg(profile.defaultRegion);
        else
            text = tr("The server refused the request: %1").arg(error.toString());
        break;
    }
    case K::Tls:
        text = tr("TLS error: the server's certificate could not be verified (%1). EIP Desk never "
                  "ignores certificate errors; check the endpoint and any TLS-intercepting "
                  "proxy or antivirus.")
                   .arg(error.message);
        break;
    case K::Proxy:
        text = tr("Proxy error: %1. Check the proxy settings (HTTPS_PROXY, system proxy) and "
                  "their credentials.")
                   .arg(error.message);
        break;
    case K::HostNotFound:
        text = tr("Network error: the host name could not be resolved (%1). Check DNS, the "
                  "network connection and the endpoint override.")
                   .arg(error.message);
        break;
    case K::ConnectionRefused:
        text = tr("Network error: the connection was refused (%1). Check the endpoint "
                  "override and firewalls.")
                   .arg(error.message);
        break;
    case K::Timeout:
        text = tr("Network error: the server did not answer in time. Check the network "
                  "connection and proxy.");
        break;
    case K::Network:
        text = tr("Network error: %1").arg(error.message);
        break;
    case K::HttpStatus:
        text = tr("The endpoint answered with HTTP status %1 instead of an API response. Check "
                  "the endpoint override and any proxy.")
                   .arg(error.httpStatus);
        break;
    case K::InvalidRequest:
        text = tr("The request was not sent: %1").arg(error.message);
        break;
    case K::Canceled:
        text = tr("The connection test was canceled.");
        break;
    case K::MalformedResponse:
    case K::ResponseTooLarge:
    case K::OutcomeUnknown:
        text = tr("The endpoint did not return a valid API response (%1). Check the endpoint "
                  "override.")
                   .arg(error.toString());
        break;
    }
    if (!error.requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(RequestId %1)").arg(error.requestId);
    return text;
}

} // namespace eipdesk
