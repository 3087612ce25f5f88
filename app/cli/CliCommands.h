// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QStringList>

class QTextStream;

namespace eipdesk {

// `eipdesk unbind [--profile NAME] [--region REGION] [--reallocate] [--yes] [--no-wait]
//                 EIP_ID_OR_IP...`
// Resolves every argument with DescribeAddresses, shows what will be unbound, asks for
// confirmation on a terminal (refuses without --yes otherwise), runs the same OperationQueue as
// the window (journaled) and prints one line per state change. `args` start with "unbind"
// (or without it). Returns 0 when every EIP was unbound (with --no-wait: accepted), 1 when any
// failed, was skipped or could not be unbound, 2 for a usage error.
int runUnbindCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                     const CliContext& context = {});

// `eipdesk bind EIP (--instance ins-… | --eni eni-… --private-ip IP)`, `eipdesk move EIP --to
// ins-…` and `eipdesk undo [JOURNAL_ID]` (common options --profile, --region, --yes, --no-wait;
// see BindArguments and BindCommand): like `eipdesk unbind`, exit 0 done (with --no-wait:
// accepted), 1 failed or refused, 2 usage error. `args` start with the verb (or without it).
int runBindCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                   const CliContext& context = {});
int runMoveCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                   const CliContext& context = {});
int runUndoCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                   const CliContext& context = {});

// `eipdesk history [--limit N] [--json] [--requests] [--no-settle]`: the operations journal,
// newest first (unfinished operations of gone processes are settled first).
int runHistoryCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                      const CliContext& context = {});

// `eipdesk settle [--profile NAME] [--no-wait]`: concludes what earlier runs left unfinished
// (see SettleCommand).
int runSettleCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                     const CliContext& context = {});

// Before a verb that does not settle by itself (`eipdesk profiles ...`): settles, within
// `maxWaitMs`, what dead processes left unfinished in the journal (never creates the journal).
// Progress goes to `err`. Returns the number of operations that were found unfinished.
int settleUnfinished(QTextStream& err, const CliContext& context = {}, qint64 maxWaitMs = 10000);

} // namespace eipdesk
