// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "core/Quota.h"
#include "credentials/Profile.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace eipdesk {

class ApiClient;
class Clock;
class VpcApi;

// The active account: one Profile with its Credentials, one ApiClient (over the application's
// single QNetworkAccessManager and clock) and the typed VpcApi on top. Switching profile makes
// a fresh client so nothing of the previous account is reused. Watches the server's clock
// (skew warning beyond a minute) and reads the daily public-IP reassignment quota.
class Session : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 SkewWarningMs = 60 * 1000;

    Session(QNetworkAccessManager* network, const Clock* clock, QObject* parent = nullptr);
    ~Session() override;

    void activate(const Profile& profile, const Credentials& credentials,
                  const EndpointConfig& endpoints);
    void deactivate();
    bool isActive() const { return m_api != nullptr; }

    const Profile& profile() const { return m_profile; }
    QString maskedSecretId() const; // never the secret itself
    ApiClient* client() const { return m_client.get(); }
    VpcApi* api() const { return m_api.get(); }

    // "en" / "zh_CN": server messages are requested in the same language (X-TC-Language),
    // unless the profile sets its own.
    void setUiLanguage(const QString& uiLanguage);
    QString apiLanguage() const;
    static QString apiLanguageFor(const QString& uiLanguage); // zh-CN or en-US
    static EndpointConfig endpointFor(const Profile& profile);

    void refreshDailyQuota(const QString& region);
    std::optional<Quota> dailyQuota() const { return m_dailyQuota; }

    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    bool hasClockSkew() const;

signals:
    void activated();
    void deactivated();
    void clockSkewChanged(qint64 offsetMs, bool warning);
    void dailyQuotaChanged(const eipdesk::Quota& quota);
    void dailyQuotaFailed(const eipdesk::ApiError& error);
    void dailyQuotaUnknown(); // the answer had none of the site's quota IDs

private:
    void onClockOffset(qint64 offsetMs);

    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    Profile m_profile;
    QString m_uiLanguage = QStringLiteral("en");
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;
    std::optional<Quota> m_dailyQuota;
    qint64 m_clockOffsetMs = 0;
    bool m_skewWarning = false;
    quint64 m_generation = 0;
};

} // namespace eipdesk
