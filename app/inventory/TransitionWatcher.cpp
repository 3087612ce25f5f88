// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/TransitionWatcher.h"

#include "api/VpcApi.h"

#include <QTimer>

namespace eipdesk {

TransitionWatcher::TransitionWatcher(QObject* parent)
    : QObject(parent) {}

void TransitionWatcher::setApi(VpcApi* api) {
    clear();
    m_api = api;
}

void TransitionWatcher::setDelays(int initialMs, int maxMs) {
    m_initialMs = qMax(1, initialMs);
    m_maxMs = qMax(m_initialMs, maxMs);
}

void TransitionWatcher::setMaxAttempts(int attempts) {
    m_maxAttempts = qMax(1, attempts);
}

void TransitionWatcher::clear() {
    ++m_generation;
    m_watch.clear();
}

int TransitionWatcher::watchedCount() const {
    int n = 0;
    for (const auto& w : m_watch)
        n += int(w.ids.size());
    return n;
}

bool TransitionWatcher::isWatching(const QString& addressId) const {
    for (const auto& w : m_watch)
        if (w.ids.contains(addressId))
            return true;
    return false;
}

void TransitionWatcher::watchAll(const QList<Address>& addresses) {
    for (const Address& a : addresses)
        watch(a);
}

void TransitionWatcher::watch(const Address& address) {
    if (address.region.isEmpty() || address.addressId.isEmpty())
        return;
    if (!address.isTransitional()) {
        auto it = m_watch.find(address.region);
        if (it != m_watch.end())
            it->ids.remove(address.addressId);
        return;
    }
    RegionWatch& w = m_watch[address.region];
    if (!w.ids.contains(address.addressId)) {
        w.ids.insert(address.addressId);
        w.attempt = 0; // something new is moving: look again soon
    }
    schedule(address.region);
}

void TransitionWatcher::schedule(const QString& region) {
    RegionWatch& w = m_watch[region];
    if (w.scheduled || w.inFlight || w.ids.isEmpty())
        return;
    if (w.attempt >= m_maxAttempts) {
        m_watch.remove(region); // give up quietly; a manual refresh still works
        return;
    }
    w.scheduled = true;
    const int shift = qMin(w.attempt, 16);
    const qint64 delay = qMin<qint64>(qint64(m_initialMs) << shift, m_maxMs);
    const quint64 gen = m_generation;
    QTimer::singleShot(int(delay), this, [this, gen, region] {
        if (gen != m_generation)
            return;
        poll(region);
    });
}

void TransitionWatcher::poll(const QString& region) {
    auto it = m_watch.find(region);
    if (it == m_watch.end())
        return;
    it->scheduled = false;
    if (!m_api || it->ids.isEmpty()) {
        m_watch.erase(it);
        return;
    }
    it->inFlight = true;
    ++it->attempt;
    AddressQuery query;
    query.addressIds = QStringList(it->ids.cbegin(), it->ids.cend());
    if (query.addressIds.size() > 100)
        query.addressIds = query.addressIds.mid(0, 100);
    const QStringList asked = query.addressIds;
    const quint64 gen = m_generation;
    m_api->describeAddressesPage(
        region, query, 0, 100, this,
        [this, gen, region, asked](const AddressPage& page, const ApiError& error) {
            if (gen != m_generation)
                return;
            auto wit = m_watch.find(region);
            if (wit == m_watch.end())
                return;
            wit->inFlight = false;
            if (!error.isError()) {
                QSet<QString> seen;
                for (Address a : page.addresses) {
                    if (a.region.isEmpty())
                        a.region = region;
                    seen.insert(a.addressId);
                    if (!a.isTransitional())
                        m_watch[region].ids.remove(a.addressId);
                    emit addressUpdated(a);
                }
                for (const QString& id : asked) {
                    if (!seen.contains(id)) {
                        m_watch[region].ids.remove(id);
                        emit addressVanished(region, id);
                    }
                }
            }
            auto again = m_watch.find(region);
            if (again == m_watch.end())
                return;
            if (again->ids.isEmpty())
                m_watch.erase(again);
            else
                schedule(region);
        });
}

} // namespace eipdesk
