// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/InventoryStore.h"

#include "api/SiteRules.h"

#include "api/VpcApi.h"
#include "core/Clock.h"
#include "inventory/InventoryLoader.h"
#include "inventory/TransitionWatcher.h"

namespace eipdesk {

namespace {

ApiError noSession() {
    ApiError e;
    e.kind = ApiError::Kind::InvalidRequest;
    e.code = QStringLiteral("EipDesk.NoSession");
    e.message = QStringLiteral("No active profile");
    return e;
}

} // namespace

InventoryStore::InventoryStore(VpcApi* api, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_loader(new InventoryLoader(this))
    , m_watcher(new TransitionWatcher(this)) {
    m_loader->setApi(api);
    m_watcher->setApi(api);
    connect(m_loader, &InventoryLoader::regionLoaded, this, &InventoryStore::onRegionLoaded);
    connect(m_loader, &InventoryLoader::regionFailed, this, &InventoryStore::onRegionFailed);
    connect(m_loader, &InventoryLoader::progressChanged, this, &InventoryStore::progressChanged);
    connect(m_loader, &InventoryLoader::finished, this, &InventoryStore::loadFinished);
    connect(m_watcher, &TransitionWatcher::addressUpdated, this, &InventoryStore::onAddressRead);
    connect(m_watcher, &TransitionWatcher::addressVanished, this, &InventoryStore::onAddressGone);
}

InventoryStore::~InventoryStore() {
    ++m_regionsGeneration;
    ++m_quotaGeneration;
}

void InventoryStore::loadRegions() {
    if (!m_api) {
        emit regionsFailed(noSession());
        return;
    }
    const quint64 gen = ++m_regionsGeneration;
    m_api->describeRegions(this, [this, gen](const QList<Region>& regions, const ApiError& error) {
        if (gen != m_regionsGeneration)
            return;
        if (error.isError()) {
            emit regionsFailed(error);
            return;
        }
        m_regions.clear();
        for (const Region& r : regions)
            if (r.isAvailable())
                m_regions << r;
        emit regionsLoaded(m_regions);
    });
}

void InventoryStore::load(const QStringList& regions) {
    QStringList scope;
    for (const QString& r : regions)
        if (!r.isEmpty() && !scope.contains(r))
            scope << r;
    const bool changed = scope != m_scope;
    m_scope = scope;
    if (changed) {
        // Nothing of another scope is followed or kept any more.
        m_watcher->clear();
        for (auto it = m_status.begin(); it != m_status.end();)
            it = m_scope.contains(it.key()) ? std::next(it) : m_status.erase(it);
        emit scopeChanged(m_scope);
        emit regionErrorsChanged();
    }
    m_loader->load(m_scope);
}

void InventoryStore::refresh() {
    if (m_regions.isEmpty()) {
        loadRegions();
        return;
    }
    m_loader->load(m_scope);
    refreshQuota();
}

void InventoryStore::cancel() {
    m_loader->cancel();
}

bool InventoryStore::isLoading() const {
    return m_loader->isRunning();
}

QHash<QString, ApiError> InventoryStore::regionErrors() const {
    QHash<QString, ApiError> out;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        if (it->stale && m_scope.contains(it.key()))
            out.insert(it.key(), it->error);
    return out;
}

void InventoryStore::onRegionLoaded(const QString& region, const QList<Address>& addresses) {
    if (!inScope(region))
        return;
    RegionStatus& st = m_status[region];
    const bool wasStale = st.stale;
    st.lastGoodRead = m_clock->nowUtc();
    st.stale = false;
    st.error = {};
    emit regionReplaced(region, addresses);
    m_watcher->watchAll(addresses);
    emit regionStatusChanged(region);
    if (wasStale)
        emit regionErrorsChanged();
}

void InventoryStore::onRegionFailed(const QString& region, const ApiError& error) {
    if (!inScope(region))
        return;
    RegionStatus& st = m_status[region];
    st.stale = true;
    st.error = error;
    emit regionStatusChanged(region);
    emit regionErrorsChanged();
}

void InventoryStore::onAddressRead(const Address& address) {
    if (inScope(address.region))
        emit addressUpdated(address);
}

void InventoryStore::onAddressGone(const QString& region, const QString& addressId) {
    if (inScope(region))
        emit addressRemoved(region, addressId);
}

void InventoryStore::refreshAddress(const QString& region, const QString& addressId) {
    if (!m_api)
        return;
    m_api->describeAddress(
        region, addressId, this,
        [this, region, addressId](const std::optional<Address>& address, const ApiError& error) {
            if (error.isError())
                return;
            if (!address) {
                onAddressGone(region, addressId);
                return;
            }
            Address a = *address;
            if (a.region.isEmpty())
                a.region = region;
            onAddressRead(a);
            if (inScope(a.region))
                m_watcher->watch(a);
        });
}

void InventoryStore::refreshQuota(const QString& region) {
    QString r = region.isEmpty() ? m_quotaRegion : region;
    if (r.isEmpty() && !m_scope.isEmpty())
        r = m_scope.first();
    if (!m_api || r.isEmpty())
        return;
    m_quotaRegion = r;
    const quint64 gen = ++m_quotaGeneration;
    m_api->describeAddressQuota(
        r, this, [this, gen](const QList<Quota>& quotas, const ApiError& error) {
            if (gen != m_quotaGeneration)
                return;
            if (error.isError()) {
                emit dailyQuotaFailed(error);
                return;
            }
            if (const auto q = SiteRules::dailyReassignQuota(quotas, m_site)) {
                m_quota = *q;
                emit dailyQuotaChanged(*q);
                return;
            }
            // None of the site's quota IDs: unknown, not absent.
            m_quota.reset();
            emit dailyQuotaUnknown();
        });
}

} // namespace eipdesk
