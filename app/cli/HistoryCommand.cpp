// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HistoryCommand.h"

#include "cli/CliResources.h"
#include "cli/PendingSettler.h"
#include "ops/Journal.h"
#include "ops/JournalText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace eipdesk {

namespace {
QString isoTime(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

HistoryCommand::HistoryCommand(const CliContext& context, QTextStream& out, QTextStream& err)
    : m_ctx(context)
    , m_out(out)
    , m_err(err) {}

int HistoryCommand::usage(const QString& problem) {
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr("Usage: eipdesk history [--limit N] [--json] [--requests] [--no-settle]\n"
                "  --limit N    show the N newest operations (default %1)\n"
                "  --json       one JSON array, for scripts (with every request made)\n"
                "  --requests   list every request made for each operation (RequestId, TaskId)\n"
                "  --no-settle  do not settle operations earlier runs left unfinished first")
                 .arg(DefaultLimit)
          << Qt::endl;
    return 2;
}

int HistoryCommand::run(QStringList args) {
    if (!args.isEmpty() && args.first() == QLatin1String("history"))
        args.removeFirst();
    int limit = DefaultLimit;
    bool json = false;
    bool settle = true;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--requests")) {
            m_showRequests = true;
        } else if (a == QLatin1String("--no-settle")) {
            settle = false;
        } else if (a == QLatin1String("--limit") || a.startsWith(QLatin1String("--limit="))) {
            QString value;
            if (a.contains(QLatin1Char('=')))
                value = a.mid(a.indexOf(QLatin1Char('=')) + 1);
            else if (i + 1 < args.size())
                value = args.at(++i);
            bool ok = false;
            limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > 1000000)
                return usage(tr("--limit must be a number from 1 to 1000000."));
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(QString());
            return 0;
        } else {
            return usage(tr("Unknown argument \"%1\".").arg(a));
        }
    }
    const QString path = m_ctx.journalPath.isEmpty() ? Journal::defaultPath() : m_ctx.journalPath;
    QList<JournalEntry> entries;
    if (!QFileInfo::exists(path)) { // reading never creates the journal
        if (json)
            printJson({}, nullptr);
        else
            m_out << tr("No operations recorded yet.") << Qt::endl;
        return 0;
    }
    CliResources resources(m_ctx, m_err);
    Journal journal(resources.context().clock);
    journal.setProgram(QStringLiteral("eipdesk history"));
    if (!journal.open(path)) {
        m_err << tr("The journal %1 could not be read: %2").arg(path, journal.lastError())
              << Qt::endl;
        return 1;
    }
    if (settle && !PendingSettler::unsettled(&journal).isEmpty()) {
        // Progress goes to stderr, so `history --json` stays one JSON document on stdout.
        PendingSettler(&resources, m_err, m_err)
            .settle(&journal, QString(), nullptr, SettleBeforeMs);
    }
    JournalFilter filter;
    filter.limit = limit;
    entries = journal.entries(filter);
    if (json)
        printJson(entries, &journal);
    else if (entries.isEmpty())
        m_out << tr("No operations recorded yet.") << Qt::endl;
    else
        printTable(entries, &journal);
    return 0;
}

void HistoryCommand::printTable(const QList<JournalEntry>& entries, const Journal* journal) {
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(tr("STARTED (UTC)"), -20)
                 .arg(tr("PROFILE"), -16)
                 .arg(tr("REGION"), -16)
                 .arg(tr("EIP"), -14)
                 .arg(tr("IP"), -16)
                 .arg(tr("STATE"), -12)
                 .arg(tr("TASKID"), -10)
                 .arg(tr("ERROR"))
          << Qt::endl;
    for (const JournalEntry& e : entries) {
        const QString kind = e.kind == JournalEntry::Kind::Unbind
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(JournalText::operation(e));
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(isoTime(e.startedAt), -20)
                     .arg(e.profile, -16)
                     .arg(e.region, -16)
                     .arg(e.addressId, -14)
                     .arg(e.addressIp, -16)
                     .arg(OperationStates::displayName(e.state) + kind, -12)
                     .arg(e.taskId.isEmpty() ? QStringLiteral("-") : e.taskId, -10)
                     .arg(e.errorCode)
              << Qt::endl;
        if (!m_showRequests || !journal)
            continue;
        if (!e.learnedBy.isEmpty())
            m_out << QStringLiteral("    ") << JournalText::learnedBy(e.learnedBy) << Qt::endl;
        for (const JournalRequest& r : journal->requests(e.id))
            m_out << QStringLiteral("    ") << JournalText::requestLine(r) << Qt::endl;
    }
}

void HistoryCommand::printJson(const QList<JournalEntry>& entries, const Journal* journal) {
    QJsonArray array;
    for (const JournalEntry& e : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), double(e.id));
        o.insert(QStringLiteral("startedAt"), isoTime(e.startedAt));
        o.insert(QStringLiteral("finishedAt"), isoTime(e.finishedAt));
        o.insert(QStringLiteral("profile"), e.profile);
        o.insert(QStringLiteral("region"), e.region);
        o.insert(QStringLiteral("addressId"), e.addressId);
        o.insert(QStringLiteral("addressIp"), e.addressIp);
        o.insert(QStringLiteral("kind"), JournalEntry::kindName(e.kind));
        o.insert(QStringLiteral("previousInstanceId"), e.previousInstanceId);
        o.insert(QStringLiteral("previousInstanceType"), e.previousInstanceType);
        o.insert(QStringLiteral("previousNetworkInterfaceId"), e.previousEniId);
        o.insert(QStringLiteral("previousPrivateIp"), e.previousPrivateIp);
        o.insert(QStringLiteral("targetInstanceId"), e.targetInstanceId);
        o.insert(QStringLiteral("targetNetworkInterfaceId"), e.targetEniId);
        o.insert(QStringLiteral("targetPrivateIp"), e.targetPrivateIp);
        if (e.kind == JournalEntry::Kind::Move)
            o.insert(QStringLiteral("step"), e.step);
        if (e.parentId > 0)
            o.insert(QStringLiteral("parentId"), e.parentId);
        o.insert(QStringLiteral("reallocate"), e.reallocate);
        o.insert(QStringLiteral("taskId"), e.taskId);
        o.insert(QStringLiteral("requestId"), e.requestId);
        o.insert(QStringLiteral("state"), OperationStates::name(e.state));
        o.insert(QStringLiteral("errorCode"), e.errorCode);
        o.insert(QStringLiteral("errorMessage"), e.errorMessage);
        o.insert(QStringLiteral("learnedBy"), e.learnedBy);
        QJsonArray requests;
        if (journal) {
            for (const JournalRequest& r : journal->requests(e.id)) {
                QJsonObject ro;
                ro.insert(QStringLiteral("at"), isoTime(r.at));
                ro.insert(QStringLiteral("action"), r.action);
                ro.insert(QStringLiteral("requestId"), r.requestId);
                ro.insert(QStringLiteral("taskId"), r.taskId);
                ro.insert(QStringLiteral("errorCode"), r.errorCode);
                requests.append(ro);
            }
        }
        o.insert(QStringLiteral("requests"), requests);
        array.append(o);
    }
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace eipdesk
