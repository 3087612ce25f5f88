// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileManager.h"

#include "credentials/AsyncSteps.h"
#include "credentials/CredentialValidation.h"
#include "credentials/ProfileStore.h"

#include <QFile>
#include <QPointer>
#include <QSet>

namespace eipdesk {

ProfileManager::ProfileManager(ProfileStore* profiles, CredentialStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets) {}

ProfileManager::Outcome ProfileManager::failure(const CredentialStore::Result& result,
                                                const QString& what) const {
    Outcome o;
    o.error = result.error;
    o.message = tr("%1 %2").arg(what, CredentialStore::describe(result.error));
    return o;
}

void ProfileManager::save(const Profile& input, const QString& secretKey,
                          const std::optional<QString>& token, Done done) {
    Profile profile = input;
    profile.name = profile.name.trimmed();
    profile.secretId = profile.secretId.trimmed();
    const QString key = secretKey.trimmed();
    QString problem;
    if (profile.name.isEmpty())
        problem = tr("The profile needs a name.");
    else if (!profile.isSandbox && !checkSecretId(profile.secretId).isEmpty())
        problem = tr("SecretId: %1.").arg(checkSecretId(profile.secretId));
    else if (!key.isEmpty() && !checkSecretKey(key).isEmpty())
        problem = tr("SecretKey: %1.").arg(checkSecretKey(key));
    else if (token && !token->trimmed().isEmpty() && !checkToken(token->trimmed()).isEmpty())
        problem = tr("Token: %1.").arg(checkToken(token->trimmed()));
    else if (profile.id.isEmpty() && key.isEmpty() && !profile.isSandbox)
        problem = tr("A new profile needs its SecretKey.");
    const Profile other = m_profiles->findByName(profile.name);
    if (problem.isEmpty() && other.isValid() && other.id != profile.id)
        problem = tr("Another profile is already named \"%1\".").arg(profile.name);
    if (!problem.isEmpty()) {
        Outcome o;
        o.message = problem;
        done(o);
        return;
    }
    if (profile.id.isEmpty())
        profile.id = ProfileStore::newId();
    if (token)
        profile.hasToken = !token->trimmed().isEmpty();

    QList<AsyncSteps::Step> steps;
    QPointer<CredentialStore> secrets = m_secrets;
    if (!key.isEmpty()) {
        steps << [secrets, id = profile.id, key](CredentialStore::Callback next) {
            secrets->write(CredentialStore::secretKeyKey(id), key, next);
        };
    }
    if (token) {
        const QString t = token->trimmed();
        steps << [secrets, id = profile.id, t](CredentialStore::Callback next) {
            if (t.isEmpty())
                secrets->remove(CredentialStore::tokenKey(id), next);
            else
                secrets->write(CredentialStore::tokenKey(id), t, next);
        };
    }
    QPointer<ProfileManager> self = this;
    AsyncSteps::run(steps, [self, profile, done](const CredentialStore::Result& r, int) {
        if (!self)
            return;
        if (!r.ok()) {
            done(self->failure(r, tr("The secret could not be stored in the keychain.")));
            return;
        }
        Outcome o;
        o.profileIds << self->m_profiles->save(profile);
        done(o);
    });
}

void ProfileManager::remove(const QString& profileId, Done done) {
    QPointer<CredentialStore> secrets = m_secrets;
    QList<AsyncSteps::Step> steps{[secrets, profileId](CredentialStore::Callback next) {
                                      secrets->remove(CredentialStore::secretKeyKey(profileId),
                                                      next);
                                  },
                                  [secrets, profileId](CredentialStore::Callback next) {
                                      secrets->remove(CredentialStore::tokenKey(profileId), next);
                                  }};
    QPointer<ProfileManager> self = this;
    AsyncSteps::run(steps, [self, profileId, done](const CredentialStore::Result& r, int) {
        if (!self)
            return;
        if (!r.ok()) {
            // Keep the profile so the user can retry; a dangling secret would be worse.
            done(self->failure(r, tr("The keychain entries could not be deleted, so the profile "
                                     "was kept.")));
            return;
        }
        self->m_profiles->remove(profileId);
        Outcome o;
        o.profileIds << profileId;
        done(o);
    });
}

void ProfileManager::duplicate(const QString& profileId, const QString& newName, Done done) {
    const Profile source = m_profiles->profile(profileId);
    if (!source.isValid()) {
        Outcome o;
        o.message = tr("The profile to duplicate no longer exists.");
        done(o);
        return;
    }
    Profile copy = source;
    copy.id.clear();
    copy.name = m_profiles->uniqueName(newName.isEmpty() ? source.name : newName);
    auto secret = std::make_shared<QString>();
    auto token = std::make_shared<QString>();
    QPointer<CredentialStore> secrets = m_secrets;
    QList<AsyncSteps::Step> steps{[secrets, profileId, secret](CredentialStore::Callback next) {
        secrets->read(CredentialStore::secretKeyKey(profileId),
                      [secret, next](const CredentialStore::Result& r) {
                          *secret = r.secret;
                          next(r);
                      });
    }};
    if (source.hasToken) {
        steps << [secrets, profileId, token](CredentialStore::Callback next) {
            secrets->read(CredentialStore::tokenKey(profileId),
                          [token, next](const CredentialStore::Result& r) {
                              *token = r.secret;
                              next(r);
                          });
        };
    }
    QPointer<ProfileManager> self = this;
    AsyncSteps::run(
        steps, [self, copy, secret, token, done](const CredentialStore::Result& r, int) {
            if (!self)
                return;
            if (!r.ok()) {
                done(self->failure(r, tr("The secret of the original profile could not be read.")));
                return;
            }
            const std::optional<QString> t =
                copy.hasToken ? std::optional<QString>(*token) : std::nullopt;
            self->save(copy, *secret, t, done);
            secret->fill(QLatin1Char('\0'));
            token->fill(QLatin1Char('\0'));
        });
}

namespace {
std::optional<Profile> sameAccount(const QList<Profile>& existing, const Profile& p) {
    if (p.secretId.isEmpty())
        return std::nullopt;
    for (const Profile& e : existing)
        if (e.secretId == p.secretId && e.site == p.site)
            return e;
    return std::nullopt;
}
} // namespace

QList<Profile> ProfileManager::duplicatesOf(const ImportResult& imported) const {
    const QList<Profile> existing = m_profiles->list();
    QList<Profile> out;
    for (const ImportedProfile& item : imported.profiles)
        if (const auto e = sameAccount(existing, item.profile))
            out << *e;
    return out;
}

void ProfileManager::importProfiles(const ImportResult& imported, const QString& nameOverride,
                                    Done done, OnDuplicate onDuplicate) {
    if (!imported.ok()) {
        Outcome o;
        o.message = imported.error.isEmpty() ? tr("Nothing to import.") : imported.error;
        done(o);
        return;
    }
    QList<Profile> toSave;
    QSet<QString> takenNames;
    QList<AsyncSteps::Step> steps;
    auto written = std::make_shared<QStringList>();
    QPointer<CredentialStore> secrets = m_secrets;
    const QList<Profile> existing = m_profiles->list();
    QSet<QString> replaced; // ids whose entries must survive
    for (const ImportedProfile& item : imported.profiles) {
        Profile p = item.profile;
        const auto same =
            onDuplicate == OnDuplicate::Replace ? sameAccount(existing, p) : std::nullopt;
        if (same) {
            p.id = same->id;
            p.name = same->name;
            replaced.insert(p.id);
        } else {
            p.id = ProfileStore::newId();
            QString base = nameOverride.trimmed().isEmpty() ? p.name : nameOverride.trimmed();
            QString name = m_profiles->uniqueName(base);
            for (int n = 2; takenNames.contains(name.toLower()); ++n)
                name = m_profiles->uniqueName(QStringLiteral("%1 (%2)").arg(base).arg(n));
            takenNames.insert(name.toLower());
            p.name = name;
        }
        p.hasToken = !item.credentials.token.isEmpty();
        toSave << p;
        const QList<QPair<QString, QString>> entries{
            {CredentialStore::secretKeyKey(p.id), item.credentials.secretKey},
            {CredentialStore::tokenKey(p.id), item.credentials.token}};
        const bool keep = replaced.contains(p.id);
        for (const auto& [key, value] : entries) {
            if (value.isEmpty()) {
                if (keep) // a replaced profile without a token loses its old one
                    steps << [secrets, key = key](CredentialStore::Callback next) {
                        secrets->remove(key, next);
                    };
                continue;
            }
            steps <<
                [secrets, key = key, value = value, written, keep](CredentialStore::Callback next) {
                    secrets->write(key, value,
                                   [key, written, next, keep](const CredentialStore::Result& r) {
                                       if (r.ok() && !keep) // never roll back an existing entry
                                           written->append(key);
                                       next(r);
                                   });
                };
        }
    }
    QPointer<ProfileManager> self = this;
    AsyncSteps::run(
        steps, [self, toSave, written, secrets, done](const CredentialStore::Result& r, int) {
            if (!self)
                return;
            if (!r.ok()) {
                for (const QString& key : *written) // roll back: nothing half-imported
                    if (secrets)
                        secrets->remove(key, {});
                done(self->failure(r, tr("Nothing was imported: a secret could not be stored in "
                                         "the keychain.")));
                return;
            }
            Outcome o;
            for (const Profile& p : toSave)
                o.profileIds << self->m_profiles->save(p);
            done(o);
        });
}

QStringList ProfileManager::deleteFiles(const QStringList& files) {
    QStringList failed;
    for (const QString& file : files) {
        if (QFile::exists(file) && !QFile::remove(file))
            failed << file;
    }
    return failed;
}

} // namespace eipdesk
