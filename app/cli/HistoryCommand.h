// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace eipdesk {

struct JournalEntry;
class Journal;

// The implementation of `eipdesk history [--limit N] [--json]`: the operations journal
// (the window's History), newest first, as a table or as JSON. Operations earlier runs left
// unfinished (their process is gone) are settled first, unless --no-settle.
class HistoryCommand {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::HistoryCommand)
public:
    static constexpr int DefaultLimit = 20;
    static constexpr qint64 SettleBeforeMs = 15000;

    HistoryCommand(const CliContext& context, QTextStream& out, QTextStream& err);
    int run(QStringList args);

private:
    int usage(const QString& problem);
    void printTable(const QList<JournalEntry>& entries, const Journal* journal);
    void printJson(const QList<JournalEntry>& entries, const Journal* journal);

    CliContext m_ctx;
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_showRequests = false;
};

} // namespace eipdesk
