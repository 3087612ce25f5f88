// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/InventoryLoader.h"

#include "api/PagePlan.h"
#include "api/VpcApi.h"

#include <QSet>

#include <utility>

namespace eipdesk {

InventoryLoader::InventoryLoader(QObject* parent)
    : QObject(parent) {
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &InventoryLoader::emitProgress);
}

InventoryLoader::~InventoryLoader() {
    for (const RegionState& st : std::as_const(m_state))
        for (const auto& job : st.jobs)
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

void InventoryLoader::load(const QStringList& regions, const QHash<QString, qint64>& expected) {
    stopLoad();
    m_errors.clear();
    m_inFlight = 0;
    m_regions.clear();
    for (const QString& r : regions)
        if (!r.isEmpty() && !m_regions.contains(r))
            m_regions << r;
    m_expected = expected;
    // A prefetch for a region this load does not read is of no use any more.
    const QStringList prefetched = m_state.keys();
    for (const QString& r : prefetched)
        if (!m_regions.contains(r))
            dropRegion(r);
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

void InventoryLoader::prefetch(const QString& region, std::optional<qint64> expected) {
    if (!m_api || region.isEmpty() || m_state.contains(region))
        return;
    RegionState& st = newState(region, expected, false);
    requestPages(region, st, st.pages.size());
}

void InventoryLoader::stopLoad() {
    if (!m_progress.running)
        return;
    const QStringList regions = m_state.keys();
    for (const QString& r : regions)
        if (m_state.value(r).adopted)
            dropRegion(r);
    m_queue.clear();
    m_inFlight = 0;
    m_progress.running = false;
}

void InventoryLoader::cancel() {
    const QStringList regions = m_state.keys();
    for (const QString& r : regions)
        if (!m_state.value(r).adopted)
            dropRegion(r); // a prefetch
    if (!m_progress.running)
        return;
    stopLoad();
    m_progress.canceled = true;
    emitProgress();
    emit finished(m_progress);
}

void InventoryLoader::dropRegion(const QString& region) {
    const RegionState st = m_state.take(region);
    for (const auto& job : st.jobs)
        if (job)
            job->abort();
}

void InventoryLoader::startNextRegions() {
    while (m_inFlight < m_maxRegionsInFlight && !m_queue.isEmpty()) {
        const QString region = m_queue.takeFirst();
        ++m_inFlight;
        if (!startRegion(region) || m_queue.isEmpty())
            continue; // nothing sent (a prefetch joined), or nothing left
        // One region's requests per pass of the event loop: QNetworkAccessManager starts a
        // request on its next pass, so the network thread sends these while the next region's
        // are signed, instead of every request waiting for the last one to be signed.
        // The flag clears when the queued call runs, not in a nested call (a region completed
        // by a prefetch that joins), so one call at most is ever pending.
        if (!m_startQueued) {
            m_startQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_startQueued = false;
                    startNextRegions();
                },
                Qt::QueuedConnection);
        }
        return;
    }
}

InventoryLoader::RegionState&
InventoryLoader::newState(const QString& region, std::optional<qint64> expected, bool adopted) {
    RegionState st;
    st.token = ++m_tokens;
    st.adopted = adopted;
    // Every page the count from last time needs (at least the first); a count the loader would
    // not believe from the server is not believed from a file either.
    qint64 pages = 1;
    if (expected && *expected > 0 && *expected <= PagePlan::kMaxItems) {
        st.expected = *expected;
        pages = (*expected + m_pageSize - 1) / m_pageSize;
    }
    st.pages.resize(int(pages));
    return *m_state.insert(region, st);
}

bool InventoryLoader::startRegion(const QString& region) {
    auto it = m_state.find(region);
    if (it != m_state.end() && !it->adopted) {
        // A prefetch: it joins this load as it stands.
        it->adopted = true;
        m_progress.expected += it->expected;
        m_progress.addresses += it->received;
        noteProgress();
        if (it->pagesPending == 0)
            completeRegion(region);
        return false;
    }
    const auto known = m_expected.constFind(region);
    RegionState& st = newState(
        region, known == m_expected.cend() ? std::nullopt : std::optional<qint64>(*known), true);
    m_progress.expected += st.expected;
    requestPages(region, st, st.pages.size());
    return true;
}

void InventoryLoader::requestPages(const QString& region, RegionState& st, int pages) {
    if (st.pages.size() < pages)
        st.pages.resize(pages);
    const quint64 token = st.token;
    const int from = st.sent;
    // A reply may come before the call returns (an error found before sending) and change
    // m_state: the state is found again by name around every call.
    for (int i = from; i < pages; ++i) {
        auto it = m_state.find(region);
        if (it == m_state.end() || it->token != token)
            return; // it failed meanwhile
        ++it->pagesPending;
        ++it->sent;
        ApiJob* job = m_api->describeAddressesPage(
            region, AddressQuery{}, i * m_pageSize, m_pageSize, this,
            [this, token, region, i](const AddressPage& page, const ApiError& error) {
                onPage(region, token, i, page, error);
            });
        it = m_state.find(region);
        if (it == m_state.end() || it->token != token)
            return;
        it->jobs << QPointer<ApiJob>(job);
    }
}

void InventoryLoader::onPage(const QString& region, quint64 token, int index,
                             const AddressPage& page, const ApiError& error) {
    auto it = m_state.find(region);
    if (it == m_state.end() || it->token != token)
        return;
    if (error.isError()) {
        if (it->adopted)
            failRegion(region, error);
        else
            dropRegion(region); // the load will read it again and report what it finds
        return;
    }
    const QList<Address>& addresses = page.addresses;
    // The same page rule as every paged read: an implausible TotalCount fails the region before
    // anything else is queued; a short first page is all there is (TotalCount may be stale).
    const PagePlan plan(page.totalCount, m_pageSize, index == 0 ? addresses.size() : m_pageSize);
    if (!plan.ok()) {
        if (it->adopted)
            failRegion(region, plan.apiError(page.requestId));
        else
            dropRegion(region);
        return;
    }
    if (index == 0 && addresses.size() < m_pageSize)
        it->lastPage = true;
    it->pages[index] = addresses;
    it->received += addresses.size();
    const qint64 expected = qMax(qMax(it->expected, page.totalCount), it->received);
    if (it->adopted) {
        m_progress.expected += expected - it->expected;
        m_progress.addresses += addresses.size();
        noteProgress();
    }
    it->expected = expected;
    --it->pagesPending;
    // More pages than were asked for: the region grew since last time (or this is its first
    // page and nothing was known). Only the missing pages are asked for.
    if (!it->lastPage && plan.pages() > it->pages.size())
        requestPages(region, *it, int(plan.pages()));
    it = m_state.find(region);
    if (it != m_state.end() && it->token == token && it->pagesPending == 0 && it->adopted)
        completeRegion(region);
}

void InventoryLoader::completeRegion(const QString& region) {
    RegionState st = m_state.take(region);
    QList<Address> all;
    all.reserve(st.received);
    QSet<QString> seen;
    seen.reserve(st.received);
    // Pages read in parallel may overlap when addresses come and go meanwhile: keep one of each.
    // A page held by nobody else is moved from; one the reply still shares is copied once
    // (iterating it as non-const would copy the whole page first, to detach it).
    for (QList<Address>& p : st.pages) {
        const bool ours = p.isDetached();
        for (qsizetype i = 0; i < p.size(); ++i) {
            const qsizetype before = seen.size();
            seen.insert(std::as_const(p).at(i).addressId);
            if (seen.size() == before)
                continue; // already kept from an earlier page
            if (ours)
                all.append(std::move(p[i]));
            else
                all.append(std::as_const(p).at(i));
            if (all.last().region.isEmpty())
                all.last().region = region;
        }
    }
    emit regionLoaded(region, all);
    regionDone();
}

void InventoryLoader::failRegion(const QString& region, const ApiError& error) {
    if (m_state.contains(region)) {
        const RegionState& st = m_state[region];
        m_progress.addresses -= st.received; // a failed region contributes no rows
        m_progress.expected -= st.expected;
        dropRegion(region);
    }
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
        emitProgress();
        emit finished(m_progress);
        return;
    }
    noteProgress();
    if (m_progress.running)
        startNextRegions();
}

} // namespace eipdesk
