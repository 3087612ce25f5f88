// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace eipdesk {

// The implementation of `eipdesk settle [--profile NAME] [--no-wait]`: concludes what earlier
// runs (a killed command, a window that quit while a task ran) left unfinished in the journal,
// as the window does at its start (PendingSettler). Exit status: 0 nothing is left unfinished,
// 1 something is still running on the server, undecided or could not be reached, 2 usage.
class SettleCommand {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::SettleCommand)
public:
    static constexpr int NoWaitMs = 5000;
    SettleCommand(const CliContext& context, QTextStream& out, QTextStream& err);
    int run(QStringList args);
    static QString usageText();

private:
    CliContext m_ctx;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace eipdesk
