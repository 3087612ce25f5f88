// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/Journal.h"

#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "ops/JournalSql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

namespace eipdesk {

using journalsql::text;

namespace {

const char kColumns[] = "started_at, finished_at, profile, region, address_id, address_ip, kind, "
                        "prev_instance_id, prev_instance_type, prev_eni_id, prev_private_ip, "
                        "reallocate, task_id, request_id, state, error_code, error_message, "
                        "learned_by, owner, target_instance_id, target_eni_id, "
                        "target_private_ip, step, parent_id";

QVariant timeValue(const QDateTime& t) {
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant& v) {
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

void bindEntry(QSqlQuery& q, const JournalEntry& e) {
    q.addBindValue(timeValue(e.startedAt));
    q.addBindValue(timeValue(e.finishedAt));
    q.addBindValue(text(e.profile));
    q.addBindValue(text(e.region));
    q.addBindValue(text(e.addressId));
    q.addBindValue(text(e.addressIp));
    q.addBindValue(JournalEntry::kindName(e.kind));
    q.addBindValue(text(e.previousInstanceId));
    q.addBindValue(text(e.previousInstanceType));
    q.addBindValue(text(e.previousEniId));
    q.addBindValue(text(e.previousPrivateIp));
    q.addBindValue(e.reallocate ? 1 : 0);
    q.addBindValue(text(e.taskId));
    q.addBindValue(text(e.requestId));
    q.addBindValue(OperationStates::name(e.state));
    q.addBindValue(text(e.errorCode));
    q.addBindValue(text(e.errorMessage));
    q.addBindValue(text(e.learnedBy));
    q.addBindValue(text(e.owner));
    q.addBindValue(text(e.targetInstanceId));
    q.addBindValue(text(e.targetEniId));
    q.addBindValue(text(e.targetPrivateIp));
    q.addBindValue(e.step);
    q.addBindValue(e.parentId);
}

JournalEntry readEntry(const QSqlQuery& q) {
    JournalEntry e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.startedAt = timeFrom(q.value(i++));
    e.finishedAt = timeFrom(q.value(i++));
    e.profile = q.value(i++).toString();
    e.region = q.value(i++).toString();
    e.addressId = q.value(i++).toString();
    e.addressIp = q.value(i++).toString();
    e.kind = JournalEntry::kindFromName(q.value(i++).toString());
    e.previousInstanceId = q.value(i++).toString();
    e.previousInstanceType = q.value(i++).toString();
    e.previousEniId = q.value(i++).toString();
    e.previousPrivateIp = q.value(i++).toString();
    e.reallocate = q.value(i++).toInt() != 0;
    e.taskId = q.value(i++).toString();
    e.requestId = q.value(i++).toString();
    e.state = OperationStates::fromName(q.value(i++).toString());
    e.errorCode = q.value(i++).toString();
    e.errorMessage = q.value(i++).toString();
    e.learnedBy = q.value(i++).toString();
    e.owner = q.value(i++).toString();
    e.targetInstanceId = q.value(i++).toString();
    e.targetEniId = q.value(i++).toString();
    e.targetPrivateIp = q.value(i++).toString();
    e.step = q.value(i++).toInt();
    e.parentId = q.value(i++).toLongLong();
    return e;
}

} // namespace

Journal::Journal(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connection(QStringLiteral("eipdesk-journal-%1").arg(quintptr(this), 0, 16))
    , m_me(ProcessIdentity::current(QStringLiteral("eipdesk"))) {
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Journal::heartbeat);
}

Journal::~Journal() {
    close();
}

QString Journal::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal.sqlite");
}

bool Journal::fail(const QString& what, const QString& detail) {
    m_lastError = what + QStringLiteral(": ") + detail;
    qWarning("Journal: %s", qPrintable(m_lastError));
    return false;
}

bool Journal::open(const QString& path) {
    close();
    m_path = path.isEmpty() ? defaultPath() : path;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("Cannot create the journal folder"), QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(tr("Cannot open the journal"), db.lastError().text());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // A commit survives the application crashing and is seen by other processes at once;
        // it does not wait for the disk (FULL cost a sync per write: nine per EIP of a batch,
        // on the window's thread). Only an operating-system crash may lose the last commits;
        // the next start reads every address again anyway.
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    }
    if (!migrate()) {
        close();
        return false;
    }
    registerOwner();
    m_heartbeat.start();
    return true;
}

bool Journal::migrate() {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Two processes may open a new or old journal at the same moment: the version is read and
    // the steps applied inside one write transaction (BEGIN IMMEDIATE waits for the other's),
    // so each step runs exactly once.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("Cannot read the journal version"), q.lastError().text());
    auto rollback = [&](const QString& what, const QString& detail) {
        QSqlQuery r(db);
        r.exec(QStringLiteral("ROLLBACK"));
        return fail(what, detail);
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rollback(tr("Cannot read the journal version"), q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion)
        return rollback(tr("The journal was written by a newer EIP Desk"),
                        QString::number(version));
    QStringList ddl;
    if (version < 1)
        ddl << schemaVersion1();
    if (version < 2)
        ddl << schemaVersion2();
    if (version < 3)
        ddl << schemaVersion3();
    for (const QString& sql : std::as_const(ddl))
        if (!q.exec(sql))
            return rollback(tr("Cannot create the journal tables"), q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(tr("Cannot create the journal tables"), q.lastError().text());
    return true;
}

QStringList Journal::schemaVersion1() {
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS operations ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, started_at INTEGER NOT NULL, "
                       "finished_at INTEGER, profile TEXT NOT NULL DEFAULT '', "
                       "region TEXT NOT NULL, address_id TEXT NOT NULL, "
                       "address_ip TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
                       "prev_instance_id TEXT NOT NULL DEFAULT '', "
                       "prev_instance_type TEXT NOT NULL DEFAULT '', "
                       "prev_eni_id TEXT NOT NULL DEFAULT '', "
                       "prev_private_ip TEXT NOT NULL DEFAULT '', "
                       "reallocate INTEGER NOT NULL DEFAULT 0, task_id TEXT NOT NULL DEFAULT '', "
                       "request_id TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, "
                       "error_code TEXT NOT NULL DEFAULT '', "
                       "error_message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS operations_state ON operations(state)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS operations_started ON operations(started_at)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

QStringList Journal::schemaVersion2() {
    // Version 1 -> 2: who queued each entry and how its outcome was learned; the owners of
    // open journals, the claims on EIPs, and every request made for an operation.
    return {
        QStringLiteral("ALTER TABLE operations ADD COLUMN learned_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS owners (token TEXT PRIMARY KEY, "
                       "pid INTEGER NOT NULL, host TEXT NOT NULL, program TEXT NOT NULL, "
                       "start_marker INTEGER NOT NULL DEFAULT 0, started_at INTEGER NOT NULL, "
                       "beat_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS claims (profile TEXT NOT NULL, "
                       "region TEXT NOT NULL, address_id TEXT NOT NULL, owner TEXT NOT NULL, "
                       "entry_id INTEGER NOT NULL DEFAULT 0, claimed_at INTEGER NOT NULL, "
                       "PRIMARY KEY (profile, region, address_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS requests (id INTEGER PRIMARY KEY "
                       "AUTOINCREMENT, entry_id INTEGER NOT NULL, at INTEGER NOT NULL, "
                       "action TEXT NOT NULL, request_id TEXT NOT NULL DEFAULT '', "
                       "task_id TEXT NOT NULL DEFAULT '', error_code TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS requests_entry ON requests(entry_id)"),
        QStringLiteral("PRAGMA user_version = 2"),
    };
}

QStringList Journal::schemaVersion3() {
    // Version 2 -> 3: bind and move. Where a binding kind puts the EIP, the step a move is at,
    // and the entry an undo or a way back belongs to.
    return {
        QStringLiteral("ALTER TABLE operations ADD COLUMN target_instance_id TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN target_eni_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN target_private_ip TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN step INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE operations ADD COLUMN parent_id INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("PRAGMA user_version = 3"),
    };
}

void Journal::close() {
    m_heartbeat.stop();
    if (!QSqlDatabase::contains(m_connection))
        return;
    if (isOpen()) {
        // Our claims end with us; an owner that closes is no longer one.
        QSqlQuery q(QSqlDatabase::database(m_connection));
        releaseAllClaims();
        q.prepare(QStringLiteral("DELETE FROM owners WHERE token = ?"));
        q.addBindValue(m_me.token);
        q.exec();
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Journal::isOpen() const {
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool Journal::add(JournalEntry& entry) {
    if (!isOpen())
        return fail(tr("The journal is not open"), m_path);
    if (!entry.startedAt.isValid())
        entry.startedAt = m_clock->nowUtc();
    if (entry.owner.isEmpty())
        entry.owner = m_me.token;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO operations (%1) VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    bindEntry(q, entry);
    if (!q.exec())
        return fail(tr("Cannot write to the journal"), q.lastError().text());
    entry.id = q.lastInsertId().toLongLong();
    emit entryChanged(entry.id);
    return true;
}

bool Journal::beginBatch() {
    if (!isOpen())
        return fail(tr("The journal is not open"), m_path);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(tr("Cannot write to the journal"), db.lastError().text());
    m_inBatch = true;
    return true;
}

bool Journal::commitBatch() {
    if (!isOpen())
        return fail(tr("The journal is not open"), m_path);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    m_inBatch = false;
    if (!db.commit())
        return fail(tr("Cannot write to the journal"), db.lastError().text());
    return true;
}

bool Journal::update(const JournalEntry& entry) {
    if (!isOpen())
        return fail(tr("The journal is not open"), m_path);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE operations SET started_at=?, finished_at=?, profile=?, "
                             "region=?, address_id=?, address_ip=?, kind=?, prev_instance_id=?, "
                             "prev_instance_type=?, prev_eni_id=?, prev_private_ip=?, "
                             "reallocate=?, task_id=?, request_id=?, state=?, error_code=?, "
                             "error_message=?, learned_by=?, owner=?, target_instance_id=?, "
                             "target_eni_id=?, target_private_ip=?, step=?, parent_id=? "
                             "WHERE id=?"));
    bindEntry(q, entry);
    q.addBindValue(entry.id);
    if (!q.exec())
        return fail(tr("Cannot write to the journal"), q.lastError().text());
    emit entryChanged(entry.id);
    return true;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const {
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT id, %1 FROM operations WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<JournalEntry> Journal::entries(const JournalFilter& filter) const {
    QList<JournalEntry> out;
    if (!isOpen())
        return out;
    QStringList where;
    QVariantList values;
    if (!filter.text.trimmed().isEmpty()) {
        QStringList ors;
        for (const char* col : {"address_id", "address_ip", "region", "profile", "task_id",
                                "request_id", "error_code", "prev_instance_id"}) {
            ors << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(QLatin1String(col));
            values << filter.text.trimmed();
        }
        // Any request made for it (a support case quotes one RequestId).
        ors << QStringLiteral("id IN (SELECT entry_id FROM requests WHERE "
                              "instr(lower(request_id), lower(?)) > 0 OR "
                              "instr(lower(task_id), lower(?)) > 0)");
        values << filter.text.trimmed() << filter.text.trimmed();
        where << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.state) {
        where << QStringLiteral("state = ?");
        values << OperationStates::name(*filter.state);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("started_at >= ?");
        values << QDateTime(filter.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("started_at < ?");
        values << QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    QString sql = QStringLiteral("SELECT id, %1 FROM operations").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, filter.limit));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out << readEntry(q);
    return out;
}

QList<JournalEntry> Journal::pending() const {
    QList<JournalEntry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, %1 FROM operations WHERE state IN "
                             "('sending','running','unknown','still-running') ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    if (!q.exec())
        return out;
    while (q.next())
        out << readEntry(q);
    return out;
}

bool Journal::hasChild(qint64 parentId) const {
    if (!isOpen() || parentId <= 0)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM operations WHERE parent_id=? AND state NOT IN "
                             "('failed','skipped','canceled') LIMIT 1"));
    q.addBindValue(parentId);
    return q.exec() && q.next();
}

bool Journal::addRequest(const JournalRequest& r) {
    if (!isOpen())
        return fail(tr("The journal is not open"), m_path);
    if (r.entryId <= 0)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO requests (entry_id, at, action, request_id, task_id, "
                             "error_code) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(r.entryId);
    q.addBindValue((r.at.isValid() ? r.at : m_clock->nowUtc()).toMSecsSinceEpoch());
    q.addBindValue(text(r.action));
    q.addBindValue(text(r.requestId));
    q.addBindValue(text(r.taskId));
    q.addBindValue(text(r.errorCode));
    if (!q.exec())
        return fail(tr("Cannot write to the journal"), q.lastError().text());
    return true;
}

QList<JournalRequest> Journal::requests(qint64 entryId) const {
    QList<JournalRequest> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entry_id, at, action, request_id, task_id, error_code FROM "
                             "requests WHERE entry_id = ? ORDER BY id"));
    q.addBindValue(entryId);
    if (!q.exec())
        return out;
    while (q.next()) {
        JournalRequest r;
        r.entryId = q.value(0).toLongLong();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.action = q.value(2).toString();
        r.requestId = q.value(3).toString();
        r.taskId = q.value(4).toString();
        r.errorCode = q.value(5).toString();
        out << r;
    }
    return out;
}

QByteArray Journal::toCsv(const QList<JournalEntry>& entries) {
    CsvWriter csv;
    csv.addRow(QStringLiteral("id,started_at,finished_at,profile,region,address_id,address_ip,kind,"
                              "previous_instance_id,previous_instance_type,previous_eni_id,"
                              "previous_private_ip,reallocate,task_id,request_id,outcome,"
                              "error_code,error_message,target_instance_id,target_eni_id,"
                              "target_private_ip,step,parent_id")
                   .split(QLatin1Char(',')));
    for (const JournalEntry& e : entries) {
        const QStringList fields = {QString::number(e.id),
                                    e.startedAt.toString(Qt::ISODate),
                                    e.finishedAt.toString(Qt::ISODate),
                                    e.profile,
                                    e.region,
                                    e.addressId,
                                    e.addressIp,
                                    JournalEntry::kindName(e.kind),
                                    e.previousInstanceId,
                                    e.previousInstanceType,
                                    e.previousEniId,
                                    e.previousPrivateIp,
                                    e.reallocate ? QStringLiteral("true") : QStringLiteral("false"),
                                    e.taskId,
                                    e.requestId,
                                    OperationStates::name(e.state),
                                    e.errorCode,
                                    e.errorMessage,
                                    e.targetInstanceId,
                                    e.targetEniId,
                                    e.targetPrivateIp,
                                    QString::number(e.step),
                                    e.parentId > 0 ? QString::number(e.parentId) : QString()};
        csv.addRow(fields);
    }
    return csv.toUtf8();
}

} // namespace eipdesk
