// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Session.h"

#include "api/ApiClient.h"
#include "api/SiteRules.h"
#include "api/VpcApi.h"

namespace eipdesk {

Session::Session(QNetworkAccessManager* network, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock) {}

Session::~Session() {
    ++m_generation;
    m_api.reset();
    m_client.reset();
}

void Session::activate(const Profile& profile, const Credentials& credentials,
                       const EndpointConfig& endpoints) {
    deactivate();
    m_profile = profile;
    m_client = std::make_unique<ApiClient>(m_network, m_clock);
    m_client->setCredentials(credentials);
    m_client->setSignatureMethod(profile.signatureMethod);
    m_client->setEndpointConfig(endpoints);
    m_client->setLanguage(apiLanguage());
    connect(m_client.get(), &ApiClient::clockOffsetChanged, this, &Session::onClockOffset);
    m_api = std::make_unique<VpcApi>(m_client.get());
    emit activated();
}

void Session::deactivate() {
    ++m_generation;
    const bool was = isActive();
    m_api.reset();
    m_client.reset();
    m_profile = Profile{};
    m_dailyQuota.reset();
    m_clockOffsetMs = 0;
    m_skewWarning = false;
    if (was)
        emit deactivated();
}

QString Session::maskedSecretId() const {
    return m_profile.secretId.isEmpty() ? QString() : maskSecretId(m_profile.secretId);
}

void Session::setUiLanguage(const QString& uiLanguage) {
    m_uiLanguage = uiLanguage;
    if (m_client)
        m_client->setLanguage(apiLanguage());
}

QString Session::apiLanguage() const {
    return apiLanguageFor(m_profile.language.isEmpty() ? m_uiLanguage : m_profile.language);
}

QString Session::apiLanguageFor(const QString& uiLanguage) {
    return uiLanguage.startsWith(QLatin1String("zh")) ? QStringLiteral("zh-CN")
                                                      : QStringLiteral("en-US");
}

EndpointConfig Session::endpointFor(const Profile& profile) {
    EndpointConfig config;
    config.site = profile.site;
    config.customEndpoint = profile.endpointOverride;
    return config;
}

bool Session::hasClockSkew() const {
    return m_skewWarning;
}

void Session::onClockOffset(qint64 offsetMs) {
    m_clockOffsetMs = offsetMs;
    m_skewWarning = qAbs(offsetMs) > SkewWarningMs;
    emit clockSkewChanged(offsetMs, m_skewWarning);
}

void Session::refreshDailyQuota(const QString& region) {
    if (!m_api || region.isEmpty())
        return;
    const quint64 gen = m_generation;
    const Site site = m_profile.site;
    m_api->describeAddressQuota(
        region, this, [this, gen, site](const QList<Quota>& quotas, const ApiError& error) {
            if (gen != m_generation)
                return;
            if (error.isError()) {
                emit dailyQuotaFailed(error);
                return;
            }
            if (const auto q = SiteRules::dailyReassignQuota(quotas, site)) {
                m_dailyQuota = *q;
                emit dailyQuotaChanged(*q);
                return;
            }
            m_dailyQuota.reset(); // none of the site's quota IDs: unknown, not absent
            emit dailyQuotaUnknown();
        });
}

} // namespace eipdesk
