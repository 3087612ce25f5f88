// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/SecretResolver.h"

#include "core/Clock.h"
#include "core/SecretWipe.h"
#include "credentials/AsyncSteps.h"
#include "credentials/MemoryCredentialStore.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

namespace eipdesk {

SecretResolver::SecretResolver(CredentialStore* keychain, MemoryCredentialStore* session,
                               QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(session) {}

void SecretResolver::setSessionSecret(const QString& profileId, const QString& secretKey,
                                      const QString& token) {
    if (!m_session)
        return;
    m_session->set(CredentialStore::secretKeyKey(profileId), secretKey.trimmed());
    if (!token.trimmed().isEmpty())
        m_session->set(CredentialStore::tokenKey(profileId), token.trimmed());
}

void SecretResolver::resolve(const Profile& profile, Done done) {
    Resolution base;
    base.credentials.secretId = profile.secretId.trimmed();
    if (!profile.isValid() || base.credentials.secretId.isEmpty()) {
        base.message = tr("The profile has no SecretId. Edit the profile first.");
        done(base);
        return;
    }
    // Every caller hands the application's clock in (setClock()); without one the server's
    // answer (AuthFailure.TokenFailure) tells instead.
    if (m_clock && profile.hasToken && profile.tokenExpiry.isValid()) {
        const qint64 now = m_clock->nowMSecs();
        if (profile.tokenExpiry.toMSecsSinceEpoch() <= now) {
            base.message =
                tr("The temporary credentials of profile \"%1\" expired at %2. "
                   "Get a new SecretId, SecretKey and token and edit the profile.")
                    .arg(profile.name, profile.tokenExpiry.toUTC().toString(Qt::ISODate));
            done(base);
            return;
        }
    }
    const bool inSession =
        m_session && m_session->contains(CredentialStore::secretKeyKey(profile.id));
    CredentialStore* store = inSession ? static_cast<CredentialStore*>(m_session) : m_keychain;
    base.fromSession = inSession;

    auto state = std::make_shared<Resolution>(base);
    QPointer<CredentialStore> s = store;
    QList<AsyncSteps::Step> steps{[s, id = profile.id, state](CredentialStore::Callback next) {
        s->read(CredentialStore::secretKeyKey(id), [state, next](const CredentialStore::Result& r) {
            state->credentials.secretKey = r.secret;
            next(r);
        });
    }};
    if (profile.hasToken) {
        steps << [s, id = profile.id, state](CredentialStore::Callback next) {
            s->read(CredentialStore::tokenKey(id), [state, next](const CredentialStore::Result& r) {
                state->credentials.token = r.secret;
                next(r);
            });
        };
    }
    QPointer<SecretResolver> self = this;
    const QString name = profile.name;
    AsyncSteps::run(steps, [self, state, name, done](const CredentialStore::Result& r, int) {
        if (!self)
            return;
        Resolution result = *state;
        if (!r.ok()) {
            wipeSecret(result.credentials.secretKey);
            wipeSecret(result.credentials.token);
            result.error = r.error;
            result.message = tr("The secret of profile \"%1\" could not be read. %2")
                                 .arg(name, CredentialStore::describe(r.error));
            result.sessionFallbackPossible = r.error != CredentialStore::Error::NotFound;
        } else if (result.credentials.secretKey.isEmpty()) {
            result.message = tr("The SecretKey of profile \"%1\" is empty.").arg(name);
        }
        done(result);
    });
}

} // namespace eipdesk
