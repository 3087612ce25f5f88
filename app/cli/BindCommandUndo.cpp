// SPDX-License-Identifier: GPL-3.0-or-later
// `eipdesk undo [JOURNAL_ID]`: the re-bind of a succeeded unbind to where the EIP was.
#include "cli/BindCommand.h"

#include "cli/CliAccount.h"
#include "cli/CliOperationRun.h"
#include "cli/UnbindReporter.h"
#include "core/AddressStatus.h"
#include "ops/BindConfirmation.h"
#include "ops/JournalFilter.h"

#include <QTextStream>

namespace eipdesk {

std::optional<JournalEntry> BindCommand::undoEntry(CliAccount& account, const OperationQueue& queue,
                                                   const BindArguments& args) {
    Journal* journal = account.journal();
    const QString profile = account.profile().name;
    if (!journal->isOpen()) {
        m_err << tr("Nothing to undo: the journal, where unbinds are recorded, could not be "
                    "opened.")
              << Qt::endl;
        return std::nullopt;
    }
    if (!args.journalId) {
        // The latest unbind of this profile that can be taken back.
        for (const JournalEntry& e : journal->entries())
            if (e.kind == JournalEntry::Kind::Unbind && queue.canUndo(e))
                return e;
        m_err << tr("Nothing to undo: profile \"%1\" has no succeeded unbind of an EIP from a "
                    "CVM instance or a network interface that was not undone already (see "
                    "\"eipdesk history\").")
                     .arg(profile)
              << Qt::endl;
        return std::nullopt;
    }
    const qint64 id = *args.journalId;
    const std::optional<JournalEntry> e = journal->entry(id);
    QString why;
    if (!e)
        why = tr("there is no such History entry.");
    else if (e->profile != profile)
        why = tr("it belongs to profile \"%1\"; run the command with --profile.").arg(e->profile);
    else if (e->kind != JournalEntry::Kind::Unbind)
        why = tr("it is not an unbind (it is a %1); only an unbind can be undone.")
                  .arg(JournalEntry::kindName(e->kind));
    else if (e->state != OperationState::Succeeded)
        why = tr("the unbind did not succeed (%1), so there is nothing to take back.")
                  .arg(OperationStates::displayName(e->state));
    else if (e->previousTarget().isEmpty())
        why =
            tr("the EIP was not bound to a CVM instance or a network interface before (%1), "
               "and only those can be bound again.")
                .arg(e->previousInstanceId.isEmpty() ? tr("nothing known") : e->previousInstanceId);
    else if (journal->hasChild(e->id))
        why = tr("it was undone already (or is being undone); see \"eipdesk history\".");
    else if (!queue.canUndo(*e))
        why = tr("an operation on that EIP is under way.");
    if (why.isEmpty())
        return e;
    m_err << tr("History entry %1 cannot be undone: %2").arg(QString::number(id), why) << Qt::endl;
    return std::nullopt;
}

int BindCommand::undo(CliAccount& account, const BindArguments& args) {
    CliOperationRun run(m_ctx, account.journal(), account.session(), account.profile().name, m_out,
                        m_err);
    const std::optional<JournalEntry> e = undoEntry(account, run.queue(), args);
    if (!e)
        return 1;
    Address eip;
    eip.region = e->region;
    eip.addressId = e->addressId;
    eip.addressIp = e->addressIp;
    eip.addressStatus = QLatin1String(AddressStatus::Unbind);
    const OperationTarget back = e->previousTarget();
    const QString before =
        tr("History entry %1: %2 was unbound from %3 at %4 (region %5). Undo binds it back:")
            .arg(QString::number(e->id), UnbindReporter::label(eip),
                 UnbindReporter::targetText(back),
                 e->finishedAt.toLocalTime().toString(Qt::ISODate), e->region);
    if (!showTarget(account, e->region, eip, back, before))
        return 1;
    if (!confirmed(args, tr("Bind %1 back to %2?")
                             .arg(UnbindReporter::label(eip), UnbindReporter::targetText(back))))
        return 1;
    const JournalEntry unbound = *e;
    return execute(
        run, [&](OperationQueue& q) { return q.enqueueUndo(unbound); }, args, eip);
}

} // namespace eipdesk
