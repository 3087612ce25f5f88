// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"

#include "cli/HistoryCommand.h"
#include "cli/SettleCommand.h"
#include "cli/UnbindCommand.h"

namespace eipdesk {

int runUnbindCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                     const CliContext& context) {
    UnbindCommand command(context, out, err);
    return command.run(args);
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

} // namespace eipdesk
