// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/JournalEntry.h"
#include "ops/JournalFilter.h"

#include <QList>
#include <QObject>

#include <optional>

namespace eipdesk {

class Clock;

// The operations journal: a SQLite file (Qt Sql, QSQLITE) in the app's data directory.
// Every unbind and re-bind is recorded when it is queued and updated as it progresses, so
// operations still in flight when the app quits or crashes are found again at the next start
// (pending()). Schema versioned with PRAGMA user_version. Never stores secrets.
class Journal : public QObject {
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;

    // `clock` stamps entries added without a start time (never read from the system here).
    explicit Journal(const Clock* clock, QObject* parent = nullptr);
    ~Journal() override;

    // QStandardPaths::AppDataLocation/journal.sqlite
    static QString defaultPath();

    // Opens (creating or migrating) the database; an empty path means defaultPath().
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

    // RFC 4180 CSV with a header line (UTF-8).
    static QByteArray toCsv(const QList<JournalEntry>& entries);

signals:
    void entryChanged(qint64 id);

private:
    bool migrate();
    bool fail(const QString& what, const QString& detail);

    const Clock* m_clock;
    QString m_connection;
    QString m_path;
    QString m_lastError;
};

} // namespace eipdesk
