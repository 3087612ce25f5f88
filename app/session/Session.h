// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "core/Quota.h"
#include "credentials/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace eipdesk {

class AccountContext;
class ApiClient;
class Clock;
class Journal;
class VpcApi;

// The active account: one AccountContext (profile, ApiClient, VpcApi, inventory, operations)
// over the application's single QNetworkAccessManager, clock and journal. Switching profile
// makes a fresh context so nothing of the previous account is reused; a previous context
// with operations queued or under way keeps running in the background until they settle,
// then goes (backgroundContexts(): the tasks panel shows their profile). Watches the server's
// clock (skew warning beyond a minute) and forwards the daily reassignment quota.
class Session : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 SkewWarningMs = 60 * 1000;

    Session(QNetworkAccessManager* network, const Clock* clock, QObject* parent = nullptr);
    ~Session() override;

    // The operations journal every context writes to (not owned; nullptr: unjournaled).
    void setJournal(Journal* journal) { m_journal = journal; }
    // Where each profile's inventory cache is kept (InventoryCache: region list, counts and,
    // with keepRows, the rows); empty, the default: nothing is remembered. For the next
    // activation.
    void setCacheDirectory(const QString& dir, bool keepRows) {
        m_cacheDir = dir;
        m_keepCachedRows = keepRows;
    }
    // Whether a profile still exists in the profile store (another process may delete it while
    // it is open here): its inventory cache is written only then. Called on the cache writer's
    // thread, so it must read the store itself (a ProfileStore of its own). Unset: always.
    using ProfileCheck = std::function<bool(const QString& profileId)>;
    void setProfileCheck(ProfileCheck check) { m_profileCheck = std::move(check); }
    Journal* journal() const { return m_journal; }
    // A profile was deleted: what is remembered of its inventory goes (InventoryCache), now or,
    // for a profile whose store is still writing, once that write is done.
    void forgetProfile(const QString& profileId);

    void activate(const Profile& profile, const Credentials& credentials,
                  const EndpointConfig& endpoints);
    void deactivate();
    bool isActive() const;

    AccountContext* context() const;
    // Contexts of earlier profiles still finishing their operations.
    QList<AccountContext*> backgroundContexts() const;
    // The current context first, then the background ones.
    QList<AccountContext*> contexts() const;

    const Profile& profile() const;
    QString maskedSecretId() const; // never the secret itself
    ApiClient* client() const;
    VpcApi* api() const;

    // "en" / "zh_CN": server messages are requested in the same language (X-TC-Language),
    // unless the profile sets its own.
    void setUiLanguage(const QString& uiLanguage);
    QString apiLanguage() const;
    static QString apiLanguageFor(const QString& uiLanguage); // zh-CN or en-US
    static EndpointConfig endpointFor(const Profile& profile);

    void refreshDailyQuota(const QString& region);
    std::optional<Quota> dailyQuota() const;

    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    bool hasClockSkew() const;

signals:
    void activated();
    void deactivated();
    void contextsChanged(); // the current or a background context came or went
    void clockSkewChanged(qint64 offsetMs, bool warning);
    void dailyQuotaChanged(const eipdesk::Quota& quota);
    void dailyQuotaFailed(const eipdesk::ApiError& error);
    void dailyQuotaUnknown(); // the answer had none of the site's quota IDs

private:
    void onClockOffset(qint64 offsetMs);
    void retire(AccountContext* context); // background until settled, or gone now
    QString apiLanguageOf(const Profile& profile) const;

    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    Journal* m_journal = nullptr;
    QString m_uiLanguage = QStringLiteral("en");
    // Owned (children of this session); deleted by retire() or with the session.
    QPointer<AccountContext> m_context;
    QList<QPointer<AccountContext>> m_background;
    qint64 m_clockOffsetMs = 0;
    QString m_cacheDir;
    ProfileCheck m_profileCheck;
    bool m_keepCachedRows = false;
    bool m_skewWarning = false;
};

} // namespace eipdesk
