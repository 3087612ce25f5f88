// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/OperationQueue.h"

#include "core/Clock.h"
#include "ops/AddressOperation.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/SendPacer.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace eipdesk {

OperationQueue::OperationQueue(Journal* journal, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_pacer(new SendPacer(clock, this)) {
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &OperationQueue::dispatch);
    m_claimTimer.setSingleShot(true);
    m_claimTimer.setInterval(1000);
    connect(&m_claimTimer, &QTimer::timeout, this, [this] {
        m_claimBlocked.clear();
        dispatch();
    });
}

OperationQueue::~OperationQueue() {
    // The journal hears the definite results; no listener hears a queue that is going (a
    // reporter or view declared after the queue may already be gone).
    const QSignalBlocker quiet(this);
    shutdown();
}

bool OperationQueue::busyState(OperationState s) {
    return !OperationStates::isFinal(s);
}

bool OperationQueue::isBusy(const QString& addressId) const {
    return m_active.contains(addressId);
}

std::optional<bool> OperationQueue::activeStepBinds(const QString& addressId) const {
    const auto it = m_active.constFind(addressId);
    if (it == m_active.constEnd())
        return std::nullopt;
    const int i = indexOf(*it);
    return i < 0 ? std::nullopt : std::optional<bool>(m_items.at(i).binds());
}

void OperationQueue::noteBusy(const OperationItem& item) {
    const QString& id = item.address.addressId;
    const bool busy = busyState(item.state());
    const auto it = m_active.find(id);
    if (busy && it == m_active.end()) {
        m_active.insert(id, item.key);
    } else if (!busy && it != m_active.end() && *it == item.key) {
        m_active.erase(it);
    } else {
        return;
    }
    emit busyChanged(item.address.region, id);
}

void OperationQueue::shutdown() {
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_dispatchTimer.stop();
    const bool batch = m_journal && m_journal->isOpen() && m_journal->beginBatch();
    // Not sent yet: canceled. The operations go first so none of them answers any more.
    const QList<AddressOperation*> ops = m_operations;
    m_operations.clear();
    for (AddressOperation* op : ops) {
        op->disconnect(this);
        delete op;
    }
    for (OperationItem& i : m_items) {
        const OperationState s = i.state();
        if (OperationStates::isFinal(s))
            continue;
        if (s == OperationState::Queued || s == OperationState::Checking) {
            i.entry.state = OperationState::Canceled;
            i.entry.finishedAt = m_clock->nowUtc();
            i.entry.errorCode = ErrorCatalog::interruptedCode();
            i.error = ErrorCatalog::explain(i.entry.errorCode, {}, i.entry.requestId);
        } else if (s == OperationState::Sending) {
            // On its way with no answer yet: whether it happened is decided at the next start.
            i.entry.state = OperationState::Unknown;
            i.entry.errorCode = QStringLiteral("ClientError.OutcomeUnknown");
            i.error = ErrorCatalog::explain(i.entry.errorCode, {}, i.entry.requestId);
        } // Running, StillRunning, Unknown: stay pending; followed again at the next start.
        i.endedAtMs = m_clock->monotonicMSecs();
        if (m_journal && i.entry.id > 0)
            m_journal->update(i.entry);
        emit itemChanged(i.key);
        noteBusy(i);
    }
    if (batch)
        m_journal->commitBatch();
    // Whatever is left is settled from the journal (by this or any other process): the claims
    // go with us, and the next one checks the address before it sends anything.
    const QSet<qint64> claimed = m_claimed;
    for (qint64 key : claimed)
        releaseClaim(key);
    // What is left (sent, not concluded) is the journal's to resume: nothing is busy here.
    const QHash<QString, qint64> left = m_active;
    m_active.clear();
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        const int i = indexOf(it.value());
        emit busyChanged(i < 0 ? QString() : m_items.at(i).address.region, it.key());
    }
    m_waiting.clear();
    m_busyAddresses.clear();
    emit progressChanged();
}

void OperationQueue::setSession(VpcApi* api, const QString& profileName) {
    m_api = api;
    m_profile = profileName;
    m_dispatchTimer.start();
}

void OperationQueue::setRatePerSecond(double rate) {
    m_pacer->setRatePerSecond(rate);
}

OperationItem* OperationQueue::find(qint64 key) {
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_items[i];
}

void OperationQueue::appendItem(const OperationItem& item) {
    m_rowOfKey.insert(item.key, m_items.size());
    m_items << item;
}

OperationItem OperationQueue::item(qint64 key) const {
    const int i = indexOf(key);
    return i < 0 ? OperationItem{} : m_items.at(i);
}

int OperationQueue::indexOf(qint64 key) const {
    // O(1): the queue of a large batch is looked up on every state change of every item.
    const auto it = m_rowOfKey.constFind(key);
    return it == m_rowOfKey.constEnd() ? -1 : int(*it);
}

OperationItem OperationQueue::makeItem(const Address& a, bool reallocate) {
    OperationItem item;
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

QList<qint64> OperationQueue::enqueue(const QList<Address>& addresses, bool reallocate) {
    QList<qint64> keys;
    if (m_shutDown)
        return keys;
    QMap<QString, QList<qint64>> natGroups; // region + NAT gateway -> keys
    const bool batch = m_journal && m_journal->isOpen() && m_journal->beginBatch();
    QSet<QString> taken;
    for (const Address& a : addresses) {
        if (isBusy(a.addressId) || taken.contains(a.addressId))
            continue; // never a second operation for the same EIP
        taken.insert(a.addressId);
        OperationItem item = makeItem(a, reallocate);
        keys << item.key;
        appendItem(item);
        emit itemAdded(item.key);
        noteBusy(item);
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

void OperationQueue::dispatch() {
    if (m_paused || !m_api || m_shutDown)
        return;
    auto addressOf = [&](qint64 key) -> const Address& {
        static const Address none;
        const int i = indexOf(key);
        return i < 0 ? none : m_items.at(i).address;
    };
    // At most m_maxActive operations before their send per pacing key (the API host of their
    // region, with its own rate budget): one region's backlog never holds the others back.
    QHash<QString, int> preSend;
    for (const AddressOperation* op : std::as_const(m_operations))
        if (!op->hasSent() && !op->isFinished())
            ++preSend[AddressOperation::pacingKey(m_api, op->items().first().address.region)];
    bool skipped = false;
    for (int g = 0; g < m_waiting.size();) {
        bool busy = false;
        for (qint64 key : m_waiting.at(g))
            busy = busy || m_busyAddresses.contains(addressOf(key).addressId);
        int& lane =
            preSend[AddressOperation::pacingKey(m_api, addressOf(m_waiting.at(g).first()).region)];
        if (busy || lane >= m_maxActive || m_claimBlocked.contains(m_waiting.at(g).first())) {
            ++g; // never two in flight for the same EIP: it waits for the other one
            continue;
        }
        QList<qint64> group = m_waiting.at(g);
        if (claimGroup(group) == ClaimOutcome::Wait) {
            m_claimBlocked.insert(m_waiting.at(g).first());
            if (!m_claimTimer.isActive())
                m_claimTimer.start();
            ++g;
            continue;
        }
        const bool refused = group.size() != m_waiting.at(g).size();
        skipped = skipped || refused;
        m_waiting.removeAt(g);
        if (!group.isEmpty()) {
            startOperation(group);
            ++lane;
        }
    }
    if (skipped) {
        // Items refused by a claim end here, with no operation to report it.
        emit progressChanged();
        if (progress().isIdle())
            emit idle();
    }
}

void OperationQueue::startOperation(const QList<qint64>& keys) {
    QList<OperationItem> items;
    for (qint64 key : keys) {
        if (const OperationItem* i = find(key)) {
            items << *i;
            m_busyAddresses.insert(i->address.addressId);
        }
    }
    if (items.isEmpty())
        return;
    auto* op = new AddressOperation(m_api, m_pacer, m_clock, m_schedule, items, this);
    m_operations << op;
    connect(op, &AddressOperation::itemChanged, this, &OperationQueue::onItemChanged);
    connect(op, &AddressOperation::requestMade, this, &OperationQueue::onRequestMade);
    connect(op, &AddressOperation::finished, this, [this, op] { onOperationFinished(op); });
    const bool fresh = items.first().state() == OperationState::Queued;
    if (fresh)
        op->start();
    else
        op->checkAgain();
}

void OperationQueue::onItemChanged(const OperationItem& changed) {
    OperationItem* item = find(changed.key);
    if (!item)
        return;
    const OperationState before = item->state();
    const int stepBefore = item->entry.step;
    *item = changed;
    if (m_journal && item->entry.id > 0)
        m_journal->update(item->entry);
    emit itemChanged(item->key);
    noteBusy(*item);
    if (item->entry.step != stepBefore) // a move went from its unbind to its bind
        emit busyChanged(item->address.region, item->address.addressId);
    const OperationState s = item->state();
    if (OperationStates::isFinal(s))
        releaseClaim(item->key);
    if (s != before && (OperationStates::isFinal(s) || s == OperationState::StillRunning))
        emit itemEnded(*item);
    if (s == OperationState::Sending)
        m_dispatchTimer.start(); // a slot was used: the next one may start its pre-flight
    emit progressChanged();
}

void OperationQueue::onOperationFinished(AddressOperation* op) {
    for (const QString& id : op->addressIds())
        m_busyAddresses.remove(id);
    m_operations.removeAll(op);
    op->deleteLater();
    dispatch();
    emit progressChanged();
    if (progress().isIdle())
        emit idle();
}

int OperationQueue::resumePending(const QSet<qint64>& elsewhere) {
    if (!m_journal || !m_journal->isOpen())
        return 0;
    // Never sent (a quit or crash while queued): mark them canceled.
    for (OperationState s : {OperationState::Queued, OperationState::Checking}) {
        JournalFilter f;
        f.state = s;
        for (JournalEntry e : m_journal->entries(f)) {
            bool ours = false;
            for (const OperationItem& i : std::as_const(m_items))
                ours = ours || i.entry.id == e.id;
            if (ours || elsewhere.contains(e.id) || m_journal->isLiveElsewhere(e))
                continue; // another running process's queue: it is still going to send it
            e.state = OperationState::Canceled;
            e.finishedAt = m_clock->nowUtc();
            m_journal->update(e);
        }
    }
    int resumed = 0;
    for (const JournalEntry& e : m_journal->pending()) {
        if (e.profile != m_profile || elsewhere.contains(e.id) || m_journal->isLiveElsewhere(e))
            continue;
        bool known = false;
        for (const OperationItem& i : std::as_const(m_items))
            known = known || i.entry.id == e.id;
        if (known)
            continue;
        // Followed by another running process (its claim is live): that one settles it. A
        // claim whose owner is gone is taken over; the address is read before anything else.
        const ClaimResult claim = m_journal->claim(m_profile, e.region, e.addressId, e.id);
        if (!claim.ok)
            continue;
        OperationItem item;
        item.key = m_nextKey++;
        item.entry = e;
        item.address.region = e.region;
        item.address.addressId = e.addressId;
        item.address.addressIp = e.addressIp;
        item.address.instanceId = e.previousInstanceId;
        item.address.instanceType = e.previousInstanceType;
        item.address.networkInterfaceId = e.previousEniId;
        item.address.privateAddressIp = e.previousPrivateIp;
        if (JournalEntry::isBindingKind(e.kind))
            item.target = e.target();
        if (e.bindsNow()) {
            item.address.instanceId.clear();
            item.address.networkInterfaceId.clear();
            item.address.privateAddressIp.clear();
        }
        item.sentAtMs = m_clock->monotonicMSecs();
        m_claimed.insert(item.key);
        appendItem(item);
        emit itemAdded(item.key);
        noteBusy(m_items.last());
        m_waiting << QList<qint64>{item.key};
        ++resumed;
    }
    emit progressChanged();
    m_dispatchTimer.start();
    return resumed;
}

void OperationQueue::pause() {
    m_paused = true;
    m_pacer->setPaused(true);
    emit progressChanged();
}

void OperationQueue::resume() {
    m_paused = false;
    m_pacer->setPaused(false);
    m_dispatchTimer.start();
    emit progressChanged();
}

int OperationQueue::cancelPending() {
    int canceled = 0;
    for (const QList<qint64>& g : std::as_const(m_waiting)) {
        for (qint64 key : g) {
            OperationItem* i = find(key);
            if (!i || i->state() != OperationState::Queued)
                continue;
            i->entry.state = OperationState::Canceled;
            i->entry.finishedAt = m_clock->nowUtc();
            i->endedAtMs = m_clock->monotonicMSecs();
            if (m_journal)
                m_journal->update(i->entry);
            emit itemChanged(key);
            noteBusy(*i);
            ++canceled;
        }
    }
    m_waiting.clear();
    for (AddressOperation* op : std::as_const(m_operations)) {
        const int n = int(op->items().size());
        if (op->cancel())
            canceled += n;
    }
    emit progressChanged();
    return canceled;
}

int OperationQueue::retryFailed() {
    QMap<QString, QList<qint64>> natGroups;
    int retried = 0;
    const bool batch = m_journal && m_journal->isOpen() && m_journal->beginBatch();
    for (OperationItem& i : m_items) {
        if (i.state() != OperationState::Failed || m_busyAddresses.contains(i.address.addressId))
            continue;
        if (JournalEntry::isBindingKind(i.entry.kind) || isBusy(i.address.addressId))
            continue; // a failed bind or move is started again by the user, after a confirmation
        OperationItem fresh = makeItem(i.address, i.entry.reallocate); // a new journal entry
        fresh.key = i.key;
        --m_nextKey;
        i = fresh;
        noteBusy(i);
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

int OperationQueue::checkAgain() {
    int n = 0;
    for (const OperationItem& i : std::as_const(m_items)) {
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

void OperationQueue::clearFinished() {
    const auto before = m_items.size();
    m_items.removeIf([](const OperationItem& i) { return OperationStates::isFinal(i.state()); });
    m_rowOfKey.clear();
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_rowOfKey.insert(m_items.at(i).key, i);
    if (m_items.size() != before) {
        emit itemsRemoved();
        emit progressChanged();
    }
}

bool OperationQueue::isSettled() const {
    if (!m_waiting.isEmpty())
        return false;
    for (const AddressOperation* op : m_operations)
        if (!op->isFinished())
            return false;
    return true;
}

OperationProgress OperationQueue::progress() const {
    OperationProgress p;
    p.total = int(m_items.size());
    for (const OperationItem& i : m_items) {
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
