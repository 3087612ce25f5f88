// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CliProfiles.h"

#include "api/Endpoint.h"
#include "core/SystemClock.h"
#include "core/WaitFor.h"
#include "credentials/ConnectionTester.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileFormat.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "inventory/InventoryCache.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace eipdesk {

namespace {
QString optionValue(const QStringList& args, const QString& option) {
    const int i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}
} // namespace

CliProfiles::CliProfiles(const ProfilesCommandContext& context, QTextStream& out, QTextStream& err)
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
    m_profiles = m_ctx.profiles;
    m_secrets = m_ctx.secrets;
    m_manager = std::make_unique<ProfileManager>(m_profiles, m_secrets);
    if (m_ctx.homeDir.isEmpty())
        m_ctx.homeDir = QDir::homePath();
    if (!m_ctx.env)
        m_ctx.env = QProcessEnvironment::systemEnvironment();
    if (!m_ctx.interactive)
        m_ctx.interactive = stdinIsTerminal();
    if (!m_ctx.readSecret) {
        QTextStream* errStream = &m_err;
        m_ctx.readSecret = [errStream](const QString& prompt) {
            return readLineFromStdin(prompt, *errStream, true);
        };
    }
    if (!m_ctx.confirm) {
        QTextStream* errStream = &m_err;
        m_ctx.confirm = [errStream](const QString& question) {
            const QString answer =
                readLineFromStdin(question + QStringLiteral(" [y/N] "), *errStream, false);
            return answer.trimmed().toLower().startsWith(QLatin1Char('y'));
        };
    }
}

CliProfiles::~CliProfiles() = default;

bool CliProfiles::stdinIsTerminal() {
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

QString CliProfiles::readLineFromStdin(const QString& prompt, QTextStream& err, bool hideInput) {
    const bool tty = stdinIsTerminal();
    if (tty) {
        err << prompt;
        err.flush();
    }
#ifdef Q_OS_UNIX
    termios saved{};
    const bool hide = tty && hideInput && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
#endif
    const QString result = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

int CliProfiles::usage(const QString& problem) {
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr("Usage:\n"
                "  eipdesk profiles list\n"
                "  eipdesk profiles import [--from tccli|sdk|env] [--tccli-profile NAME] "
                "[--name PROFILE] [--delete-source] [--replace|--keep-both]\n"
                "  eipdesk profiles add NAME --secret-id ID [--site china|international] "
                "[--region REGION] [--endpoint URL] [--signature tc3|hmacsha256|hmacsha1] "
                "[--token-stdin [--token-expiry ISO-8601]]\n"
                "      (the SecretKey, then the token, are read from standard input, never from "
                "the command line)\n"
                "  eipdesk profiles remove NAME\n"
                "  eipdesk profiles use NAME\n"
                "  eipdesk profiles test [NAME]")
          << Qt::endl;
    return 2;
}

int CliProfiles::run(QStringList args) {
    if (!args.isEmpty() && args.first() == QLatin1String("profiles"))
        args.removeFirst();
    if (args.isEmpty())
        return usage(QString());
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("list"))
        return list();
    if (verb == QLatin1String("import"))
        return import(args);
    if (verb == QLatin1String("add"))
        return add(args);
    if (verb == QLatin1String("remove") || verb == QLatin1String("delete"))
        return remove(args);
    if (verb == QLatin1String("use"))
        return use(args);
    if (verb == QLatin1String("test"))
        return test(args);
    if (verb == QLatin1String("help") || verb == QLatin1String("--help"))
        return usage(QString()), 0;
    return usage(tr("Unknown command \"%1\".").arg(verb));
}

bool CliProfiles::findProfile(const QString& name, Profile* profile) {
    *profile = name.isEmpty() ? m_profiles->profile(m_profiles->currentProfileId())
                              : m_profiles->findByName(name);
    if (profile->isValid())
        return true;
    if (name.isEmpty())
        m_err << tr("No profile is selected; name one.") << Qt::endl;
    else
        m_err << tr("There is no profile named \"%1\". See: eipdesk profiles list").arg(name)
              << Qt::endl;
    return false;
}

int CliProfiles::list() {
    const QList<Profile> all = m_profiles->list();
    if (all.isEmpty()) {
        m_out << tr("No profiles. Add one with \"eipdesk profiles add\" or import existing "
                    "credentials with \"eipdesk profiles import\".")
              << Qt::endl;
        return 0;
    }
    const QString current = m_profiles->currentProfileId();
    m_out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                 .arg(tr("NAME"), -20)
                 .arg(tr("SITE"), -14)
                 .arg(tr("REGION"), -16)
                 .arg(tr("SECRETID"), -14)
                 .arg(tr("SIGNATURE"), -16)
                 .arg(tr("SECRET"), -12)
                 .arg(tr("ENDPOINT"))
          << Qt::endl;
    QString keychainProblem;
    for (const Profile& p : all) {
        const auto r = waitFor<CredentialStore::Result>(
            [&](auto done) { m_secrets->read(CredentialStore::secretKeyKey(p.id), done); });
        QString secret;
        if (r.ok())
            secret = tr("in keychain");
        else if (r.error == CredentialStore::Error::NotFound)
            secret = tr("missing");
        else {
            secret = tr("unknown");
            keychainProblem = CredentialStore::describe(r.error);
        }
        // The endpoint the app talks to for the profile's region (the override, else the
        // public per-region host), so a user can check where requests go.
        EndpointConfig endpoint;
        endpoint.site = p.site;
        endpoint.customEndpoint = p.endpointOverride;
        const QString url = endpoint.resolve(QStringLiteral("vpc"), p.defaultRegion).toString();
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(p.id == current ? QStringLiteral("*") : QStringLiteral(" "))
                     .arg(p.name, -20)
                     .arg(siteToString(p.site), -14)
                     .arg(p.defaultRegion, -16)
                     .arg(maskSecretId(p.secretId), -14)
                     .arg(signatureMethodToString(p.signatureMethod), -16)
                     .arg(secret, -12)
                     .arg(url)
              << Qt::endl;
    }
    if (!keychainProblem.isEmpty())
        m_err << keychainProblem << Qt::endl;
    return 0;
}

int CliProfiles::add(const QStringList& args) {
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usage(tr("\"add\" needs a profile name."));
    Profile p;
    p.name = args.first();
    p.secretId = optionValue(args, QStringLiteral("--secret-id"));
    if (p.secretId.isEmpty())
        return usage(tr("\"add\" needs --secret-id."));
    if (args.contains(QStringLiteral("--site"))) {
        const auto site = siteFromString(optionValue(args, QStringLiteral("--site")));
        if (!site)
            return usage(tr("--site must be \"china\" or \"international\"."));
        p.site = *site;
    }
    if (args.contains(QStringLiteral("--signature"))) {
        const auto method =
            signatureMethodFromString(optionValue(args, QStringLiteral("--signature")));
        if (!method)
            return usage(tr("--signature must be tc3, hmacsha256 or hmacsha1."));
        p.signatureMethod = *method;
    }
    const QString region = optionValue(args, QStringLiteral("--region"));
    if (!region.isEmpty())
        p.defaultRegion = region;
    const QString endpoint = optionValue(args, QStringLiteral("--endpoint"));
    if (!endpoint.isEmpty()) {
        p.endpointOverride = QUrl(endpoint, QUrl::StrictMode);
        if (!p.endpointOverride.isValid() || p.endpointOverride.host().isEmpty())
            return usage(tr("--endpoint must be a URL such as https://vpc.example.com."));
    }
    const QString expiry = optionValue(args, QStringLiteral("--token-expiry"));
    if (!expiry.isEmpty()) {
        p.tokenExpiry = QDateTime::fromString(expiry, Qt::ISODate);
        if (!p.tokenExpiry.isValid())
            return usage(tr("--token-expiry must be a date and time such as "
                            "2030-01-31T12:00:00Z."));
        p.tokenExpiry = p.tokenExpiry.toUTC();
    }
    const Profile existing = m_profiles->findByName(p.name);
    if (existing.isValid())
        p.id = existing.id; // "add" on an existing name updates it
    const QString key = m_ctx.readSecret(tr("SecretKey: "));
    std::optional<QString> token;
    if (args.contains(QStringLiteral("--token-stdin")))
        token = m_ctx.readSecret(tr("Token: "));
    const auto outcome =
        waitFor<ProfileManager::Outcome>([&](auto done) { m_manager->save(p, key, token, done); });
    if (!outcome.ok()) {
        m_err << outcome.message << Qt::endl;
        return 1;
    }
    m_out << tr("Saved profile \"%1\" (SecretId %2); the SecretKey is in the %3.")
                 .arg(p.name, maskSecretId(p.secretId), m_secrets->backendName())
          << Qt::endl;
    return 0;
}

int CliProfiles::remove(const QStringList& args) {
    if (args.isEmpty())
        return usage(tr("\"remove\" needs a profile name."));
    Profile p;
    if (!findProfile(args.first(), &p))
        return 1;
    const auto outcome =
        waitFor<ProfileManager::Outcome>([&](auto done) { m_manager->remove(p.id, done); });
    if (!outcome.ok()) {
        m_err << outcome.message << Qt::endl;
        return 1;
    }
    // What the window remembered of its inventory goes too (no secret, but the user's data).
    InventoryCache(InventoryCache::pathFor(InventoryCache::defaultDirectory(), p.id)).remove();
    m_out << tr("Removed profile \"%1\" and its keychain entries.").arg(p.name) << Qt::endl;
    return 0;
}

int CliProfiles::use(const QStringList& args) {
    if (args.isEmpty())
        return usage(tr("\"use\" needs a profile name."));
    Profile p;
    if (!findProfile(args.first(), &p))
        return 1;
    m_profiles->setCurrentProfileId(p.id);
    m_out << tr("Profile \"%1\" is now the active profile.").arg(p.name) << Qt::endl;
    return 0;
}

int CliProfiles::test(const QStringList& args) {
    Profile p;
    if (!findProfile(args.value(0), &p))
        return 1;
    SystemClock systemClock; // the composition root of this command
    SecretResolver resolver(m_secrets, nullptr);
    resolver.setClock(m_ctx.clock ? m_ctx.clock : &systemClock); // an expired token is said so
    const auto resolved =
        waitFor<SecretResolver::Resolution>([&](auto done) { resolver.resolve(p, done); });
    if (!resolved.ok()) {
        m_err << resolved.message << Qt::endl;
        return 1;
    }
    std::unique_ptr<QNetworkAccessManager> ownNetwork;
    QNetworkAccessManager* network = m_ctx.network;
    if (!network) {
        ownNetwork = std::make_unique<QNetworkAccessManager>();
        network = ownNetwork.get();
    }
    ConnectionTester tester(network, m_ctx.clock ? m_ctx.clock : &systemClock);
    const auto report = waitFor<ConnectionTester::Report>([&](auto done) {
        tester.test(p, resolved.credentials, ConnectionTester::endpointsFor(p), done);
    });
    (report.ok ? m_out : m_err) << tr("Profile \"%1\" (SecretId %2): %3")
                                       .arg(p.name, maskSecretId(p.secretId), report.summary)
                                << Qt::endl;
    return report.ok ? 0 : 1;
}

} // namespace eipdesk
