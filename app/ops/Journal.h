// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ProcessIdentity.h"
#include "ops/JournalClaim.h"
#include "ops/JournalEntry.h"
#include "ops/JournalFilter.h"
#include "ops/JournalRequest.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace eipdesk {

class Clock;

// The operations journal: a SQLite file (Qt Sql, QSQLITE) in the app's data directory.
// Every unbind and re-bind is recorded when it is queued and updated as it progresses, so
// operations still in flight when the app quits or crashes are found again at the next start
// (pending()). Schema versioned with PRAGMA user_version. Never stores secrets.
//
// The file is shared by every EIP Desk process of the user (the window, `eipdesk unbind`,
// `eipdesk settle`, ...). Each open journal is an owner (ProcessIdentity, with a heartbeat);
// a claim on an EIP (claim()) lets exactly one owner send writes for it: a second process is
// refused and told who holds it; a claim whose owner is no longer running is taken over. Every
// request made for an operation is kept (addRequest(), requests()).
class Journal : public QObject {
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 3;
    // An owner on another host counts as alive while its heartbeat is younger than this.
    static constexpr int OwnerLeaseMs = 120000;
    static constexpr int HeartbeatMs = 30000;

    // `clock` stamps entries added without a start time (never read from the system here).
    explicit Journal(const Clock* clock, QObject* parent = nullptr);
    ~Journal() override;

    // QStandardPaths::AppDataLocation/journal.sqlite
    static QString defaultPath();

    // What the user started, recorded with this journal's claims ("window", "eipdesk unbind").
    // Before open().
    void setProgram(const QString& program) { m_me.program = program; }
    const ProcessIdentity& owner() const { return m_me; }

    // Opens (creating or migrating) the database and registers this owner; an empty path
    // means defaultPath().
    bool open(const QString& path = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Inserts the entry and sets its id and, when unset, its startedAt. Returns false on error.
    bool add(JournalEntry& entry);
    // Rewrites the mutable fields of an existing entry (state, TaskId, RequestId, error, ...).
    bool update(const JournalEntry& entry);

    // Groups the writes until commitBatch() into one transaction (one disk sync instead of
    // one per entry: adding a batch of 100 took ~0.5 s on a slow disk). A crash before the
    // commit loses the whole batch, which is only ever entries that were not sent yet.
    bool beginBatch();
    bool commitBatch();

    std::optional<JournalEntry> entry(qint64 id) const;
    QList<JournalEntry> entries(const JournalFilter& filter = {}) const; // newest first
    // Entries that were sent (or maybe sent) but not concluded: to be resumed.
    QList<JournalEntry> pending() const;
    // Whether an entry names `parentId` as its parent and is not a failure: queued, under way,
    // undecided or succeeded (an undo that is done or on its way).
    bool hasChild(qint64 parentId) const;

    // The claim on one EIP for this owner (see the class comment). Idempotent for the holder.
    ClaimResult claim(const QString& profile, const QString& region, const QString& addressId,
                      qint64 entryId);
    void releaseClaim(const QString& profile, const QString& region, const QString& addressId);
    void releaseAllClaims(); // this owner's
    // The holder of the claim on an EIP when it is another owner that is still running.
    std::optional<ClaimHolder> liveHolder(const QString& profile, const QString& region,
                                          const QString& addressId) const;
    // Whether the owner with this token (an entry's `owner`) is still running; true for us.
    bool isOwnerAlive(const QString& token) const;
    // An entry queued by another owner that is still running (it is that owner's to finish).
    bool isLiveElsewhere(const JournalEntry& entry) const;

    bool addRequest(const JournalRequest& request);
    QList<JournalRequest> requests(qint64 entryId) const; // oldest first

    // RFC 4180 CSV with a header line (UTF-8).
    static QByteArray toCsv(const QList<JournalEntry>& entries);

signals:
    void entryChanged(qint64 id);

private:
    bool migrate();
    static QStringList schemaVersion1(); // the statements from version 0 to 1
    static QStringList schemaVersion2(); // from 1 to 2
    static QStringList schemaVersion3(); // from 2 to 3
    void registerOwner();
    void heartbeat();
    bool fail(const QString& what, const QString& detail);
    bool ownerAlive(const QString& token, qint64 pid, const QString& host, qint64 startMarker,
                    qint64 beatMs) const;

    const Clock* m_clock;
    QString m_connection;
    ProcessIdentity m_me;
    QTimer m_heartbeat;
    bool m_inBatch = false;
    QString m_path;
    QString m_lastError;
};

} // namespace eipdesk
