// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Address.h"
#include "inventory/LoadProgress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace eipdesk {

class ApiJob;
class VpcApi;
struct AddressPage;

// Loads every EIP of the selected regions (at most maxRegionsInFlight regions at once). A region
// whose address count is known from last time (load()'s `expected`) gets every page that count
// needs at once, and only the pages beyond it if a reply's TotalCount says the region grew: one
// round trip when nothing grew. A region without a count gets its first page, then the pages
// its TotalCount calls for, all in parallel: two round trips. The regions' requests go out one
// region per pass of the event loop, so the first leave while the next are signed. prefetch()
// starts a region before the load that will include it is known (the default region while the
// region list is read): nothing is emitted for it until a load() adopts it. Each region is
// delivered whole (regionLoaded) or fails alone (regionFailed) without spoiling the others.
// cancel() stops everything; a new load() cancels the previous one. progressChanged is emitted at
// the start and the end of a load and, in between, at most every progressIntervalMs (page and
// region counts coalesced: a 10,000-EIP load has over a hundred pages).
class InventoryLoader : public QObject {
    Q_OBJECT
public:
    explicit InventoryLoader(QObject* parent = nullptr);
    ~InventoryLoader() override;

    void setApi(VpcApi* api); // cancels a running load
    VpcApi* api() const { return m_api; }
    void setMaxRegionsInFlight(int regions); // default 20
    void setPageSize(int size);              // default 100 (the API's maximum)
    void setProgressIntervalMs(int ms);      // default 50; 0 emits every change

    // `expected`: the region's address count from last time (absent: unknown).
    void load(const QStringList& regions, const QHash<QString, qint64>& expected = {});
    // Starts reading `region` now, for a load() to come; ignored when it is being read already.
    void prefetch(const QString& region, std::optional<qint64> expected = std::nullopt);
    void cancel(); // the running load and any prefetch
    bool isRunning() const { return m_progress.running; }
    LoadProgress progress() const { return m_progress; }
    QStringList regions() const { return m_regions; }
    QHash<QString, ApiError> errors() const { return m_errors; }

signals:
    void started(const QStringList& regions);
    void regionLoaded(const QString& region, const QList<eipdesk::Address>& addresses);
    void regionFailed(const QString& region, const eipdesk::ApiError& error);
    void progressChanged(const eipdesk::LoadProgress& progress);
    void finished(const eipdesk::LoadProgress& progress);

private:
    struct RegionState {
        QList<QList<Address>> pages; // by page index; pages.size() pages requested
        QList<QPointer<ApiJob>> jobs;
        int pagesPending = 0;
        int sent = 0;        // pages [0, sent) were asked for
        qint64 expected = 0; // the largest TotalCount seen (or the count from last time)
        qint64 received = 0;
        quint64 token = 0;    // replies for another reading of the region are ignored
        bool adopted = false; // part of the running load (counted in the progress); else a prefetch
        bool lastPage = false; // the first page was short: there is no other page
    };
    void startNextRegions();
    bool startRegion(const QString& region); // false: a prefetch joined, nothing sent
    RegionState& newState(const QString& region, std::optional<qint64> expected, bool adopted);
    void requestPages(const QString& region, RegionState& st, int pages);
    void onPage(const QString& region, quint64 token, int index, const AddressPage& page,
                const ApiError& error);
    void completeRegion(const QString& region);
    void failRegion(const QString& region, const ApiError& error);
    void dropRegion(const QString& region); // aborts its requests, forgets it
    void regionDone();
    void stopLoad();     // the running load's regions; a prefetch stays
    void noteProgress(); // an intermediate change: emitted now or coalesced
    void emitProgress();

    VpcApi* m_api = nullptr;
    int m_maxRegionsInFlight = 20;
    int m_pageSize = 100;
    quint64 m_tokens = 0;
    QStringList m_regions;
    QHash<QString, qint64> m_expected;
    QStringList m_queue;
    int m_inFlight = 0;
    bool m_startQueued = false; // startNextRegions() is due on the next pass of the event loop
    QHash<QString, RegionState> m_state;
    QHash<QString, ApiError> m_errors;
    LoadProgress m_progress;
    int m_progressIntervalMs = 50;
    QElapsedTimer m_sinceProgress;
    QTimer m_progressTimer;
};

} // namespace eipdesk
