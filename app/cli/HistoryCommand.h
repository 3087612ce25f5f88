// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace eipdesk {

struct JournalEntry;

// The implementation of `eipdesk history [--limit N] [--json]`: the operations journal
// (the window's History), newest first, as a table or as JSON. Read-only.
class HistoryCommand {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::HistoryCommand)
public:
    static constexpr int DefaultLimit = 20;

    HistoryCommand(const CliContext& context, QTextStream& out, QTextStream& err);
    int run(QStringList args);

private:
    int usage(const QString& problem);
    void printTable(const QList<JournalEntry>& entries);
    void printJson(const QList<JournalEntry>& entries);

    CliContext m_ctx;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace eipdesk
