// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"

#include "cli/BindCommand.h"
#include "cli/CliResources.h"
#include "cli/HistoryCommand.h"
#include "cli/PendingSettler.h"
#include "cli/SettleCommand.h"
#include "cli/UnbindCommand.h"
#include "ops/Journal.h"

#include <QFileInfo>

namespace eipdesk {

int runUnbindCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                     const CliContext& context) {
    UnbindCommand command(context, out, err);
    return command.run(args);
}

int runBindCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                   const CliContext& context) {
    return BindCommand(BindArguments::Command::Bind, context, out, err).run(args);
}

int runMoveCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                   const CliContext& context) {
    return BindCommand(BindArguments::Command::Move, context, out, err).run(args);
}

int runUndoCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                   const CliContext& context) {
    return BindCommand(BindArguments::Command::Undo, context, out, err).run(args);
}

int runHistoryCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                      const CliContext& context) {
    HistoryCommand command(context, out, err);
    return command.run(args);
}

int runSettleCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                     const CliContext& context) {
    SettleCommand command(context, out, err);
    return command.run(args);
}

int settleUnfinished(QTextStream& err, const CliContext& context, qint64 maxWaitMs) {
    const QString path =
        context.journalPath.isEmpty() ? Journal::defaultPath() : context.journalPath;
    if (!QFileInfo::exists(path))
        return 0;
    CliResources resources(context, err);
    Journal journal(resources.context().clock);
    journal.setProgram(QStringLiteral("eipdesk profiles"));
    if (!journal.open(path) || PendingSettler::unsettled(&journal).isEmpty())
        return 0;
    return PendingSettler(&resources, err, err)
        .settle(&journal, QString(), nullptr, maxWaitMs)
        .found;
}

} // namespace eipdesk
