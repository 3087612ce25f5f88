// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/InventoryLoader.h"

#include "api/PagePlan.h"
#include "api/VpcApi.h"

#include <QSet>

namespace eipdesk {

InventoryLoader::InventoryLoader(QObject* parent)
    : QObject(parent) {
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &InventoryLoader::emitProgress);
}

InventoryLoader::~InventoryLoader() {
    ++m_generation;
    for (const auto& job : std::as_const(m_jobs))
        if (job)
            job->abort();
}

void InventoryLoader::setApi(VpcApi* api) {
    cancel();
    m_api = api;
}

void InventoryLoader::setMaxRegionsInFlight(int regions) {
    m_maxRegionsInFlight = qMax(1, regions);
}

void InventoryLoader::setPageSize(int size) {
    m_pageSize = qBound(1, size, 100);
}

void InventoryLoader::setProgressIntervalMs(int ms) {
    m_progressIntervalMs = qMax(0, ms);
}

void InventoryLoader::emitProgress() {
    m_progressTimer.stop();
    m_sinceProgress.start();
    emit progressChanged(m_progress);
}

void InventoryLoader::noteProgress() {
    if (m_progressTimer.isActive())
        return; // already due
    const qint64 since =
        m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : m_progressIntervalMs;
    if (since >= m_progressIntervalMs)
        emitProgress();
    else
        m_progressTimer.start(int(m_progressIntervalMs - since));
}

void InventoryLoader::track(ApiJob* job) {
    if (!job)
        return;
    // Forget finished jobs now and then so the list stays short: when it has doubled since the
    // last sweep (a sweep per append would cost O(n^2) while thousands of pages are in flight).
    if (m_jobs.size() >= m_jobsSweepAt) {
        m_jobs.removeIf([](const QPointer<ApiJob>& j) { return j.isNull(); });
        m_jobsSweepAt = qMax<qsizetype>(64, 2 * m_jobs.size());
    }
    m_jobs << job;
}

void InventoryLoader::load(const QStringList& regions) {
    if (m_progress.running)
        cancel();
    ++m_generation;
    m_jobs.clear();
    m_jobsSweepAt = 64;
    m_state.clear();
    m_errors.clear();
    m_inFlight = 0;
    m_regions.clear();
    for (const QString& r : regions)
        if (!r.isEmpty() && !m_regions.contains(r))
            m_regions << r;
    m_queue = m_regions;
    m_progress = LoadProgress{};
    m_progress.regionsTotal = int(m_regions.size());
    m_progress.running = true;
    emit started(m_regions);
    emitProgress();
    if (!m_api) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidRequest;
        error.code = QStringLiteral("ClientError.NoSession");
        error.message = QStringLiteral("No active profile");
        const QStringList all = m_queue;
        m_queue.clear();
        m_inFlight = qMax(1, int(all.size()));
        for (const QString& r : all)
            failRegion(r, error);
        if (all.isEmpty())
            regionDone();
        return;
    }
    if (m_regions.isEmpty()) {
        ++m_inFlight;
        regionDone();
        return;
    }
    startNextRegions();
}

void InventoryLoader::cancel() {
    if (!m_progress.running)
        return;
    ++m_generation;
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const auto& job : jobs)
        if (job)
            job->abort();
    m_queue.clear();
    m_inFlight = 0;
    m_progress.running = false;
    m_progress.canceled = true;
    emitProgress();
    emit finished(m_progress);
}

void InventoryLoader::startNextRegions() {
    while (m_inFlight < m_maxRegionsInFlight && !m_queue.isEmpty()) {
        const QString region = m_queue.takeFirst();
        ++m_inFlight;
        startRegion(region);
    }
}

void InventoryLoader::startRegion(const QString& region) {
    m_state.insert(region, RegionState{});
    const quint64 gen = m_generation;
    ApiJob* job = m_api->describeAddressesPage(
        region, AddressQuery{}, 0, m_pageSize, this,
        [this, gen, region](const AddressPage& page, const ApiError& error) {
            if (gen != m_generation)
                return;
            onFirstPage(region, page, error);
        });
    track(job);
}

void InventoryLoader::onFirstPage(const QString& region, const AddressPage& first,
                                  const ApiError& error) {
    if (error.isError()) {
        failRegion(region, error);
        return;
    }
    const QList<Address>& addresses = first.addresses;
    const qint64 total = first.totalCount;
    // The same page rule as every paged read: an implausible TotalCount fails the region before
    // anything else is queued; a short first page is all there is (TotalCount may be stale).
    const PagePlan plan(total, m_pageSize, addresses.size());
    if (!plan.ok()) {
        failRegion(region, plan.apiError(first.requestId));
        return;
    }
    const int pageCount = int(plan.pages());
    RegionState& st = m_state[region];
    st.pages.resize(pageCount);
    st.pages[0] = addresses;
    st.expected = qMax<qint64>(total, addresses.size());
    m_progress.expected += st.expected;
    m_progress.addresses += addresses.size();
    noteProgress();
    if (pageCount == 1) {
        completeRegion(region);
        return;
    }
    st.pagesPending = pageCount - 1;
    const quint64 gen = m_generation;
    for (int i = 1; i < pageCount; ++i) {
        ApiJob* job = m_api->describeAddressesPage(
            region, AddressQuery{}, int(plan.offsetOf(i)), m_pageSize, this,
            [this, gen, region, i](const AddressPage& page, const ApiError& err) {
                if (gen != m_generation)
                    return;
                onPage(region, i, page.addresses, err);
            });
        track(job);
    }
}

void InventoryLoader::onPage(const QString& region, int index, const QList<Address>& addresses,
                             const ApiError& error) {
    auto it = m_state.find(region);
    if (it == m_state.end() || it->failed)
        return;
    if (error.isError()) {
        failRegion(region, error);
        return;
    }
    it->pages[index] = addresses;
    m_progress.addresses += addresses.size();
    noteProgress();
    if (--it->pagesPending == 0)
        completeRegion(region);
}

void InventoryLoader::completeRegion(const QString& region) {
    RegionState st = m_state.take(region);
    QList<Address> all;
    qsizetype n = 0;
    for (const auto& p : std::as_const(st.pages))
        n += p.size();
    all.reserve(n);
    QSet<QString> seen;
    seen.reserve(n);
    // Pages read in parallel may overlap when addresses come and go meanwhile: keep one of each.
    // The pages are ours now: move the addresses rather than copy them.
    for (auto& p : st.pages) {
        for (Address& a : p) {
            if (seen.contains(a.addressId))
                continue;
            seen.insert(a.addressId);
            all.append(std::move(a));
            if (all.last().region.isEmpty())
                all.last().region = region;
        }
    }
    emit regionLoaded(region, all);
    regionDone();
}

void InventoryLoader::failRegion(const QString& region, const ApiError& error) {
    RegionState& st = m_state[region];
    if (st.failed)
        return;
    st.failed = true;
    qint64 received = 0;
    for (const auto& p : std::as_const(st.pages))
        received += p.size();
    m_progress.addresses -= received; // a failed region contributes no rows
    m_progress.expected -= st.expected;
    m_state.remove(region);
    m_errors.insert(region, error);
    ++m_progress.regionsFailed;
    emit regionFailed(region, error);
    regionDone();
}

void InventoryLoader::regionDone() {
    --m_inFlight;
    if (!m_regions.isEmpty())
        ++m_progress.regionsDone;
    if (m_inFlight <= 0 && m_queue.isEmpty()) {
        m_inFlight = 0;
        m_progress.running = false;
        m_jobs.clear();
        emitProgress();
        emit finished(m_progress);
        return;
    }
    noteProgress();
    if (m_progress.running)
        startNextRegions();
}

} // namespace eipdesk
