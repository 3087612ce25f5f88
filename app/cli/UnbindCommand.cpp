// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UnbindCommand.h"

#include "cli/UnbindArguments.h"
#include "cli/UnbindReporter.h"
#include "cli/UnbindTargetResolver.h"
#include "core/SystemClock.h"
#include "credentials/CliProfiles.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "ops/AddressOperation.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "ops/UnbindPlan.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
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
    : m_ctx(context)
    , m_out(out)
    , m_err(err) {
    if (!m_ctx.profiles) {
        m_ownProfiles = std::make_unique<ProfileStore>();
        m_ctx.profiles = m_ownProfiles.get();
    }
    if (!m_ctx.secrets) {
        m_ownSecrets = std::make_unique<KeychainCredentialStore>();
        m_ctx.secrets = m_ownSecrets.get();
    }
    if (!m_ctx.network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_ctx.network = m_ownNetwork.get();
    }
    if (!m_ctx.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_ctx.clock = m_ownClock.get();
    }
    if (m_ctx.uiLanguage.isEmpty())
        m_ctx.uiLanguage = QStringLiteral("en");
    if (!m_ctx.interactive)
        m_ctx.interactive = CliProfiles::stdinIsTerminal();
    if (!m_ctx.confirm) {
        QTextStream* errStream = &m_err;
        m_ctx.confirm = [errStream](const QString& question) {
            const QString answer = CliProfiles::readLineFromStdin(
                question + QStringLiteral(" [y/N] "), *errStream, false);
            return answer.trimmed().toLower().startsWith(QLatin1Char('y'));
        };
    }
}

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
    Profile profile;
    if (!findProfile(parsed.profile, &profile))
        return 1;
    Session session(m_ctx.network, m_ctx.clock);
    if (!openSession(profile, &session))
        return 1;
    const QString region = parsed.region.isEmpty() ? profile.defaultRegion : parsed.region;
    int refused = 0;
    const QList<Address> addresses = resolveTargets(&session, region, parsed.targets, &refused);
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
    return execute(&session, profile, addresses, parsed, refused);
}

bool UnbindCommand::findProfile(const QString& name, Profile* profile) {
    ProfileStore* store = m_ctx.profiles;
    *profile = name.isEmpty() ? store->profile(store->currentProfileId()) : store->findByName(name);
    if (profile->isValid())
        return true;
    if (name.isEmpty())
        m_err << tr("No profile is selected: name one with --profile, or choose one with "
                    "\"eipdesk profiles use NAME\".")
              << Qt::endl;
    else
        m_err << tr("There is no profile named \"%1\". See: eipdesk profiles list").arg(name)
              << Qt::endl;
    return false;
}

bool UnbindCommand::openSession(const Profile& profile, Session* session) {
    SecretResolver resolver(m_ctx.secrets, nullptr);
    resolver.setClock(m_ctx.clock);
    const auto resolved =
        waitFor<SecretResolver::Resolution>([&](auto done) { resolver.resolve(profile, done); });
    if (!resolved.ok()) {
        m_err << resolved.message << Qt::endl;
        return false;
    }
    session->setUiLanguage(m_ctx.uiLanguage);
    session->activate(profile, resolved.credentials, Session::endpointFor(profile));
    return true;
}

QList<Address> UnbindCommand::resolveTargets(Session* session, const QString& region,
                                             const QStringList& targets, int* refused) {
    UnbindTargetResolver resolver(session->api());
    const auto found = waitFor<QList<UnbindTargetResolver::Target>>(
        [&](auto done) { resolver.resolve(region, targets, done); });
    QList<Address> addresses;
    QSet<QString> seen;
    for (const UnbindTargetResolver::Target& t : found) {
        if (!t.ok()) {
            const QString who = t.address ? UnbindReporter::label(*t.address) : t.argument;
            const QString problem = UnbindReporter::problemText(t.problem);
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

int UnbindCommand::execute(Session* session, const Profile& profile,
                           const QList<Address>& addresses, const UnbindArguments& args,
                           int refused) {
    Journal journal(m_ctx.clock);
    if (!journal.open(m_ctx.journalPath))
        m_err << tr("Warning: the journal could not be opened (%1); this run is not recorded.")
                     .arg(journal.lastError())
              << Qt::endl;
    OperationQueue queue(journal.isOpen() ? &journal : nullptr, m_ctx.clock);
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
        m_out << tr("%n unbind(s) still running on the server; EIP Desk follows them at its next "
                    "start (see \"eipdesk history\").",
                    nullptr, running)
              << Qt::endl;
    const bool ok = refused == 0 && problems == 0 && p.succeeded + running == p.total &&
                    (noWait || running == 0);
    return ok ? 0 : 1;
}

} // namespace eipdesk
