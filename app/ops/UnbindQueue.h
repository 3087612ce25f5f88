// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/PollSchedule.h"
#include "ops/UnbindItem.h"
#include "ops/UnbindProgress.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace eipdesk {

class Clock;
class Journal;
class SendPacer;
class UnbindOperation;
class VpcApi;

// The unbind queue: every EIP the user confirmed, unbound at most `ratePerSecond` per second
// (paced so no RequestLimitExceeded comes back), never two operations in flight for the same
// EIP, NAT gateway EIPs grouped per gateway. Pause/resume, cancel what is not yet sent, retry
// the failed ones, check again what is still running. Every item is journaled.
class UnbindQueue : public QObject {
    Q_OBJECT
public:
    UnbindQueue(Journal* journal, const Clock* clock, QObject* parent = nullptr);
    ~UnbindQueue() override;

    void setSession(VpcApi* api, const QString& profileName);
    VpcApi* api() const { return m_api; }
    void setPollSchedule(const PollSchedule& schedule) { m_schedule = schedule; }
    PollSchedule pollSchedule() const { return m_schedule; }
    void setRatePerSecond(double rate);
    void setMaxActive(int operations) { m_maxActive = qMax(1, operations); }

    // Queues the addresses (NAT gateway EIPs are grouped per gateway); returns the item keys.
    QList<qint64> enqueue(const QList<Address>& addresses, bool reallocate);
    // Journal entries that were sent but not concluded (a quit or crash): follows them again.
    int resumePending();

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    int cancelPending();
    int retryFailed();
    int checkAgain(); // every item still running on the server or of unknown outcome
    void clearFinished();

    QList<UnbindItem> items() const { return m_items; }
    UnbindItem item(qint64 key) const;
    int indexOf(qint64 key) const;
    UnbindProgress progress() const;
    const Clock* clock() const { return m_clock; }
    Journal* journal() const { return m_journal; }

signals:
    void itemAdded(qint64 key);
    void itemChanged(qint64 key);
    void itemsRemoved();
    // A final state, or still running on the server: the main window refreshes that row.
    void itemEnded(const eipdesk::UnbindItem& item);
    void progressChanged();
    void idle();

private:
    void dispatch();
    void startOperation(const QList<qint64>& keys);
    void onItemChanged(const UnbindItem& item);
    void onOperationFinished(UnbindOperation* op);
    UnbindItem makeItem(const Address& a, bool reallocate);
    UnbindItem* find(qint64 key);

    Journal* m_journal;
    const Clock* m_clock;
    VpcApi* m_api = nullptr;
    QString m_profile;
    PollSchedule m_schedule;
    SendPacer* m_pacer;
    int m_maxActive = 10;
    bool m_paused = false;
    qint64 m_nextKey = 1;
    QList<UnbindItem> m_items;
    QList<QList<qint64>> m_waiting; // groups of keys, in order
    QList<UnbindOperation*> m_operations;
    QSet<QString> m_busyAddresses;
    QTimer m_dispatchTimer;
};

} // namespace eipdesk
