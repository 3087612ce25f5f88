// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UnbindCommand.h"

#include "cli/CliAccount.h"
#include "cli/CliOperationRun.h"
#include "cli/CliResources.h"
#include "cli/UnbindArguments.h"
#include "cli/UnbindReporter.h"
#include "cli/UnbindTargetResolver.h"
#include "core/WaitFor.h"
#include "credentials/ProfileStore.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "ops/UnbindPlan.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QSet>
#include <QTextStream>

namespace eipdesk {

UnbindCommand::UnbindCommand(const CliContext& context, QTextStream& out, QTextStream& err)
    : m_res(std::make_unique<CliResources>(context, err))
    , m_ctx(m_res->context())
    , m_out(out)
    , m_err(err) {}

UnbindCommand::~UnbindCommand() = default;

int UnbindCommand::usage(const QString& problem) {
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << UnbindArguments::usageText() << Qt::endl;
    return 2;
}

int UnbindCommand::run(QStringList args) {
    if (!args.isEmpty() && args.first() == QLatin1String("unbind"))
        args.removeFirst();
    UnbindArguments parsed;
    QString problem;
    if (!parsed.parse(args, &problem))
        return usage(problem);
    if (parsed.help) {
        m_out << UnbindArguments::usageText() << Qt::endl;
        return 0;
    }
    if (!parsed.yes && !*m_ctx.interactive) {
        m_err << tr("Refusing to unbind without --yes: standard input is not a terminal, so "
                    "nobody can confirm.")
              << Qt::endl;
        return 2;
    }
    CliAccount account(m_res.get(), m_out, m_err);
    if (!account.open(parsed.profile, QStringLiteral("eipdesk unbind")))
        return 1;
    const Profile& profile = account.profile();
    Session* session = account.session();
    Journal* journal = account.journal();
    const QString region = parsed.region.isEmpty() ? profile.defaultRegion : parsed.region;
    int refused = 0;
    const QList<Address> addresses =
        resolveTargets(session, journal, profile.name, region, parsed.targets, &refused);
    if (addresses.isEmpty()) {
        m_err << tr("Nothing to unbind.") << Qt::endl;
        return 1;
    }
    if (!showPlan(profile, region, addresses, parsed.reallocate, session))
        return 1;
    if (!parsed.yes && !m_ctx.confirm(tr("Unbind %n EIP(s)?", nullptr, int(addresses.size())))) {
        m_err << tr("Nothing was unbound.") << Qt::endl;
        return 1;
    }
    return execute(session, journal, profile, addresses, parsed, refused);
}

QList<Address> UnbindCommand::resolveTargets(Session* session, const Journal* journal,
                                             const QString& profile, const QString& region,
                                             const QStringList& targets, int* refused) {
    UnbindTargetResolver resolver(session->api());
    const auto found = waitFor<QList<UnbindTargetResolver::Target>>(
        [&](auto done) { resolver.resolve(region, targets, done); });
    QList<Address> addresses;
    QSet<QString> seen;
    for (const UnbindTargetResolver::Target& t : found) {
        if (!t.ok()) {
            const QString who = t.address ? UnbindReporter::label(*t.address) : t.argument;
            QString problem = UnbindReporter::problemText(t.problem);
            // Another EIP Desk (the window, another command) working on it says more than
            // the state it left behind.
            if (const auto holder = t.address ? journal->liveHolder(profile, t.address->region,
                                                                    t.address->addressId)
                                              : std::nullopt)
                problem = UnbindReporter::claimedText(*holder);
            m_err << (t.detail.isEmpty()
                          ? tr("%1: cannot be unbound: %2").arg(who, problem)
                          : tr("%1 (%2): cannot be unbound: %3").arg(who, t.detail, problem))
                  << Qt::endl;
            ++*refused;
            continue;
        }
        if (seen.contains(t.address->addressId))
            continue; // the same EIP named by its ID and by its IP
        seen.insert(t.address->addressId);
        addresses << *t.address;
    }
    return addresses;
}

bool UnbindCommand::showPlan(const Profile& profile, const QString& region,
                             const QList<Address>& addresses, bool reallocate, Session* session) {
    UnbindPlan plan(addresses);
    if (reallocate) {
        QEventLoop loop;
        QObject::connect(&plan, &UnbindPlan::ready, &loop, &QEventLoop::quit);
        plan.load(session->api());
        if (!plan.isReady())
            loop.exec();
    }
    m_out << tr("Profile \"%1\" (SecretId %2), region %3.")
                 .arg(profile.name, session->maskedSecretId(), region)
          << Qt::endl;
    m_out << tr("%n EIP(s) will be unbound:", nullptr, int(addresses.size())) << Qt::endl;
    for (const Address& a : addresses)
        m_out
            << QStringLiteral("  %1  %2").arg(UnbindReporter::label(a), UnbindPlan::bindingText(a))
            << Qt::endl;
    for (const QString& line : plan.consequences())
        m_out << QStringLiteral("  ") << line << Qt::endl;
    if (!reallocate)
        return true;
    if (!plan.reallocateAllowed()) {
        m_err << tr("--reallocate is not possible: %1").arg(plan.reallocateReason()) << Qt::endl;
        m_err << tr("Nothing was unbound.") << Qt::endl;
        return false;
    }
    if (plan.dailyQuotaLeft() >= 0)
        m_out << tr("  Each instance gets a normal public IP in place of its EIP (%1 "
                    "reallocation(s) left today).")
                     .arg(plan.dailyQuotaLeft())
              << Qt::endl;
    else
        m_out << tr("  Each instance gets a normal public IP in place of its EIP "
                    "(reallocations left today: unknown).")
              << Qt::endl;
    return true;
}

int UnbindCommand::execute(Session* session, Journal* journal, const Profile& profile,
                           const QList<Address>& addresses, const UnbindArguments& args,
                           int refused) {
    CliOperationRun run(m_ctx, journal, session, profile.name, m_out, m_err, args.wait);
    run.queue().enqueue(addresses, args.reallocate);
    const bool noWait = args.noWait;
    run.wait(noWait);

    const OperationProgress p = run.queue().progress();
    const int running = run.running();
    m_out << tr("%n of %1 EIP(s) unbound.", nullptr, p.succeeded).arg(p.total) << Qt::endl;
    const int problems = p.failed + p.skipped + p.canceled + p.stillRunning;
    if (problems > 0)
        m_err << tr("%n EIP(s) failed, were skipped or have an undecided outcome; see above.",
                    nullptr, problems)
              << Qt::endl;
    if (running > 0)
        m_out << tr("%n unbind(s) still running on the server; the next eipdesk command settles "
                    "them (or run \"eipdesk settle\").",
                    nullptr, running)
              << Qt::endl;
    const bool ok = refused == 0 && problems == 0 && p.succeeded + running == p.total &&
                    (noWait || running == 0);
    return ok ? 0 : 1;
}

} // namespace eipdesk
