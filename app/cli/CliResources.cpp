// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliResources.h"

#include "core/SystemClock.h"
#include "credentials/CliProfiles.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace eipdesk {

struct CliResources::Owned {
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<CredentialStore> secrets;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Clock> clock;
};

CliResources::CliResources(const CliContext& context, QTextStream& err)
    : m_ctx(context)
    , m_err(err)
    , m_owned(std::make_unique<Owned>()) {
    if (!m_ctx.profiles) {
        m_owned->profiles = std::make_unique<ProfileStore>();
        m_ctx.profiles = m_owned->profiles.get();
    }
    if (!m_ctx.secrets) {
        m_owned->secrets = std::make_unique<KeychainCredentialStore>();
        m_ctx.secrets = m_owned->secrets.get();
    }
    if (!m_ctx.network) {
        m_owned->network = std::make_unique<QNetworkAccessManager>();
        m_ctx.network = m_owned->network.get();
    }
    if (!m_ctx.clock) {
        m_owned->clock = std::make_unique<SystemClock>();
        m_ctx.clock = m_owned->clock.get();
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

CliResources::~CliResources() = default;

Profile CliResources::findProfile(const QString& name) {
    ProfileStore* store = m_ctx.profiles;
    const Profile profile =
        name.isEmpty() ? store->profile(store->currentProfileId()) : store->findByName(name);
    if (profile.isValid())
        return profile;
    if (name.isEmpty())
        m_err << tr("No profile is selected: name one with --profile, or choose one with "
                    "\"eipdesk profiles use NAME\".")
              << Qt::endl;
    else
        m_err << tr("There is no profile named \"%1\". See: eipdesk profiles list").arg(name)
              << Qt::endl;
    return profile;
}

bool CliResources::openSession(const Profile& profile, Session* session) {
    SecretResolver resolver(m_ctx.secrets, nullptr);
    resolver.setClock(m_ctx.clock);
    QEventLoop loop;
    SecretResolver::Resolution resolved;
    bool done = false;
    resolver.resolve(profile, [&](const SecretResolver::Resolution& r) {
        resolved = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!resolved.ok()) {
        m_err << resolved.message << Qt::endl;
        return false;
    }
    session->setUiLanguage(m_ctx.uiLanguage);
    session->activate(profile, resolved.credentials, Session::endpointFor(profile));
    return true;
}

} // namespace eipdesk
