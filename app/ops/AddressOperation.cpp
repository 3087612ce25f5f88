// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/AddressOperation.h"

#include "core/Logging.h"

#include "api/ApiClient.h"
#include "api/RateLimiter.h"
#include "api/VpcApi.h"
#include "core/AddressStatus.h"
#include "core/Clock.h"
#include "ops/ErrorCatalog.h"
#include "ops/SendPacer.h"

#include <QTimer>

#include <memory>

namespace eipdesk {

namespace {

// Whether the binding or state changed since the user confirmed (an unbind then skips).
bool bindingChanged(const Address& confirmed, const Address& now) {
    return now.addressStatus != confirmed.addressStatus || now.instanceId != confirmed.instanceId ||
           now.networkInterfaceId != confirmed.networkInterfaceId ||
           now.privateAddressIp != confirmed.privateAddressIp || !now.unbindBlocker().isEmpty();
}

QString changeMessage(const Address& confirmed, const Address& now) {
    return QStringLiteral("%1 %2 %3 -> %4 %5 %6")
        .arg(confirmed.addressStatus, confirmed.instanceId, confirmed.privateAddressIp,
             now.addressStatus, now.instanceId, now.privateAddressIp)
        .simplified();
}

// A binding kind goes ahead only on an EIP that is unbound and not blocked.
bool cannotBind(const Address& now) {
    return now.addressStatus != QLatin1String(AddressStatus::Unbind) || now.isBlocked;
}

bool boundTo(const Address& a, const OperationTarget& t) {
    if (a.addressStatus != QLatin1String(AddressStatus::Bind) &&
        a.addressStatus != QLatin1String(AddressStatus::BindEni))
        return false;
    if (t.isInstance())
        return a.instanceId == t.instanceId;
    return a.networkInterfaceId == t.networkInterfaceId &&
           (t.privateIp.isEmpty() || a.privateAddressIp == t.privateIp);
}

} // namespace

AddressOperation::AddressOperation(VpcApi* api, SendPacer* pacer, const Clock* clock,
                                   const PollSchedule& schedule, const QList<OperationItem>& items,
                                   QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_pacer(pacer)
    , m_clock(clock)
    , m_schedule(schedule)
    , m_items(items) {}

AddressOperation::~AddressOperation() = default;

QStringList AddressOperation::addressIds() const {
    QStringList ids;
    for (const OperationItem& i : m_items)
        ids << i.address.addressId;
    return ids;
}

QString AddressOperation::pacingKey(const VpcApi* api, const QString& region) {
    if (!api || !api->client())
        return QString();
    return RateLimiter::scopeFor(
        api->client()->endpointConfig().resolve(QStringLiteral("vpc"), region));
}

QString AddressOperation::writeAction(const OperationItem& item) {
    if (item.isNat())
        return QStringLiteral("DisassociateNatGatewayAddress");
    return item.binds() ? QStringLiteral("AssociateAddress")
                        : QStringLiteral("DisassociateAddress");
}

void AddressOperation::trackReads(ApiJob* job, const QList<qint64>& keys) {
    if (!job)
        return;
    connect(job, &ApiJob::responded, this,
            [this, keys](const QString& action, const QString& requestId, const QString& code) {
                if (action.startsWith(QLatin1String("Associate")) ||
                    action.startsWith(QLatin1String("Disassociate")))
                    return; // the write: onSent records it with its TaskId
                JournalRequest r;
                r.at = m_clock->nowUtc();
                r.action = action;
                r.requestId = requestId;
                r.errorCode = code;
                for (qint64 key : keys)
                    emit requestMade(key, r);
            });
}

OperationItem* AddressOperation::find(qint64 key) {
    for (OperationItem& i : m_items)
        if (i.key == key)
            return &i;
    return nullptr;
}

void AddressOperation::setState(OperationItem& item, OperationState state, const QString& errorCode,
                                const QString& message, const QString& requestId) {
    item.entry.state = state;
    qCDebug(lcOps).noquote() << item.entry.addressId << item.entry.region
                             << OperationStates::name(state) << errorCode << "RequestId"
                             << requestId << "TaskId" << item.entry.taskId;
    if (!requestId.isEmpty())
        item.entry.requestId = requestId;
    if (!errorCode.isEmpty()) {
        item.entry.errorCode = errorCode;
        item.entry.errorMessage = message;
        item.error = ErrorCatalog::explain(errorCode, message,
                                           requestId.isEmpty() ? item.entry.requestId : requestId);
    } else if (state == OperationState::Succeeded || state == OperationState::Running) {
        item.entry.errorCode.clear();
        item.entry.errorMessage.clear();
        item.error = {};
    }
    const qint64 now = m_clock->monotonicMSecs();
    if (state == OperationState::Sending && item.sentAtMs < 0)
        item.sentAtMs = now;
    if (OperationStates::isFinal(state) || state == OperationState::StillRunning) {
        item.endedAtMs = now;
        item.entry.finishedAt = OperationStates::isFinal(state) ? m_clock->nowUtc() : QDateTime();
    } else {
        item.endedAtMs = -1;
    }
    emit itemChanged(item);
}

void AddressOperation::setError(OperationItem& item, OperationState state, const ApiError& error) {
    // A lost reply is explained as such, whatever transport problem caused it.
    const QString code = error.kind == ApiError::Kind::OutcomeUnknown
                             ? QStringLiteral("ClientError.OutcomeUnknown")
                             : ErrorCatalog::explain(error).code;
    setState(item, state, code, error.message, error.requestId);
}

void AddressOperation::start() {
    for (OperationItem& i : m_items)
        setState(i, OperationState::Checking);
    preflight();
}

void AddressOperation::preflight() {
    if (!m_api) {
        for (OperationItem& i : m_items)
            setState(i, OperationState::Failed, ErrorCatalog::noSessionCode());
        return checkFinished();
    }
    // Each address is re-read just before sending (one read each: a missing one is an answer).
    auto remaining = std::make_shared<int>(int(m_items.size()));
    for (const OperationItem& i : std::as_const(m_items)) {
        const qint64 key = i.key;
        trackReads(m_api->describeAddress(i.address.region, i.address.addressId, this,
                                          [this, key, remaining](const std::optional<Address>& now,
                                                                 const ApiError& error) {
                                              onPreflight(key, now, error);
                                              if (--*remaining == 0)
                                                  preflightDone();
                                          }),
                   {key});
    }
}

void AddressOperation::onPreflight(qint64 key, const std::optional<Address>& now,
                                   const ApiError& error) {
    OperationItem* i = find(key);
    if (!i || m_canceled || i->state() != OperationState::Checking)
        return;
    if (error)
        setError(*i, OperationState::Failed, error); // nothing was sent
    else if (!now)
        setState(*i, OperationState::Skipped, ErrorCatalog::addressGoneCode());
    else if (i->binds() ? cannotBind(*now) : bindingChanged(i->address, *now))
        setState(*i, OperationState::Skipped, ErrorCatalog::addressChangedCode(),
                 changeMessage(i->address, *now));
}

void AddressOperation::preflightDone() {
    if (m_canceled)
        return;
    bool any = false;
    for (const OperationItem& i : std::as_const(m_items))
        any = any || i.state() == OperationState::Checking;
    if (!any)
        return checkFinished();
    m_pacer->acquire(pacingKey(m_api, m_items.first().address.region), this, [this] { send(); });
}

void AddressOperation::send() {
    if (m_canceled)
        return;
    m_sent = true;
    QList<qint64> keys;
    for (OperationItem& i : m_items) {
        if (i.state() == OperationState::Checking) {
            setState(i, OperationState::Sending);
            keys << i.key;
        }
    }
    if (keys.isEmpty())
        return checkFinished();
    if (m_items.first().isNat())
        return sendNat();
    OperationItem& first = *find(keys.first());
    if (first.binds())
        return sendAssociate(first);
    sendSingle(first);
}

void AddressOperation::sendAssociate(OperationItem& item) {
    const qint64 key = item.key;
    const OperationTarget& t = item.target;
    m_api->associateAddress(item.address.region, item.address.addressId, t.instanceId,
                            t.isInstance() ? QString() : t.networkInterfaceId,
                            t.isInstance() ? QString() : t.privateIp, this,
                            [this, key](const AsyncTaskStarted& r, const ApiError& error) {
                                onSent({key}, r.taskId, r.requestId, error);
                            });
}

void AddressOperation::sendSingle(OperationItem& item) {
    const qint64 key = item.key;
    m_api->disassociateAddress(item.address.region, item.address.addressId, item.entry.reallocate,
                               this, [this, key](const AsyncTaskStarted& r, const ApiError& error) {
                                   onSent({key}, r.taskId, r.requestId, error);
                               });
}

void AddressOperation::sendNat() {
    QList<qint64> keys;
    QStringList ips;
    for (const OperationItem& i : m_items) {
        if (i.state() == OperationState::Sending) {
            keys << i.key;
            ips << i.address.addressIp;
        }
    }
    const Address& first = m_items.first().address;
    m_api->disassociateNatGatewayAddress(
        first.region, first.instanceId, ips, this,
        [this, keys](const QString& requestId, const ApiError& error) {
            onSent(keys, {}, requestId, error);
        });
}

void AddressOperation::onSent(const QList<qint64>& keys, const QString& taskId,
                              const QString& requestId, const ApiError& error) {
    for (qint64 key : keys) {
        OperationItem* item = find(key);
        if (!item)
            continue;
        JournalRequest sent;
        sent.at = m_clock->nowUtc();
        sent.action = writeAction(*item);
        sent.requestId = requestId.isEmpty() ? error.requestId : requestId;
        sent.taskId = taskId;
        if (error)
            sent.errorCode = error.kind == ApiError::Kind::OutcomeUnknown
                                 ? QStringLiteral("ClientError.OutcomeUnknown")
                                 : error.code;
        emit requestMade(key, sent);
        if (error.kind == ApiError::Kind::OutcomeUnknown) {
            setError(*item, OperationState::Unknown, error);
            reconcile(key);
            continue;
        }
        if (error) {
            setError(*item, OperationState::Failed, error);
            continue;
        }
        item->entry.taskId = taskId;
        setState(*item, OperationState::Running, {}, {}, requestId);
        watch(*item);
    }
    checkFinished();
}

void AddressOperation::watch(OperationItem& item) {
    TaskWatcher*& w = m_watchers[item.key];
    if (!w) {
        w = new TaskWatcher(m_api, m_clock, m_schedule, this);
        const qint64 key = item.key;
        connect(w, &TaskWatcher::finished, this,
                [this, key](TaskWatcher::Outcome o, const ApiError& e, const QString& rid) {
                    onWatcherFinished(key, o, e, rid);
                });
        connect(w, &TaskWatcher::requestMade, this,
                [this, key](const JournalRequest& r) { emit requestMade(key, r); });
    }
    bool ok = false;
    const quint64 taskId = item.entry.taskId.toULongLong(&ok);
    if (ok && taskId != 0)
        w->watchTask(item.address.region, taskId, item.address.addressId,
                     item.binds() ? TaskWatcher::AddressGoal::Bound
                                  : TaskWatcher::AddressGoal::Unbound);
    else if (item.binds())
        w->watchAddress(item.address.region, item.address.addressId,
                        TaskWatcher::AddressGoal::Bound);
    else
        w->watchAddress(item.address.region, item.address.addressId);
}

void AddressOperation::onWatcherFinished(qint64 key, TaskWatcher::Outcome outcome,
                                         const ApiError& error, const QString& requestId) {
    OperationItem* item = find(key);
    if (!item)
        return;
    Q_UNUSED(requestId)
    const TaskWatcher* w = m_watchers.value(key);
    if (outcome == TaskWatcher::Outcome::Success || outcome == TaskWatcher::Outcome::Failed)
        item->entry.learnedBy = (w && w->learnedFromAddress()) || item->entry.taskId.isEmpty()
                                    ? QStringLiteral("address")
                                    : QStringLiteral("task");
    switch (outcome) {
    case TaskWatcher::Outcome::Success:
        succeed(*item);
        break;
    case TaskWatcher::Outcome::Failed:
        if (error)
            setError(*item, OperationState::Failed, error);
        else
            setState(*item, OperationState::Failed, ErrorCatalog::taskFailedCode(),
                     QStringLiteral("DescribeTaskResult: FAILED"));
        break;
    case TaskWatcher::Outcome::TimedOut:
        setState(*item, OperationState::StillRunning, ErrorCatalog::stillRunningCode(),
                 error ? error.toString() : QString());
        break;
    case TaskWatcher::Outcome::Error:
        setError(*item, OperationState::StillRunning, error);
        break;
    }
    checkFinished();
}

void AddressOperation::succeed(OperationItem& item) {
    if (!item.isMove() || item.entry.step != 0)
        return setState(item, OperationState::Succeeded);
    // The first step of a move is done: the EIP is idle. The step is journaled before the bind
    // is sent, so a move interrupted from here on is resumed with the bind.
    item.entry.step = 1;
    item.entry.taskId.clear();
    item.entry.learnedBy.clear();
    setState(item, OperationState::Sending);
    sendMoveBind(item.key);
}

void AddressOperation::sendMoveBind(qint64 key) {
    m_pacer->acquire(pacingKey(m_api, m_items.first().address.region), this, [this, key] {
        OperationItem* item = find(key);
        if (!item || m_canceled)
            return;
        sendAssociate(*item);
    });
}

void AddressOperation::reconcile(qint64 key, int attempt) {
    OperationItem* item = find(key);
    if (!item || !m_api)
        return;
    m_reconciling.insert(key);
    ApiJob* job = m_api->describeAddress(
        item->address.region, item->address.addressId, this,
        [this, key, attempt](const std::optional<Address>& now, const ApiError& error) {
            OperationItem* item = find(key);
            if (!item)
                return;
            m_reconciling.remove(key);
            if (error) {
                const int delay = m_schedule.delayFor(attempt);
                if (ErrorCatalog::isTransient(error) &&
                    qint64(delay) * (attempt + 1) < m_schedule.totalMs) {
                    m_reconciling.insert(key);
                    QTimer::singleShot(delay, this,
                                       [this, key, attempt] { reconcile(key, attempt + 1); });
                    return;
                }
                // Still undecided: stays "outcome unknown" until "Check again".
                setError(*item, OperationState::Unknown, error);
                return checkFinished();
            }
            item->entry.learnedBy = QStringLiteral("address");
            if (item->binds()) {
                if (now && boundTo(*now, item->target)) {
                    setState(*item, OperationState::Succeeded);
                } else if (now && now->addressStatus == QLatin1String(AddressStatus::Binding)) {
                    setState(*item, OperationState::Running);
                    watch(*item);
                } else if (now && item->isMove() && !cannotBind(*now)) {
                    // A move between its steps (a quit or crash after the unbind, or a bind
                    // that never arrived): the EIP is idle, so the bind is what is left to do.
                    item->entry.learnedBy.clear();
                    setState(*item, OperationState::Sending);
                    sendMoveBind(key);
                    return;
                } else {
                    setState(*item, OperationState::Failed, ErrorCatalog::bindNotHappenedCode(),
                             now ? now->addressStatus : QString());
                }
            } else if (!now && item->isMove()) {
                setState(*item, OperationState::Failed, ErrorCatalog::addressGoneCode());
            } else if (!now || now->addressStatus == QLatin1String(AddressStatus::Unbind)) {
                succeed(*item);
            } else if (now->addressStatus == QLatin1String(AddressStatus::Unbinding)) {
                setState(*item, OperationState::Running);
                watch(*item); // it happened: follow it
            } else {
                setState(*item, OperationState::Failed, ErrorCatalog::notHappenedCode(),
                         now->addressStatus);
            }
            checkFinished();
        });
    trackReads(job, {key});
}

void AddressOperation::checkAgain() {
    m_finished = false;
    for (OperationItem& i : m_items) {
        const OperationState s = i.state();
        if (s == OperationState::Sending || s == OperationState::Unknown) {
            m_sent = true;
            setState(i, OperationState::Unknown, i.entry.errorCode, i.entry.errorMessage);
            reconcile(i.key);
        } else if (s == OperationState::Running || s == OperationState::StillRunning) {
            m_sent = true;
            setState(i, OperationState::Running);
            watch(i);
        }
    }
    checkFinished();
}

bool AddressOperation::cancel() {
    if (m_sent || m_finished)
        return false;
    m_canceled = true;
    for (OperationItem& i : m_items)
        if (!OperationStates::isFinal(i.state()))
            setState(i, OperationState::Canceled);
    checkFinished();
    return true;
}

void AddressOperation::checkFinished() {
    if (m_finished)
        return;
    for (const OperationItem& i : m_items) {
        const OperationState s = i.state();
        if (OperationStates::isFinal(s) || s == OperationState::StillRunning)
            continue;
        if (s == OperationState::Unknown && !m_reconciling.contains(i.key))
            continue; // undecided after re-reading failed: waits for "Check again"
        return;
    }
    m_finished = true;
    emit finished();
}

} // namespace eipdesk
