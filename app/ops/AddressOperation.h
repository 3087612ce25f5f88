// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "ops/OperationItem.h"
#include "ops/PollSchedule.h"
#include "ops/TaskWatcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace eipdesk {

class Clock;
class SendPacer;
class VpcApi;

// One write on one EIP, or on the EIPs of one NAT gateway, followed to the end. The kind
// (OperationItem::entry.kind) picks the request: DisassociateAddress (unbind),
// DisassociateNatGatewayAddress (one request with the gateway's IPs), AssociateAddress (the
// binding kinds, to item.target). Every kind takes the same path:
//   pre-flight re-read (changed or gone -> Skipped, nothing sent; a binding kind needs the EIP
//   UNBIND), a send slot from the pacer, the request (ReallocateNormalPublicIp only when asked),
//   then the TaskWatcher (TaskId -> DescribeTaskResult; no TaskId -> DescribeAddresses until
//   UNBIND, or BIND for the binding kinds).
// A lost reply (OutcomeUnknown) is never re-sent: the address is re-read to decide (UNBINDING /
// UNBIND / gone -> it happened; still bound -> it did not, and the item fails so the user can
// retry it). For a binding kind: bound to the target -> it happened; BINDING -> follow it;
// anything else -> it did not).
// A move (Kind::Move) is one item in two steps: the unbind as above, then, once the EIP is idle,
// AssociateAddress to the target, followed the same way. The step is journaled (entry.step);
// a move found between its steps (the address idle, the bind not seen) goes on with the bind.
class AddressOperation : public QObject {
    Q_OBJECT
public:
    AddressOperation(VpcApi* api, SendPacer* pacer, const Clock* clock,
                     const PollSchedule& schedule, const QList<OperationItem>& items,
                     QObject* parent = nullptr);
    ~AddressOperation() override;

    void start();      // fresh items: pre-flight, send, watch
    void checkAgain(); // sent items (resumed from the journal, still running, unknown): look again
    bool cancel();     // only before sending; returns whether it was canceled
    bool hasSent() const { return m_sent; }
    bool isFinished() const { return m_finished; }
    const QList<OperationItem>& items() const { return m_items; }
    QStringList addressIds() const;
    // The send-pacing key of `region`: the API host its requests reach (each has its own budget).
    static QString pacingKey(const VpcApi* api, const QString& region);

signals:
    void itemChanged(const eipdesk::OperationItem& item);
    // Every request made for an item (pre-flight, the write, task polls, reconciliation reads).
    void requestMade(qint64 key, const eipdesk::JournalRequest& request);
    void finished(); // every item final, still running on the server, or undecided

private:
    void preflight();
    void onPreflight(qint64 key, const std::optional<Address>& now, const ApiError& error);
    void preflightDone();
    void send();
    void sendSingle(OperationItem& item);
    void sendNat();
    void sendAssociate(OperationItem& item);
    void onSent(const QList<qint64>& keys, const QString& taskId, const QString& requestId,
                const ApiError& error);
    void watch(OperationItem& item);
    void reconcile(qint64 key, int attempt = 0);
    // A succeeded step: the end, or for a move's unbind, the start of its bind.
    void succeed(OperationItem& item);
    void sendMoveBind(qint64 key);
    void onWatcherFinished(qint64 key, TaskWatcher::Outcome outcome, const ApiError& error,
                           const QString& requestId);
    void setState(OperationItem& item, OperationState state, const QString& errorCode = {},
                  const QString& message = {}, const QString& requestId = {});
    void setError(OperationItem& item, OperationState state, const ApiError& error);
    OperationItem* find(qint64 key);
    void checkFinished();
    // Records the job's reads for `keys` (the write is recorded by onSent, with its TaskId).
    void trackReads(ApiJob* job, const QList<qint64>& keys);
    static QString writeAction(const OperationItem& item);

    VpcApi* m_api;
    SendPacer* m_pacer;
    const Clock* m_clock;
    PollSchedule m_schedule;
    QList<OperationItem> m_items;
    QHash<qint64, TaskWatcher*> m_watchers;
    QSet<qint64> m_reconciling; // keys whose address is being re-read
    bool m_sent = false;
    bool m_finished = false;
    bool m_canceled = false;
};

} // namespace eipdesk
