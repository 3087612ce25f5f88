// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/UnbindQueue.h"

#include "core/Clock.h"
#include "ops/Journal.h"
#include "ops/SendPacer.h"
#include "ops/UnbindOperation.h"

#include <QMap>

namespace eipdesk {

UnbindQueue::UnbindQueue(Journal* journal, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_pacer(new SendPacer(clock, this)) {
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &UnbindQueue::dispatch);
}

UnbindQueue::~UnbindQueue() {
    // Operations die with us; their journal entries stay "running" and are resumed next time.
    qDeleteAll(m_operations);
    m_operations.clear();
}

void UnbindQueue::setSession(VpcApi* api, const QString& profileName) {
    m_api = api;
    m_profile = profileName;
    m_dispatchTimer.start();
}

void UnbindQueue::setRatePerSecond(double rate) {
    m_pacer->setRatePerSecond(rate);
}

UnbindItem* UnbindQueue::find(qint64 key) {
    for (UnbindItem& i : m_items)
        if (i.key == key)
            return &i;
    return nullptr;
}

UnbindItem UnbindQueue::item(qint64 key) const {
    const int i = indexOf(key);
    return i < 0 ? UnbindItem{} : m_items.at(i);
}

int UnbindQueue::indexOf(qint64 key) const {
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).key == key)
            return i;
    return -1;
}

UnbindItem UnbindQueue::makeItem(const Address& a, bool reallocate) {
    UnbindItem item;
    item.key = m_nextKey++;
    item.address = a;
    JournalEntry& e = item.entry;
    e.startedAt = m_clock->nowUtc();
    e.profile = m_profile;
    e.region = a.region;
    e.addressId = a.addressId;
    e.addressIp = a.addressIp;
    e.kind = a.isNatGateway() ? JournalEntry::Kind::UnbindNat : JournalEntry::Kind::Unbind;
    e.previousInstanceId = a.instanceId;
    e.previousInstanceType = a.instanceType;
    e.previousEniId = a.networkInterfaceId;
    e.previousPrivateIp = a.privateAddressIp;
    e.reallocate = reallocate && !a.isNatGateway();
    e.state = OperationState::Queued;
    if (m_journal)
        m_journal->add(e);
    return item;
}

QList<qint64> UnbindQueue::enqueue(const QList<Address>& addresses, bool reallocate) {
    QList<qint64> keys;
    QMap<QString, QList<qint64>> natGroups; // region + NAT gateway -> keys
    const bool batch = m_journal && m_journal->isOpen() && m_journal->beginBatch();
    for (const Address& a : addresses) {
        UnbindItem item = makeItem(a, reallocate);
        keys << item.key;
        m_items << item;
        emit itemAdded(item.key);
        if (a.isNatGateway())
            natGroups[a.region + QLatin1Char('/') + a.instanceId] << item.key;
        else
            m_waiting << QList<qint64>{item.key};
    }
    if (batch)
        m_journal->commitBatch();
    for (const QList<qint64>& g : std::as_const(natGroups))
        m_waiting << g;
    emit progressChanged();
    m_dispatchTimer.start();
    return keys;
}

void UnbindQueue::dispatch() {
    if (m_paused || !m_api)
        return;
    int preSend = 0;
    for (const UnbindOperation* op : std::as_const(m_operations))
        if (!op->hasSent() && !op->isFinished())
            ++preSend;
    for (int g = 0; g < m_waiting.size() && preSend < m_maxActive;) {
        bool busy = false;
        for (qint64 key : m_waiting.at(g))
            busy = busy || m_busyAddresses.contains(item(key).address.addressId);
        if (busy) {
            ++g; // never two in flight for the same EIP: it waits for the other one
            continue;
        }
        startOperation(m_waiting.takeAt(g));
        ++preSend;
    }
}

void UnbindQueue::startOperation(const QList<qint64>& keys) {
    QList<UnbindItem> items;
    for (qint64 key : keys) {
        if (const UnbindItem* i = find(key)) {
            items << *i;
            m_busyAddresses.insert(i->address.addressId);
        }
    }
    if (items.isEmpty())
        return;
    auto* op = new UnbindOperation(m_api, m_pacer, m_clock, m_schedule, items, this);
    m_operations << op;
    connect(op, &UnbindOperation::itemChanged, this, &UnbindQueue::onItemChanged);
    connect(op, &UnbindOperation::finished, this, [this, op] { onOperationFinished(op); });
    const bool fresh = items.first().state() == OperationState::Queued;
    if (fresh)
        op->start();
    else
        op->checkAgain();
}

void UnbindQueue::onItemChanged(const UnbindItem& changed) {
    UnbindItem* item = find(changed.key);
    if (!item)
        return;
    const OperationState before = item->state();
    *item = changed;
    if (m_journal && item->entry.id > 0)
        m_journal->update(item->entry);
    emit itemChanged(item->key);
    const OperationState s = item->state();
    if (s != before && (OperationStates::isFinal(s) || s == OperationState::StillRunning))
        emit itemEnded(*item);
    if (s == OperationState::Sending)
        m_dispatchTimer.start(); // a slot was used: the next one may start its pre-flight
    emit progressChanged();
}

void UnbindQueue::onOperationFinished(UnbindOperation* op) {
    for (const QString& id : op->addressIds())
        m_busyAddresses.remove(id);
    m_operations.removeAll(op);
    op->deleteLater();
    dispatch();
    emit progressChanged();
    if (progress().isIdle())
        emit idle();
}

int UnbindQueue::resumePending() {
    if (!m_journal || !m_journal->isOpen())
        return 0;
    // Never sent (a quit or crash while queued): mark them canceled.
    for (OperationState s : {OperationState::Queued, OperationState::Checking}) {
        JournalFilter f;
        f.state = s;
        for (JournalEntry e : m_journal->entries(f)) {
            bool ours = false;
            for (const UnbindItem& i : std::as_const(m_items))
                ours = ours || i.entry.id == e.id;
            if (ours)
                continue;
            e.state = OperationState::Canceled;
            e.finishedAt = m_clock->nowUtc();
            m_journal->update(e);
        }
    }
    int resumed = 0;
    for (const JournalEntry& e : m_journal->pending()) {
        if (e.profile != m_profile || e.kind == JournalEntry::Kind::Rebind)
            continue;
        bool known = false;
        for (const UnbindItem& i : std::as_const(m_items))
            known = known || i.entry.id == e.id;
        if (known)
            continue;
        UnbindItem item;
        item.key = m_nextKey++;
        item.entry = e;
        item.address.region = e.region;
        item.address.addressId = e.addressId;
        item.address.addressIp = e.addressIp;
        item.address.instanceId = e.previousInstanceId;
        item.address.instanceType = e.previousInstanceType;
        item.address.networkInterfaceId = e.previousEniId;
        item.address.privateAddressIp = e.previousPrivateIp;
        item.sentAtMs = m_clock->monotonicMSecs();
        m_items << item;
        emit itemAdded(item.key);
        m_waiting << QList<qint64>{item.key};
        ++resumed;
    }
    emit progressChanged();
    m_dispatchTimer.start();
    return resumed;
}

void UnbindQueue::pause() {
    m_paused = true;
    m_pacer->setPaused(true);
    emit progressChanged();
}

void UnbindQueue::resume() {
    m_paused = false;
    m_pacer->setPaused(false);
    m_dispatchTimer.start();
    emit progressChanged();
}

int UnbindQueue::cancelPending() {
    int canceled = 0;
    for (const QList<qint64>& g : std::as_const(m_waiting)) {
        for (qint64 key : g) {
            UnbindItem* i = find(key);
            if (!i || i->state() != OperationState::Queued)
                continue;
            i->entry.state = OperationState::Canceled;
            i->entry.finishedAt = m_clock->nowUtc();
            i->endedAtMs = m_clock->monotonicMSecs();
            if (m_journal)
                m_journal->update(i->entry);
            emit itemChanged(key);
            ++canceled;
        }
    }
    m_waiting.clear();
    for (UnbindOperation* op : std::as_const(m_operations)) {
        const int n = int(op->items().size());
        if (op->cancel())
            canceled += n;
    }
    emit progressChanged();
    return canceled;
}

int UnbindQueue::retryFailed() {
    QMap<QString, QList<qint64>> natGroups;
    int retried = 0;
    const bool batch = m_journal && m_journal->isOpen() && m_journal->beginBatch();
    for (UnbindItem& i : m_items) {
        if (i.state() != OperationState::Failed || m_busyAddresses.contains(i.address.addressId))
            continue;
        UnbindItem fresh = makeItem(i.address, i.entry.reallocate); // a new journal entry
        fresh.key = i.key;
        --m_nextKey;
        i = fresh;
        emit itemChanged(i.key);
        if (i.isNat())
            natGroups[i.address.region + QLatin1Char('/') + i.address.instanceId] << i.key;
        else
            m_waiting << QList<qint64>{i.key};
        ++retried;
    }
    if (batch)
        m_journal->commitBatch();
    for (const QList<qint64>& g : std::as_const(natGroups))
        m_waiting << g;
    emit progressChanged();
    m_dispatchTimer.start();
    return retried;
}

int UnbindQueue::checkAgain() {
    int n = 0;
    for (const UnbindItem& i : std::as_const(m_items)) {
        const OperationState s = i.state();
        if ((s == OperationState::StillRunning || s == OperationState::Unknown) &&
            !m_busyAddresses.contains(i.address.addressId)) {
            m_waiting << QList<qint64>{i.key};
            ++n;
        }
    }
    m_dispatchTimer.start();
    return n;
}

void UnbindQueue::clearFinished() {
    const auto before = m_items.size();
    m_items.removeIf([](const UnbindItem& i) { return OperationStates::isFinal(i.state()); });
    if (m_items.size() != before) {
        emit itemsRemoved();
        emit progressChanged();
    }
}

UnbindProgress UnbindQueue::progress() const {
    UnbindProgress p;
    p.total = int(m_items.size());
    for (const UnbindItem& i : m_items) {
        switch (i.state()) {
        case OperationState::Queued:
            ++p.queued;
            break;
        case OperationState::Checking:
        case OperationState::Sending:
        case OperationState::Running:
            ++p.active;
            break;
        case OperationState::Succeeded:
            ++p.succeeded;
            break;
        case OperationState::Failed:
            ++p.failed;
            break;
        case OperationState::Skipped:
            ++p.skipped;
            break;
        case OperationState::Canceled:
            ++p.canceled;
            break;
        case OperationState::Unknown:
        case OperationState::StillRunning:
            ++p.stillRunning;
            break;
        }
    }
    p.done = p.succeeded + p.failed + p.skipped + p.canceled;
    return p;
}

} // namespace eipdesk
