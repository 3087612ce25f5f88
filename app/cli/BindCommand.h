// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/BindArguments.h"
#include "cli/CliContext.h"
#include "core/Address.h"
#include "ops/JournalEntry.h"
#include "ops/OperationTarget.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace eipdesk {

class CliAccount;
class CliOperationRun;
class CliResources;
class OperationQueue;

// The implementation of `eipdesk bind`, `eipdesk move` and `eipdesk undo` (see CliCommands.h),
// the way `eipdesk unbind` works: the profile's session, what earlier runs left unfinished
// settled first, the EIP and the target read and judged, the confirmation (BindConfirmation's
// words; --yes, refused without it when nobody can answer), the window's own OperationQueue
// (journaled), one line per state change, exit 0 done, 1 failed or refused, 2 usage error.
// Undo lives in BindCommandUndo.cpp.
class BindCommand {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::BindCommand)
public:
    BindCommand(BindArguments::Command command, const CliContext& context, QTextStream& out,
                QTextStream& err);
    ~BindCommand();
    int run(QStringList args);

    // `eipdesk bind EIP --instance ins-…` or the --eni form (with --profile/--region when given).
    static QString bindCommandLine(const QString& eip, const OperationTarget& target,
                                   const BindArguments& args);

private:
    int usage(const QString& problem);
    int bindOrMove(CliAccount& account, const BindArguments& args);
    int undo(CliAccount& account, const BindArguments& args);
    std::optional<JournalEntry> undoEntry(CliAccount& account, const OperationQueue& queue,
                                          const BindArguments& args);
    // Reads and judges the target, prints what will happen (`before` and `after` around the
    // confirmation text); false (said why) when refused.
    bool showTarget(CliAccount& account, const QString& region, const Address& eip,
                    const OperationTarget& target, const QString& before = {},
                    const QString& after = {});
    bool confirmed(const BindArguments& args, const QString& question);
    // Queues (enqueue returns the key, 0 when refused), follows and sums up; the exit status.
    int execute(CliOperationRun& run, const std::function<qint64(OperationQueue&)>& enqueue,
                const BindArguments& args, const Address& eip);

    BindArguments::Command m_command;
    std::unique_ptr<CliResources> m_res;
    const CliContext& m_ctx; // m_res's, completed
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace eipdesk
