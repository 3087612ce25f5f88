// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Session.h"

#include "api/ApiClient.h"
#include "api/SiteRules.h"
#include "api/VpcApi.h"
#include "inventory/InventoryCache.h"
#include "inventory/InventoryStore.h"
#include "session/AccountContext.h"

namespace eipdesk {

Session::Session(QNetworkAccessManager* network, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock) {}

Session::~Session() {
    // Each context ends its operations with a definite, journaled result as it goes.
    delete m_context.data();
    for (const auto& c : std::as_const(m_background))
        delete c.data();
}

void Session::activate(const Profile& profile, const Credentials& credentials,
                       const EndpointConfig& endpoints) {
    deactivate();
    auto* context = new AccountContext(m_network, m_clock, m_journal, profile, credentials,
                                       endpoints, apiLanguageOf(profile), this);
    m_context = context;
    connect(context, &AccountContext::clockOffsetChanged, this, [this, context](qint64 ms) {
        if (context == m_context)
            onClockOffset(ms);
    });
    InventoryStore* store = context->inventory();
    if (!m_cacheDir.isEmpty())
        store->setCache(InventoryCache::pathFor(m_cacheDir, profile.id), m_keepCachedRows,
                        apiLanguageOf(profile),
                        m_profileCheck
                            ? std::function<bool()>(
                                  [check = m_profileCheck, id = profile.id] { return check(id); })
                            : std::function<bool()>());
    connect(store, &InventoryStore::dailyQuotaChanged, this, &Session::dailyQuotaChanged);
    connect(store, &InventoryStore::dailyQuotaFailed, this, &Session::dailyQuotaFailed);
    connect(store, &InventoryStore::dailyQuotaUnknown, this, &Session::dailyQuotaUnknown);
    emit contextsChanged();
    emit activated();
}

void Session::deactivate() {
    AccountContext* old = m_context;
    m_context = nullptr;
    m_clockOffsetMs = 0;
    m_skewWarning = false;
    if (!old)
        return;
    old->disconnect(this);
    old->inventory()->disconnect(this);
    retire(old);
    emit contextsChanged();
    emit deactivated();
}

void Session::retire(AccountContext* context) {
    context->inventory()->cancel();
    if (!context->hasWorkInFlight()) {
        delete context; // its client overwrites its copy of the secret as it goes
        return;
    }
    // Its operations go on in the background (signed with its secret); the context goes once
    // they have settled, and its copy of the secret is overwritten then, not when the
    // deferred deletion comes.
    m_background << context;
    connect(context, &AccountContext::settled, this, [this, context] {
        m_background.removeAll(context);
        context->inventory()->cancel();
        context->client()->clearCredentials();
        context->deleteLater();
        emit contextsChanged();
    });
}

void Session::forgetProfile(const QString& profileId) {
    if (m_cacheDir.isEmpty() || profileId.isEmpty())
        return;
    bool queued = false;
    for (AccountContext* c : contexts()) {
        if (c->profile().id == profileId) {
            c->inventory()->forgetCache(); // after the write it may have queued
            queued = true;
        }
    }
    if (!queued)
        InventoryCache(InventoryCache::pathFor(m_cacheDir, profileId)).remove();
}

bool Session::isActive() const {
    return !m_context.isNull();
}

AccountContext* Session::context() const {
    return m_context.data();
}

QList<AccountContext*> Session::backgroundContexts() const {
    QList<AccountContext*> out;
    for (const auto& c : m_background)
        if (c)
            out << c.data();
    return out;
}

QList<AccountContext*> Session::contexts() const {
    QList<AccountContext*> out;
    if (m_context)
        out << m_context.data();
    return out + backgroundContexts();
}

const Profile& Session::profile() const {
    static const Profile none;
    return m_context ? m_context->profile() : none;
}

QString Session::maskedSecretId() const {
    const Profile& p = profile();
    return p.secretId.isEmpty() ? QString() : maskSecretId(p.secretId);
}

ApiClient* Session::client() const {
    return m_context ? m_context->client() : nullptr;
}

VpcApi* Session::api() const {
    return m_context ? m_context->api() : nullptr;
}

void Session::setUiLanguage(const QString& uiLanguage) {
    m_uiLanguage = uiLanguage;
    if (m_context)
        m_context->client()->setLanguage(apiLanguage());
}

QString Session::apiLanguage() const {
    return apiLanguageOf(profile());
}

QString Session::apiLanguageOf(const Profile& profile) const {
    return apiLanguageFor(profile.language.isEmpty() ? m_uiLanguage : profile.language);
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
    if (m_context)
        m_context->inventory()->refreshQuota(region);
}

std::optional<Quota> Session::dailyQuota() const {
    return m_context ? m_context->inventory()->dailyQuota() : std::nullopt;
}

} // namespace eipdesk
