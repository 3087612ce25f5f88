// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/InventoryStore.h"

#include "api/SiteRules.h"

#include "api/VpcApi.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "inventory/InventoryCache.h"
#include "inventory/InventoryLoader.h"
#include "inventory/TransitionWatcher.h"

#include <QFile>

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
    m_writer.setMaxThreadCount(1);
    m_loader->setApi(api);
    m_watcher->setApi(api);
    connect(m_loader, &InventoryLoader::regionLoaded, this, &InventoryStore::onRegionLoaded);
    connect(m_loader, &InventoryLoader::regionFailed, this, &InventoryStore::onRegionFailed);
    connect(m_loader, &InventoryLoader::progressChanged, this, &InventoryStore::progressChanged);
    connect(m_loader, &InventoryLoader::finished, this, [this](const LoadProgress& p) {
        saveCache();
        emit loadFinished(p);
    });
    connect(m_watcher, &TransitionWatcher::addressUpdated, this, &InventoryStore::onAddressRead);
    connect(m_watcher, &TransitionWatcher::addressVanished, this, &InventoryStore::onAddressGone);
}

InventoryStore::~InventoryStore() {
    m_writer.waitForDone();
    ++m_regionsGeneration;
    ++m_quotaGeneration;
}

void InventoryStore::setCache(const QString& path, bool keepRows, const QString& language,
                              std::function<bool()> ownerExists) {
    m_cache = path.isEmpty() ? nullptr : std::make_unique<InventoryCache>(path);
    m_cacheOwnerExists = std::move(ownerExists);
    m_keepRows = keepRows;
    m_language = language;
    m_snapshot = {};
    m_snapshotRead = false;
}

void InventoryStore::forgetCache() {
    if (!m_cache)
        return;
    // On the writer's thread, after any write still queued, so none lands after the removal.
    m_writer.start([cache = *m_cache] {
        if (!cache.remove())
            qCWarning(lcApi) << "inventory cache not removed:" << cache.path();
    });
    m_cache.reset();
    m_keepRows = false;
    m_snapshot.rows.clear();
    m_freshRows.clear();
}

bool InventoryStore::hasCachedRegions() const {
    return m_snapshotRead && !m_snapshot.regions.isEmpty();
}

void InventoryStore::loadRegions() {
    if (!m_api) {
        emit regionsFailed(noSession());
        return;
    }
    const quint64 gen = ++m_regionsGeneration;
    bool fromCache = false;
    if (m_cache && !m_snapshotRead) {
        m_snapshotRead = true;
        QString why;
        if (std::optional<InventorySnapshot> s = m_cache->read(&why)) {
            m_snapshot = std::move(*s);
            if (m_snapshot.language != m_language)
                m_snapshot.regions.clear(); // names in another language: read them again
        } else if (QFile::exists(m_cache->path())) {
            qCWarning(lcApi) << "inventory cache ignored:" << why;
        }
        if (m_keepRows)
            readCachedRows();
        if (m_regions.isEmpty() && !m_snapshot.regions.isEmpty()) {
            fromCache = true;
            m_regions = m_snapshot.regions;
            // As if the list had been read: the regions are loaded now, in one round trip.
            QMetaObject::invokeMethod(
                this,
                [this, gen] {
                    if (gen == m_regionsGeneration)
                        emit regionsLoaded(m_regions);
                },
                Qt::QueuedConnection);
        }
    }
    m_api->describeRegions(
        this, [this, gen, fromCache](const QList<Region>& regions, const ApiError& error) {
            if (gen != m_regionsGeneration)
                return;
            if (!error.isError()) {
                onRegionList(regions, fromCache);
                return;
            }
            if (fromCache) { // the cached list stands; each region's read says what is wrong
                qCWarning(lcApi) << "DescribeRegions failed, the cached region list is used:"
                                 << error.code;
                return;
            }
            emit regionsFailed(error);
        });
}

void InventoryStore::onRegionList(const QList<Region>& regions, bool alreadyShown) {
    QList<Region> available;
    for (const Region& r : regions)
        if (r.isAvailable())
            available << r;
    auto idsOf = [](const QList<Region>& list) {
        QStringList ids;
        for (const Region& r : list)
            ids << r.id;
        return ids;
    };
    bool same = alreadyShown && idsOf(available) == idsOf(m_regions);
    for (int i = 0; same && i < available.size(); ++i)
        same = available.at(i).name == m_regions.at(i).name;
    m_regions = available;
    if (m_cache) {
        const bool changed = idsOf(m_snapshot.regions) != idsOf(available) || !same;
        m_snapshot.regions = available;
        m_snapshot.language = m_language;
        if (changed)
            saveCache();
    }
    if (!same)
        emit regionsLoaded(m_regions);
}

void InventoryStore::prefetch(const QString& region) {
    if (!region.isEmpty() && !isLoading())
        m_loader->prefetch(region, m_snapshot.counts.contains(region)
                                       ? std::optional<qint64>(m_snapshot.counts.value(region))
                                       : std::nullopt);
}

void InventoryStore::readCachedRows() {
    // Tens of MB at 100,000 EIPs: read on the writer's thread (after any write still queued),
    // shown when they are in. A store destroyed meanwhile waits for the read; the queued
    // delivery to it is then dropped by Qt.
    m_writer.start([this, cache = *m_cache] {
        QString why;
        std::optional<InventorySnapshot> rows = cache.readRows(&why);
        if (!rows) {
            if (QFile::exists(cache.rowsPath()))
                qCWarning(lcApi) << "cached rows ignored:" << why;
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(*rows)] {
                for (auto it = rows.rows.cbegin(); it != rows.rows.cend(); ++it) {
                    if (m_snapshot.rows.contains(it.key()))
                        continue; // read afresh since
                    m_snapshot.rows.insert(it.key(), it.value());
                    m_rowsReadAt.insert(it.key(), rows.readAt.value(it.key()));
                }
                showCachedRows();
            },
            Qt::QueuedConnection);
    });
}

void InventoryStore::showCachedRows() {
    // Only on request (Preferences), only for a region not read yet in this session.
    for (const QString& region : std::as_const(m_scope)) {
        const auto rows = m_snapshot.rows.constFind(region);
        if (rows == m_snapshot.rows.cend() || !m_rowsReadAt.contains(region) ||
            m_status.value(region).lastGoodRead.isValid())
            continue;
        RegionStatus& st = m_status[region];
        st.lastGoodRead = m_rowsReadAt.value(region);
        st.cached = true;
        emit regionReplaced(region, *rows);
        emit regionStatusChanged(region);
    }
}

void InventoryStore::saveCache() {
    if (!m_cache || m_regions.isEmpty())
        return;
    m_snapshot.language = m_language;
    m_snapshot.regions = m_regions;
    if (!m_keepRows)
        m_snapshot.rows.clear();
    for (auto it = m_freshRows.begin(); it != m_freshRows.end(); ++it)
        m_snapshot.rows.insert(it.key(), std::move(it.value()));
    m_freshRows.clear();
    // Written on the store's writer thread: with the rows kept, 100,000 EIPs are tens of MB of
    // JSON, not for the window's thread at the end of every load. One writer, so the files
    // land in order; the store waits for it when it goes.
    m_writer.start([cache = *m_cache, snapshot = m_snapshot, owner = m_cacheOwnerExists] {
        if (owner && !owner()) {
            qCInfo(lcApi) << "inventory cache not written: its profile was deleted";
            return;
        }
        QString why;
        if (!cache.write(snapshot, &why))
            qCWarning(lcApi) << "inventory cache not written:" << why;
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
    m_freshRows.clear();
    m_loader->load(m_scope, m_snapshot.counts);
    if (m_keepRows)
        showCachedRows();
}

void InventoryStore::refresh() {
    if (m_regions.isEmpty()) {
        loadRegions();
        return;
    }
    m_freshRows.clear();
    m_loader->load(m_scope, m_snapshot.counts);
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
    st.cached = false;
    st.error = {};
    m_snapshot.counts.insert(region, addresses.size());
    m_snapshot.readAt.insert(region, st.lastGoodRead);
    if (m_keepRows)
        m_freshRows.insert(region, addresses);
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
    st.cached = false; // rows from the cache stay, now marked out of date
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
