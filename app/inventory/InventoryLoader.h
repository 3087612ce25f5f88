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

namespace eipdesk {

class ApiJob;
class VpcApi;
struct AddressPage;

// Loads every EIP of the selected regions: the first page of every region (at most
// maxRegionsInFlight regions at once), then each region's remaining pages all in parallel, so
// a full load takes about two round trips after the region list. Each region is delivered whole
// (regionLoaded) or fails alone (regionFailed) without spoiling the others. cancel() stops
// everything; a new load() cancels the previous one. progressChanged is emitted at the start and
// the end of a load and, in between, at most every progressIntervalMs (page and region counts
// coalesced: a 10,000-EIP load has over a hundred pages).
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

    void load(const QStringList& regions);
    void cancel();
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
        QList<QList<Address>> pages;
        int pagesPending = 0;
        qint64 expected = 0; // its TotalCount, counted in the progress
        bool failed = false;
    };
    void startNextRegions();
    void startRegion(const QString& region);
    void onFirstPage(const QString& region, const AddressPage& first, const ApiError& error);
    void onPage(const QString& region, int index, const QList<Address>& addresses,
                const ApiError& error);
    void completeRegion(const QString& region);
    void failRegion(const QString& region, const ApiError& error);
    void regionDone();
    void track(ApiJob* job);
    void noteProgress(); // an intermediate change: emitted now or coalesced
    void emitProgress();

    VpcApi* m_api = nullptr;
    int m_maxRegionsInFlight = 20;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    QStringList m_regions;
    QStringList m_queue;
    int m_inFlight = 0;
    QHash<QString, RegionState> m_state;
    QHash<QString, ApiError> m_errors;
    QList<QPointer<ApiJob>> m_jobs;
    qsizetype m_jobsSweepAt = 64; // m_jobs' size at which finished jobs are next forgotten
    LoadProgress m_progress;
    int m_progressIntervalMs = 50;
    QElapsedTimer m_sinceProgress;
    QTimer m_progressTimer;
};

} // namespace eipdesk
