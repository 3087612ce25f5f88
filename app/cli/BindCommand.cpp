// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BindCommand.h"

#include "cli/BindTargetReader.h"
#include "cli/CliAccount.h"
#include "cli/CliOperationRun.h"
#include "cli/CliResources.h"
#include "cli/UnbindReporter.h"
#include "cli/UnbindTargetResolver.h"
#include "core/AddressStatus.h"
#include "core/WaitFor.h"
#include "ops/BindConfirmation.h"
#include "session/Session.h"

#include <QTextStream>

namespace eipdesk {

namespace {
QString verbName(BindArguments::Command command) {
    switch (command) {
    case BindArguments::Command::Bind:
        return QStringLiteral("bind");
    case BindArguments::Command::Move:
        return QStringLiteral("move");
    case BindArguments::Command::Undo:
        return QStringLiteral("undo");
    }
    return {};
}

// Where a bound address is now, as a move's or an unbind's "previous target" would be.
OperationTarget currentTarget(const Address& a) {
    JournalEntry e;
    e.previousInstanceId = a.instanceId;
    e.previousInstanceType = a.instanceType;
    e.previousEniId = a.networkInterfaceId;
    e.previousPrivateIp = a.privateAddressIp;
    return e.previousTarget();
}

QString quoted(const QString& word) {
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@:/+=,");
    for (const QChar c : word)
        if (!plain.contains(c))
            return QLatin1Char('\'') +
                   QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                   QLatin1Char('\'');
    return word.isEmpty() ? QStringLiteral("''") : word;
}
} // namespace

BindCommand::BindCommand(BindArguments::Command command, const CliContext& context,
                         QTextStream& out, QTextStream& err)
    : m_command(command)
    , m_res(std::make_unique<CliResources>(context, err))
    , m_ctx(m_res->context())
    , m_out(out)
    , m_err(err) {}

BindCommand::~BindCommand() = default;

int BindCommand::usage(const QString& problem) {
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << BindArguments::usageText(m_command) << Qt::endl;
    return 2;
}

QString BindCommand::bindCommandLine(const QString& eip, const OperationTarget& target,
                                     const BindArguments& args) {
    QStringList words{QStringLiteral("eipdesk"), QStringLiteral("bind"), quoted(eip)};
    if (target.isInstance())
        words << QStringLiteral("--instance") << quoted(target.instanceId);
    else
        words << QStringLiteral("--eni") << quoted(target.networkInterfaceId)
              << QStringLiteral("--private-ip") << quoted(target.privateIp);
    if (!args.profile.isEmpty())
        words << QStringLiteral("--profile") << quoted(args.profile);
    if (!args.region.isEmpty())
        words << QStringLiteral("--region") << quoted(args.region);
    return words.join(QLatin1Char(' '));
}

int BindCommand::run(QStringList args) {
    if (!args.isEmpty() && args.first() == verbName(m_command))
        args.removeFirst();
    BindArguments parsed(m_command);
    QString problem;
    if (!parsed.parse(args, &problem))
        return usage(problem);
    if (parsed.help) {
        m_out << parsed.usageText() << Qt::endl;
        return 0;
    }
    if (!parsed.yes && !*m_ctx.interactive) {
        m_err << (m_command == BindArguments::Command::Bind
                      ? tr("Refusing to bind without --yes: standard input is not a terminal, "
                           "so nobody can confirm.")
                  : m_command == BindArguments::Command::Move
                      ? tr("Refusing to move without --yes: standard input is not a terminal, "
                           "so nobody can confirm.")
                      : tr("Refusing to undo without --yes: standard input is not a terminal, "
                           "so nobody can confirm."))
              << Qt::endl;
        return 2;
    }
    CliAccount account(m_res.get(), m_out, m_err);
    if (!account.open(parsed.profile, QStringLiteral("eipdesk ") + verbName(m_command)))
        return 1;
    if (m_command == BindArguments::Command::Undo)
        return undo(account, parsed);
    return bindOrMove(account, parsed);
}

int BindCommand::bindOrMove(CliAccount& account, const BindArguments& args) {
    const bool move = m_command == BindArguments::Command::Move;
    const QString region = args.region.isEmpty() ? account.profile().defaultRegion : args.region;
    UnbindTargetResolver resolver(account.session()->api());
    const auto found = waitFor<QList<UnbindTargetResolver::Target>>(
        [&](auto done) { resolver.resolve(region, {args.eip}, done); });
    const UnbindTargetResolver::Target t = found.value(0);
    if (!t.address) {
        const QString problem = UnbindReporter::problemText(t.problem);
        m_err << (t.detail.isEmpty() ? tr("%1: %2").arg(args.eip, problem)
                                     : tr("%1 (%2): %3").arg(args.eip, t.detail, problem))
              << Qt::endl;
        return 1;
    }
    const Address eip = *t.address;
    const QString who = UnbindReporter::label(eip);
    const OperationTarget target = move || !args.instanceId.isEmpty()
                                       ? OperationTarget{args.instanceId, {}, {}}
                                       : OperationTarget{{}, args.eniId, args.privateIp};
    const OperationTarget previous = currentTarget(eip);
    if (!move && eip.addressStatus != QLatin1String(AddressStatus::Unbind)) {
        m_err << tr("%1 cannot be bound: its status is %2, and only an idle EIP (UNBIND) can be "
                    "bound. To take a bound EIP elsewhere, use \"eipdesk move\".")
                     .arg(who, eip.addressStatus)
              << Qt::endl;
        return 1;
    }
    if (move && !t.ok()) {
        m_err << tr("%1 (%2) cannot be moved: %3")
                     .arg(who, t.detail, UnbindReporter::problemText(t.problem))
              << Qt::endl;
        return 1;
    }
    if (move && previous.isEmpty()) {
        m_err << tr("%1 cannot be moved: it is bound to %2 (%3), not to a CVM instance or a "
                    "network interface, and only those can take it back if the move fails.")
                     .arg(who, eip.instanceId, eip.instanceType)
              << Qt::endl;
        return 1;
    }
    // Never to where it is: its own private IP, or its own instance (the instance form means
    // the primary IP; another IP of the instance is named with --eni and --private-ip).
    if (move &&
        (previous == target || (target.isInstance() && target.instanceId == eip.instanceId))) {
        m_err << tr("%1 is already bound to %2; nothing to move.")
                     .arg(who, UnbindReporter::targetText(target))
              << Qt::endl;
        return 1;
    }
    const QString from =
        UnbindReporter::boundText(eip.instanceId, eip.networkInterfaceId, eip.privateAddressIp);
    const QString before =
        move ? tr("Step 1 of 2: %1 is unbound from %2 (DisassociateAddress), and the command "
                  "waits for that task. Step 2 of 2:")
                   .arg(who, from)
             : QString();
    const QString after = move ? tr("If the bind fails, %1 stays unbound; the command then prints "
                                    "how to bind it back to %2.")
                                     .arg(who, from)
                               : QString();
    if (!showTarget(account, region, eip, target, before, after))
        return 1;
    const QString question = move
                                 ? tr("Move %1 to %2?").arg(who, UnbindReporter::targetText(target))
                                 : BindConfirmation::title(eip);
    if (!confirmed(args, question))
        return 1;
    CliOperationRun run(m_ctx, account.journal(), account.session(), account.profile().name, m_out,
                        m_err);
    return execute(
        run,
        [&](OperationQueue& q) {
            return move ? q.enqueueMove(eip, target)
                        : q.enqueueBind(eip, JournalEntry::Kind::Bind, target);
        },
        args, eip);
}

bool BindCommand::showTarget(CliAccount& account, const QString& region, const Address& eip,
                             const OperationTarget& target, const QString& before,
                             const QString& after) {
    const BindTargetReader::Result r =
        BindTargetReader(account.session()->client()).read(region, target);
    if (!r.blocker.isEmpty()) {
        m_err << tr("%1 cannot be bound there: %2").arg(UnbindReporter::label(eip), r.blocker)
              << Qt::endl;
        return false;
    }
    m_out << tr("Profile \"%1\" (SecretId %2), region %3.")
                 .arg(account.profile().name, account.session()->maskedSecretId(), region)
          << Qt::endl;
    if (!before.isEmpty())
        m_out << before << Qt::endl;
    m_out << BindConfirmation::text(eip, r.target) << Qt::endl;
    if (!r.warning.isEmpty())
        m_out << tr("Warning: %1").arg(r.warning) << Qt::endl;
    if (!after.isEmpty())
        m_out << after << Qt::endl;
    return true;
}

bool BindCommand::confirmed(const BindArguments& args, const QString& question) {
    if (args.yes || m_ctx.confirm(question))
        return true;
    m_err << tr("Nothing was changed.") << Qt::endl;
    return false;
}

int BindCommand::execute(CliOperationRun& run,
                         const std::function<qint64(OperationQueue&)>& enqueue,
                         const BindArguments& args, const Address& eip) {
    const QString who = UnbindReporter::label(eip);
    const qint64 key = enqueue(run.queue());
    if (key == 0) {
        m_err << tr("%1: another operation on this EIP is under way in this process; nothing "
                    "was sent.")
                     .arg(who)
              << Qt::endl;
        return 1;
    }
    run.wait(args.noWait);
    const OperationItem item = run.queue().item(key);
    const OperationState s = item.state();
    if (s == OperationState::Succeeded) {
        m_out << tr("%1 is bound to %2.").arg(who, UnbindReporter::targetText(item.target))
              << Qt::endl;
        return 0;
    }
    if (s == OperationState::Running) {
        m_out << tr("%1: still running on the server; the next eipdesk command settles it (or "
                    "run \"eipdesk settle\").")
                     .arg(who)
              << Qt::endl;
        return args.noWait ? 0 : 1;
    }
    // The reporter printed what went wrong. A move that got as far as its bind left the EIP
    // unbound: say so, and how to bind it back.
    if (item.isMove() && item.entry.step == 1 &&
        (s == OperationState::Failed || s == OperationState::Skipped ||
         s == OperationState::Canceled)) {
        const OperationTarget back = item.entry.previousTarget();
        m_err << tr("%1 is now unbound: the move unbound it from %2, but did not bind it to %3. "
                    "To bind it back where it was, run:")
                     .arg(who, UnbindReporter::targetText(back),
                          UnbindReporter::targetText(item.target))
              << Qt::endl;
        m_err << QStringLiteral("  ") << bindCommandLine(eip.addressId, back, args) << Qt::endl;
    }
    return 1;
}

} // namespace eipdesk
