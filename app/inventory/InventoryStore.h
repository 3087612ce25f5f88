// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Endpoint.h"
#include "core/Address.h"
#include "core/Quota.h"
#include "core/Region.h"
#include "inventory/InventorySnapshot.h"
#include "inventory/LoadProgress.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace eipdesk {

class Clock;
class InventoryCache;
class InventoryLoader;
class TransitionWatcher;
class VpcApi;

// The inventory of one account: its regions, the scope being shown (one region or all of
// them), per region the time of the last good read, whether its rows are stale (the last
// refresh failed) and its error, and the daily reassignment quota. Loads and re-reads go
// through here; address rows leave it only through its signals, and only for regions in the
// current scope, so a background refresh of another scope can never leak into a view.
// Owned by an AccountContext, which keeps the VpcApi alive for as long as the store lives.
class InventoryStore : public QObject {
    Q_OBJECT
public:
    struct RegionStatus {
        QDateTime lastGoodRead; // UTC; invalid before the first good read
        bool stale = false;     // the last read failed: rows are those of lastGoodRead
        ApiError error;         // the last read's error, if it failed
        bool cached = false;    // rows from the cache (lastGoodRead's), a fresh read under way
    };

    InventoryStore(VpcApi* api, const Clock* clock, QObject* parent = nullptr);
    ~InventoryStore() override;

    InventoryLoader* loader() const { return m_loader; }
    TransitionWatcher* watcher() const { return m_watcher; }

    // Remembers the region list and each region's address count (and, with keepRows, the rows)
    // in `path` (InventoryCache), so that the next start reads every region in one round trip.
    // The file is written off the window's thread when a load ends; the store waits for the
    // last write when it is destroyed.
    // `language`: the API language (region names are read in it). Empty path: no cache.
    // `ownerExists`, when set, is asked on the writer's thread before each write: false (the
    // profile was deleted, perhaps by another process) and nothing is written.
    void setCache(const QString& path, bool keepRows, const QString& language,
                  std::function<bool()> ownerExists = {});
    // The profile is gone: its cache files are removed (after any write still queued) and
    // nothing is cached any more.
    void forgetCache();
    // The cache's region list, or DescribeRegions; then regionsLoaded() (or regionsFailed()).
    // With a cached list the list is still read, in the background: regionsLoaded() again only
    // if it changed.
    void loadRegions();
    // Starts reading a region that is about to be loaded (the default region while the region
    // list is read on a cold start).
    void prefetch(const QString& region);
    bool hasCachedRegions() const;
    QList<Region> regions() const { return m_regions; }

    // Sets the scope and reads every page of each of its regions. Rows of regions outside
    // the new scope are dropped (scopeChanged()); rows of regions in it stay until their
    // fresh read lands, and are marked stale if it fails.
    void load(const QStringList& regions);
    void refresh(); // the current scope again, and the quota
    void cancel();
    bool isLoading() const;
    QStringList scope() const { return m_scope; }
    bool inScope(const QString& region) const { return m_scope.contains(region); }
    RegionStatus regionStatus(const QString& region) const { return m_status.value(region); }
    // The errors of the regions in scope whose last read failed.
    QHash<QString, ApiError> regionErrors() const;

    // Re-reads one address now (after an operation changed it).
    void refreshAddress(const QString& region, const QString& addressId);

    // DAILY_PUBLIC_IP_ASSIGN, read in `region` (the scope's first region when empty).
    void refreshQuota(const QString& region = {});
    void setQuotaRegion(const QString& region) { m_quotaRegion = region; }
    // The profile's site decides which quota ID is the daily reassignment quota.
    void setSite(Site site) { m_site = site; }
    std::optional<Quota> dailyQuota() const { return m_quota; }

signals:
    void regionsLoaded(const QList<eipdesk::Region>& regions);
    void regionsFailed(const eipdesk::ApiError& error);
    void scopeChanged(const QStringList& regions);
    void regionReplaced(const QString& region, const QList<eipdesk::Address>& addresses);
    void addressUpdated(const eipdesk::Address& address);
    void addressRemoved(const QString& region, const QString& addressId);
    void regionStatusChanged(const QString& region);
    void regionErrorsChanged();
    void progressChanged(const eipdesk::LoadProgress& progress);
    void loadFinished(const eipdesk::LoadProgress& progress);
    void dailyQuotaChanged(const eipdesk::Quota& quota);
    void dailyQuotaFailed(const eipdesk::ApiError& error);
    void dailyQuotaUnknown(); // the answer had none of the site's quota IDs

private:
    void onRegionLoaded(const QString& region, const QList<Address>& addresses);
    void onRegionFailed(const QString& region, const ApiError& error);
    void onAddressRead(const Address& address);
    void onAddressGone(const QString& region, const QString& addressId);
    void onRegionList(const QList<Region>& regions, bool alreadyShown);
    void readCachedRows();
    void showCachedRows();
    void saveCache();

    VpcApi* m_api;
    const Clock* m_clock;
    InventoryLoader* m_loader;
    TransitionWatcher* m_watcher;
    QList<Region> m_regions;
    QStringList m_scope;
    QHash<QString, RegionStatus> m_status;
    std::unique_ptr<InventoryCache> m_cache;
    std::function<bool()> m_cacheOwnerExists;
    InventorySnapshot m_snapshot; // what the cache holds (read once, updated by each load)
    bool m_snapshotRead = false;
    bool m_keepRows = false;
    QString m_language;
    QHash<QString, QList<Address>> m_freshRows; // this load's rows, for the cache (keepRows)
    QHash<QString, QDateTime> m_rowsReadAt;     // when the cached rows were read
    QThreadPool m_writer; // reads the cached rows, writes the cache files, one at a time
    QString m_quotaRegion;
    std::optional<Quota> m_quota;
    Site m_site = Site::China;
    quint64 m_regionsGeneration = 0;
    quint64 m_quotaGeneration = 0;
};

} // namespace eipdesk
