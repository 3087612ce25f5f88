// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ConnectionTester.h"

#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "credentials/ProfileFormat.h"
#include "ops/ErrorCatalog.h"

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
    if (!error.isError())
        return tr("Connection works: the credentials were accepted.");
    // The catalog says what the code means and what to do, as everywhere else; the test adds
    // what only it knows: the profile's key, site and region and the measured clock offset.
    const ErrorExplanation x = ErrorCatalog::explain(error);
    QString text = tr("%1: %2 %3").arg(x.title, x.meaning, x.nextStep);
    const QString& code = x.code;
    if (code == QLatin1String("AuthFailure.SignatureFailure") ||
        code == QLatin1String("AuthFailure.InvalidSecretId"))
        text += QLatin1Char(' ') + tr("(SecretId %1)").arg(maskSecretId(profile.secretId));
    else if (code == QLatin1String("AuthFailure.SecretIdNotFound"))
        text += QLatin1Char(' ') +
                tr("The profile uses the %1 site; a key of a %2 account is unknown there.")
                    .arg(siteDisplayName(profile.site),
                         siteDisplayName(profile.site == Site::China ? Site::International
                                                                     : Site::China));
    else if (code == QLatin1String("AuthFailure.SignatureExpire") && hasClockOffset)
        text += QLatin1Char(' ') + tr("Measured: %1").arg(describeOffset(clockOffsetMs));
    else if (code == QLatin1String("AuthFailure.UnauthorizedOperation") ||
             code == QLatin1String("UnauthorizedOperation"))
        text += QLatin1Char(' ') + tr("(The test calls vpc:DescribeAddressQuota.)");
    else if (code == QLatin1String("UnsupportedRegion") ||
             code == QLatin1String("InvalidParameterValue.Region"))
        text += QLatin1Char(' ') +
                tr("(The profile's default region is \"%1\".)").arg(profile.defaultRegion);
    if (!error.message.isEmpty() && error.kind != ApiError::Kind::Service)
        text += QLatin1Char(' ') + tr("(%1)").arg(error.message);
    if (!error.requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(RequestId %1)").arg(error.requestId);
    return text;
}

} // namespace eipdesk
