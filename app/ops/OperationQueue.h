// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/JournalClaim.h"
#include "ops/JournalRequest.h"
#include "ops/OperationItem.h"
#include "ops/OperationProgress.h"
#include "ops/PollSchedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace eipdesk {

class Clock;
class Journal;
class SendPacer;
class AddressOperation;
class VpcApi;

// The one operation pipeline of an account: every write the user confirmed (unbind, NAT
// unbind, re-bind, and any later AssociateAddress kind), sent at most `ratePerSecond` per
// second (paced so no RequestLimitExceeded comes back), never two operations for the same EIP
// (an EIP with an operation queued or under way is "busy": enqueueing it again is refused),
// NAT gateway EIPs grouped per gateway. Pause/resume, cancel what is not yet sent, retry the
// failed ones, check again what is still running. Every item is journaled. shutdown() ends
// everything with a definite, journaled result before the account's client goes away.
class OperationQueue : public QObject {
    Q_OBJECT
public:
    OperationQueue(Journal* journal, const Clock* clock, QObject* parent = nullptr);
    ~OperationQueue() override;

    void setSession(VpcApi* api, const QString& profileName);
    VpcApi* api() const { return m_api; }
    void setPollSchedule(const PollSchedule& schedule) { m_schedule = schedule; }
    PollSchedule pollSchedule() const { return m_schedule; }
    void setRatePerSecond(double rate);
    void setMaxActive(int operations) { m_maxActive = qMax(1, operations); }
    // An EIP claimed by another running EIP Desk process (Journal::claim()): by default the
    // item is skipped (nothing sent, the holder named in its message); with waiting on, it stays
    // queued and is tried again every `retryMs` until the claim is free.
    void setWaitForClaims(bool wait, int retryMs = 1000);

    // Queues unbinds of the addresses (NAT gateway EIPs are grouped per gateway); returns the
    // item keys. Busy addresses are left out.
    QList<qint64> enqueue(const QList<Address>& addresses, bool reallocate);
    // Queues a bind or re-bind (Kind::Bind, Kind::Rebind) of `address` to `target`; `parentId`
    // names the journal entry it undoes or goes back from. Returns its key, or 0 when refused
    // (busy address, empty target, not a binding kind).
    qint64 enqueueBind(const Address& address, JournalEntry::Kind kind,
                       const OperationTarget& target, qint64 parentId = 0);
    // Queues a move of a bound `address` (as confirmed) to `target`: unbind, follow the task,
    // bind; one item, journaled step by step. Returns its key, or 0 when refused (busy, empty
    // or same target, an address that is not bound to a CVM instance or an ENI).
    qint64 enqueueMove(const Address& address, const OperationTarget& target);
    // Queues the undo of a succeeded unbind, or the way back of a move whose bind failed
    // (`entry`, from the journal): a re-bind to its previous target, linked to it. Returns its
    // key, or 0 when refused (see canUndo()). The pre-flight still checks the EIP is idle.
    qint64 enqueueUndo(const JournalEntry& entry);
    // Whether Undo can take the entry back: a succeeded unbind or a move that failed in its
    // bind step (the EIP was left idle), with a CVM or ENI previous target, of this queue's
    // profile, not undone already, and its EIP not busy.
    bool canUndo(const JournalEntry& entry) const;
    // Ends every operation with a definite result, journaled: not yet sent -> Canceled; sent
    // and unanswered -> Unknown; followed tasks stay Running. The last two are pending() in
    // the journal and are reconciled at the next start (resumePending()). Idempotent.
    void shutdown();
    bool isShutDown() const { return m_shutDown; }
    // Journal entries that were sent but not concluded (a quit or crash): follows them again.
    // Entries in `elsewhere` (followed by another live queue) are left alone.
    int resumePending(const QSet<qint64>& elsewhere = {});

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    int cancelPending();
    int retryFailed();
    int checkAgain(); // every item still running on the server or of unknown outcome
    void clearFinished();

    QList<OperationItem> items() const { return m_items; }
    OperationItem item(qint64 key) const;
    int indexOf(qint64 key) const;
    OperationProgress progress() const;
    // Nothing waits to start and no operation is under way: every item is final, still
    // running on the server or undecided (resumed items count as work until looked at).
    bool isSettled() const;
    // An operation on this EIP is queued, under way, still running or of unknown outcome.
    bool isBusy(const QString& addressId) const;
    // Whether that operation's current step binds (for the row: "Binding…") or unbinds
    // ("Unbinding…"); a move changes from one to the other (busyChanged is emitted).
    std::optional<bool> activeStepBinds(const QString& addressId) const;
    QString profileName() const { return m_profile; }
    const Clock* clock() const { return m_clock; }
    Journal* journal() const { return m_journal; }

signals:
    void itemAdded(qint64 key);
    void itemChanged(qint64 key);
    void itemsRemoved();
    // A final state, or still running on the server: the main window refreshes that row.
    void itemEnded(const eipdesk::OperationItem& item);
    void progressChanged();
    void idle();
    // An EIP became busy or stopped being busy (the row follows it).
    void busyChanged(const QString& region, const QString& addressId);
    // The item waits because another process holds its EIP (setWaitForClaims); once per item.
    void waitingForClaim(qint64 key, const eipdesk::ClaimHolder& holder);

private:
    void dispatch();
    void startOperation(const QList<qint64>& keys);
    void onItemChanged(const OperationItem& item);
    void onOperationFinished(AddressOperation* op);
    OperationItem makeItem(const Address& a, bool reallocate);
    OperationItem newItem(const Address& address, const OperationTarget& target,
                          JournalEntry::Kind kind);
    qint64 addSingle(OperationItem& item); // journals, lists and queues a one-EIP item
    OperationItem* find(qint64 key);
    void appendItem(const OperationItem& item); // keeps m_rowOfKey
    void noteBusy(const OperationItem& item);   // keeps m_active, emits busyChanged
    enum class ClaimOutcome { Go, Wait };
    // Claims the group's EIPs in the journal; refused items are skipped (removed from `keys`)
    // or, when waiting for claims, the whole group waits (nothing stays claimed).
    ClaimOutcome claimGroup(QList<qint64>& keys);
    void releaseClaim(qint64 key);
    void onRequestMade(qint64 key, const JournalRequest& request);
    static bool busyState(OperationState s);

    Journal* m_journal;
    const Clock* m_clock;
    VpcApi* m_api = nullptr;
    QString m_profile;
    PollSchedule m_schedule;
    SendPacer* m_pacer;
    int m_maxActive = 10;
    bool m_paused = false;
    bool m_shutDown = false;
    qint64 m_nextKey = 1;
    QList<OperationItem> m_items;
    QHash<qint64, qsizetype> m_rowOfKey; // item key -> index in m_items
    QList<QList<qint64>> m_waiting;      // groups of keys, in order
    QList<AddressOperation*> m_operations;
    QSet<QString> m_busyAddresses;   // an operation object holds them now
    QHash<QString, qint64> m_active; // address ID -> key of its non-final item
    QTimer m_dispatchTimer;
    bool m_waitForClaims = false;
    QSet<qint64> m_claimed;      // keys whose EIP this queue claimed in the journal
    QSet<qint64> m_claimBlocked; // first keys of groups waiting for a claim until m_claimTimer
    QSet<qint64> m_claimNoticed; // keys whose waitingForClaim was emitted
    QTimer m_claimTimer;
};

} // namespace eipdesk
