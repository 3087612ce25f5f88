// SPDX-License-Identifier: GPL-3.0-or-later
// OperationQueue: claiming each EIP in the shared journal before anything is sent for it, and
// the request log. The rest of the class is in OperationQueue.cpp.
#include "ops/OperationQueue.h"

#include "core/Clock.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"

namespace eipdesk {

void OperationQueue::setWaitForClaims(bool wait, int retryMs) {
    m_waitForClaims = wait;
    m_claimTimer.setInterval(qMax(10, retryMs));
}

OperationQueue::ClaimOutcome OperationQueue::claimGroup(QList<qint64>& keys) {
    if (!m_journal || !m_journal->isOpen())
        return ClaimOutcome::Go; // unjournaled (the journal failed to open): nothing to share
    QList<qint64> claimedNow;
    for (auto it = keys.begin(); it != keys.end();) {
        OperationItem* item = find(*it);
        if (!item) {
            it = keys.erase(it);
            continue;
        }
        const ClaimResult r = m_journal->claim(m_profile, item->address.region,
                                               item->address.addressId, item->entry.id);
        if (r.ok) {
            if (!m_claimed.contains(item->key))
                claimedNow << item->key;
            m_claimed.insert(item->key);
            ++it;
            continue;
        }
        if (m_waitForClaims && r.error.isEmpty()) {
            // The whole group waits; what it claimed meanwhile is given back.
            for (qint64 k : std::as_const(claimedNow))
                releaseClaim(k);
            if (!m_claimNoticed.contains(item->key)) {
                m_claimNoticed.insert(item->key);
                emit waitingForClaim(item->key, r.holder);
            }
            return ClaimOutcome::Wait;
        }
        // Refused (or the journal failed): nothing is sent for this EIP.
        item->entry.state = OperationState::Skipped;
        item->entry.finishedAt = m_clock->nowUtc();
        item->endedAtMs = m_clock->monotonicMSecs();
        item->entry.errorCode = r.error.isEmpty() ? ErrorCatalog::claimedElsewhereCode()
                                                  : ErrorCatalog::journalFailedCode();
        item->entry.errorMessage =
            r.error.isEmpty() ? QStringLiteral("%1 (pid %2 on %3) since %4")
                                    .arg(r.holder.program, QString::number(r.holder.pid),
                                         r.holder.host, r.holder.since.toString(Qt::ISODate))
                              : r.error;
        item->error = ErrorCatalog::explain(item->entry.errorCode, item->entry.errorMessage, {});
        if (item->entry.id > 0)
            m_journal->update(item->entry);
        emit itemChanged(item->key);
        noteBusy(*item);
        emit itemEnded(*item);
        it = keys.erase(it);
    }
    return ClaimOutcome::Go;
}

void OperationQueue::releaseClaim(qint64 key) {
    if (!m_claimed.remove(key))
        return;
    const int i = indexOf(key);
    if (i < 0 || !m_journal)
        return;
    const OperationItem& item = m_items.at(i);
    // Another item of this queue may hold the same EIP now (a retry): keep the claim then.
    for (qint64 other : std::as_const(m_claimed)) {
        const int j = indexOf(other);
        if (j >= 0 && m_items.at(j).address.addressId == item.address.addressId)
            return;
    }
    m_journal->releaseClaim(m_profile, item.address.region, item.address.addressId);
}

void OperationQueue::onRequestMade(qint64 key, const JournalRequest& request) {
    const OperationItem* item = find(key);
    if (!item || !m_journal || item->entry.id <= 0)
        return;
    JournalRequest r = request;
    r.entryId = item->entry.id;
    m_journal->addRequest(r);
}

} // namespace eipdesk
