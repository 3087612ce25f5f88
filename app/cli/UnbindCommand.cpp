// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UnbindCommand.h"

#include "cli/CliResources.h"
#include "cli/PendingSettler.h"
#include "cli/UnbindArguments.h"
#include "cli/UnbindReporter.h"
#include "cli/UnbindTargetResolver.h"
#include "credentials/ProfileStore.h"
#include "ops/AddressOperation.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "ops/UnbindPlan.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QSet>
#include <QTextStream>

namespace eipdesk {

namespace {
// Runs an async job to completion with a local event loop.
template <typename Result, typename Start> Result waitFor(Start start) {
    QEventLoop loop;
    Result result{};
    bool done = false;
    start([&](const Result& r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}
} // namespace

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
    const Profile profile = m_res->findProfile(parsed.profile);
    if (!profile.isValid())
        return 1;
    Session session(m_ctx.network, m_ctx.clock);
    if (!m_res->openSession(profile, &session))
        return 1;
    // What an earlier run left unfinished is settled first (a killed run's unbind is concluded
    // before this one looks at the same EIPs).
    Journal journal(m_ctx.clock);
    journal.setProgram(QStringLiteral("eipdesk unbind"));
    if (!journal.open(m_ctx.journalPath))
        m_err << tr("Warning: the journal could not be opened (%1); this run is not recorded, "
                    "and other EIP Desk processes cannot see it.")
                     .arg(journal.lastError())
              << Qt::endl;
    else
        PendingSettler(m_res.get(), m_out, m_err)
            .settle(&journal, profile.name, &session, SettleBeforeMs);
    const QString region = parsed.region.isEmpty() ? profile.defaultRegion : parsed.region;
    int refused = 0;
    const QList<Address> addresses =
        resolveTargets(&session, &journal, profile.name, region, parsed.targets, &refused);
    if (addresses.isEmpty()) {
        m_err << tr("Nothing to unbind.") << Qt::endl;
        return 1;
    }
    if (!showPlan(profile, region, addresses, parsed.reallocate, &session))
        return 1;
    if (!parsed.yes && !m_ctx.confirm(tr("Unbind %n EIP(s)?", nullptr, int(addresses.size())))) {
        m_err << tr("Nothing was unbound.") << Qt::endl;
        return 1;
    }
    return execute(&session, &journal, profile, addresses, parsed, refused);
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

bool UnbindCommand::settled(const OperationQueue& queue, bool noWait) {
    if (queue.progress().queued > 0)
        return false;
    const auto operations = queue.findChildren<AddressOperation*>(Qt::FindDirectChildrenOnly);
    for (const AddressOperation* op : operations) {
        if (op->isFinished())
            continue;
        if (!noWait)
            return false;
        for (const OperationItem& i : op->items()) {
            const OperationState s = i.state();
            if (s != OperationState::Running && s != OperationState::StillRunning &&
                !OperationStates::isFinal(s))
                return false;
        }
    }
    return true;
}

int UnbindCommand::execute(Session* session, Journal* journal, const Profile& profile,
                           const QList<Address>& addresses, const UnbindArguments& args,
                           int refused) {
    OperationQueue queue(journal->isOpen() ? journal : nullptr, m_ctx.clock);
    queue.setWaitForClaims(args.wait);
    if (m_ctx.pollSchedule)
        queue.setPollSchedule(*m_ctx.pollSchedule);
    UnbindReporter reporter(m_out, m_err);
    reporter.watch(&queue);
    queue.setSession(session->api(), profile.name);
    queue.enqueue(addresses, args.reallocate);

    QEventLoop loop;
    const bool noWait = args.noWait;
    auto check = [&queue, &loop, noWait] {
        if (settled(queue, noWait))
            loop.quit();
    };
    QObject::connect(&queue, &OperationQueue::progressChanged, &loop, check, Qt::QueuedConnection);
    QObject::connect(&queue, &OperationQueue::idle, &loop, check, Qt::QueuedConnection);
    if (!settled(queue, noWait))
        loop.exec();

    const OperationProgress p = queue.progress();
    int running = 0;
    for (const OperationItem& i : queue.items())
        running += i.state() == OperationState::Running ? 1 : 0;
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
