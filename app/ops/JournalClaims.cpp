// SPDX-License-Identifier: GPL-3.0-or-later
// Journal: the owners of open journals and the claims on EIPs (one writer per EIP across
// processes). The rest of the class is in Journal.cpp.
#include "ops/Journal.h"

#include "core/Clock.h"
#include "ops/JournalSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace eipdesk {

using journalsql::text;

void Journal::registerOwner() {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const qint64 now = m_clock->nowUtc().toMSecsSinceEpoch();
    QSqlQuery q(db);
    // Owners of this host that are no longer running and hold no claim: forgotten.
    QList<QString> dead;
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT token, pid, start_marker FROM owners WHERE host = ? AND "
                             "token NOT IN (SELECT owner FROM claims)"));
    q.addBindValue(m_me.host);
    if (q.exec())
        while (q.next())
            if (!ProcessIdentity::isRunning(q.value(1).toLongLong(), q.value(2).toLongLong()))
                dead << q.value(0).toString();
    q.finish();
    for (const QString& token : std::as_const(dead)) {
        q.prepare(QStringLiteral("DELETE FROM owners WHERE token = ?"));
        q.addBindValue(token);
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO owners (token, pid, host, program, "
                             "start_marker, started_at, beat_at) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(m_me.token);
    q.addBindValue(m_me.pid);
    q.addBindValue(m_me.host);
    q.addBindValue(m_me.program);
    q.addBindValue(m_me.startMarker);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        fail(tr("Cannot write to the journal"), q.lastError().text());
}

void Journal::heartbeat() {
    if (!isOpen())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE owners SET beat_at = ? WHERE token = ?"));
    q.addBindValue(m_clock->nowUtc().toMSecsSinceEpoch());
    q.addBindValue(m_me.token);
    q.exec();
}

bool Journal::ownerAlive(const QString& token, qint64 pid, const QString& host, qint64 startMarker,
                         qint64 beatMs) const {
    if (token.isEmpty())
        return false;
    if (token == m_me.token)
        return true;
    if (host == m_me.host)
        return ProcessIdentity::isRunning(pid, startMarker);
    // Another host (a shared home folder): alive while its heartbeat is recent.
    return m_clock->nowUtc().toMSecsSinceEpoch() - beatMs < OwnerLeaseMs;
}

bool Journal::isOwnerAlive(const QString& token) const {
    if (token.isEmpty() || !isOpen())
        return false;
    if (token == m_me.token)
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT pid, host, start_marker, beat_at FROM owners WHERE token = ?"));
    q.addBindValue(token);
    if (!q.exec() || !q.next())
        return false; // closed or never registered: gone
    return ownerAlive(token, q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).toLongLong(), q.value(3).toLongLong());
}

bool Journal::isLiveElsewhere(const JournalEntry& entry) const {
    return !entry.owner.isEmpty() && entry.owner != m_me.token && isOwnerAlive(entry.owner);
}

namespace {
const char kClaimSelect[] =
    "SELECT c.owner, c.entry_id, c.claimed_at, o.pid, o.host, o.program, o.start_marker, "
    "o.beat_at FROM claims c LEFT JOIN owners o ON o.token = c.owner "
    "WHERE c.profile = ? AND c.region = ? AND c.address_id = ?";

ClaimHolder holderFrom(const QSqlQuery& q) {
    ClaimHolder h;
    h.token = q.value(0).toString();
    h.entryId = q.value(1).toLongLong();
    h.since = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    h.pid = q.value(3).toLongLong();
    h.host = q.value(4).toString();
    h.program = q.value(5).toString();
    return h;
}
} // namespace

std::optional<ClaimHolder> Journal::liveHolder(const QString& profile, const QString& region,
                                               const QString& addressId) const {
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kClaimSelect));
    q.addBindValue(text(profile));
    q.addBindValue(text(region));
    q.addBindValue(text(addressId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const ClaimHolder h = holderFrom(q);
    if (h.token == m_me.token || q.value(3).isNull() ||
        !ownerAlive(h.token, h.pid, h.host, q.value(6).toLongLong(), q.value(7).toLongLong()))
        return std::nullopt;
    return h;
}

ClaimResult Journal::claim(const QString& profile, const QString& region, const QString& addressId,
                           qint64 entryId) {
    ClaimResult result;
    if (!isOpen()) {
        result.error = tr("The journal is not open");
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // One writer at a time decides (BEGIN IMMEDIATE takes the write lock first, waiting up to
    // the busy timeout), so two processes can never both see the EIP free.
    const bool ownTransaction = !m_inBatch;
    if (ownTransaction && !q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = q.lastError().text();
        fail(tr("Cannot write to the journal"), result.error);
        return result;
    }
    auto finish = [&](bool commit) {
        if (!ownTransaction)
            return;
        QSqlQuery end(db);
        if (!end.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && commit) {
            result.ok = false;
            result.error = end.lastError().text();
            end.exec(QStringLiteral("ROLLBACK"));
        }
    };
    q.prepare(QLatin1String(kClaimSelect));
    q.addBindValue(text(profile));
    q.addBindValue(text(region));
    q.addBindValue(text(addressId));
    if (!q.exec()) {
        result.error = q.lastError().text();
        finish(false);
        return result;
    }
    const qint64 now = m_clock->nowUtc().toMSecsSinceEpoch();
    if (q.next()) {
        const ClaimHolder h = holderFrom(q);
        const bool registered = !q.value(3).isNull();
        if (h.token == m_me.token) {
            q.finish();
            if (entryId > 0 && entryId != h.entryId) {
                QSqlQuery u(db);
                u.prepare(QStringLiteral("UPDATE claims SET entry_id = ? WHERE profile = ? AND "
                                         "region = ? AND address_id = ?"));
                u.addBindValue(entryId);
                u.addBindValue(text(profile));
                u.addBindValue(text(region));
                u.addBindValue(text(addressId));
                u.exec();
            }
            result.ok = true;
            finish(true);
            return result;
        }
        result.holder = h;
        if (registered &&
            ownerAlive(h.token, h.pid, h.host, q.value(6).toLongLong(), q.value(7).toLongLong())) {
            q.finish();
            finish(false); // refused: result.holder says who holds it
            return result;
        }
        result.tookOver = true;
    }
    q.finish();
    QSqlQuery w(db);
    w.prepare(QStringLiteral("INSERT OR REPLACE INTO claims (profile, region, address_id, owner, "
                             "entry_id, claimed_at) VALUES (?,?,?,?,?,?)"));
    w.addBindValue(text(profile));
    w.addBindValue(text(region));
    w.addBindValue(text(addressId));
    w.addBindValue(m_me.token);
    w.addBindValue(entryId);
    w.addBindValue(now);
    if (!w.exec()) {
        result.error = w.lastError().text();
        fail(tr("Cannot write to the journal"), result.error);
        finish(false);
        return result;
    }
    result.ok = true;
    finish(true);
    return result;
}

void Journal::releaseClaim(const QString& profile, const QString& region,
                           const QString& addressId) {
    if (!isOpen())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM claims WHERE profile = ? AND region = ? AND "
                             "address_id = ? AND owner = ?"));
    q.addBindValue(text(profile));
    q.addBindValue(text(region));
    q.addBindValue(text(addressId));
    q.addBindValue(m_me.token);
    if (!q.exec())
        fail(tr("Cannot write to the journal"), q.lastError().text());
}

void Journal::releaseAllClaims() {
    if (!isOpen())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM claims WHERE owner = ?"));
    q.addBindValue(m_me.token);
    if (!q.exec())
        fail(tr("Cannot write to the journal"), q.lastError().text());
}

} // namespace eipdesk
