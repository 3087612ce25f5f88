// SPDX-License-Identifier: GPL-3.0-or-later
// Import and "Test connection" of ProfilesDialog (split to keep files small).
#include "ui/profiles/ProfilesDialog.h"

#include "api/Credentials.h"
#include "credentials/EnvImporter.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileStore.h"
#include "credentials/SdkIniImporter.h"
#include "credentials/SecretResolver.h"
#include "credentials/TccliImporter.h"
#include "ui/profiles/Confirmer.h"
#include "ui/profiles/ProfileEditor.h"

#include <QDir>
#include <QPointer>

namespace eipdesk {

void ProfilesDialog::importFrom(ImportSource source) {
    ImportResult imported;
    switch (source) {
    case ImportSource::Tccli:
        imported = TccliImporter(m_services.homeDir).importAll();
        break;
    case ImportSource::Sdk:
        imported = SdkIniImporter(m_services.homeDir).importFile();
        break;
    case ImportSource::Environment:
        imported = EnvImporter(m_services.environment).importEnvironment();
        break;
    }
    if (!imported.ok()) {
        finish(tr("Nothing was imported. %1").arg(imported.error), true);
        return;
    }
    // The same account imported again: ask, never a silent "default (2)".
    auto onDuplicate = ProfileManager::OnDuplicate::KeepBoth;
    const QList<Profile> duplicates = m_manager->duplicatesOf(imported);
    if (!duplicates.isEmpty()) {
        QStringList names;
        for (const Profile& p : duplicates)
            names << QStringLiteral("\"%1\" (%2)").arg(p.name, maskSecretId(p.secretId));
        const bool replace = m_services.confirmer->ask(
            this, tr("Already imported"),
            tr("%n imported profile(s) use the same SecretId as: %1.\n\nReplace the existing "
               "profile(s) with the imported key? Choose No to keep both (the imported ones get "
               "a new name).",
               nullptr, int(duplicates.size()))
                .arg(names.join(QStringLiteral(", "))),
            false);
        onDuplicate =
            replace ? ProfileManager::OnDuplicate::Replace : ProfileManager::OnDuplicate::KeepBoth;
    }
    setBusy(true);
    QPointer<ProfilesDialog> self = this;
    m_manager->importProfiles(
        imported, QString(),
        [self, imported](const ProfileManager::Outcome& o) {
            if (!self)
                return;
            if (!o.ok()) {
                self->finish(o.message, true);
                return;
            }
            self->m_currentId = o.profileIds.value(0);
            self->reloadList(self->m_currentId);
            emit self->profilesChanged();
            self->setBusy(false);
            self->showStatus(tr("Imported %n profile(s); the secrets are in the keychain.", nullptr,
                                int(o.profileIds.size())),
                             false);
            self->offerToDeleteSources(imported);
            emit self->operationFinished();
        },
        onDuplicate);
}

void ProfilesDialog::offerToDeleteSources(const ImportResult& imported) {
    if (imported.sourceFiles.isEmpty())
        return;
    QStringList names;
    for (const QString& f : imported.sourceFiles)
        names << QDir::toNativeSeparators(f);
    if (!m_services.confirmer->ask(this, tr("Delete plain-text credentials"),
                                   tr("The secrets are now in the keychain, but these files "
                                      "still hold them in plain text:\n%1\n\nDelete them now?")
                                       .arg(names.join(QLatin1Char('\n'))),
                                   true)) {
        showStatus(statusText() + QLatin1Char(' ') +
                       tr("The plain-text files were kept; delete them when you no longer "
                          "need them."),
                   false);
        return;
    }
    const QStringList failed = ProfileManager::deleteFiles(imported.sourceFiles);
    if (failed.isEmpty())
        showStatus(statusText() + QLatin1Char(' ') + tr("The plain-text files were deleted."),
                   false);
    else
        showStatus(tr("Could not delete: %1").arg(failed.join(QStringLiteral(", "))), true);
}

void ProfilesDialog::testConnection() {
    Profile p = m_editor->profile();
    p.id = m_currentId;
    setBusy(true);
    showStatus(tr("Testing the connection…"), false);
    const QString typedKey = m_editor->secretKey();
    if (!typedKey.isEmpty()) { // test what is typed, before saving it
        Credentials c{p.secretId, typedKey, m_editor->token().value_or(QString())};
        runTest(p, c);
        return;
    }
    if (p.id.isEmpty()) {
        finish(tr("Type the SecretKey first."), true);
        return;
    }
    QPointer<ProfilesDialog> self = this;
    m_resolver->resolve(p, [self, p](const SecretResolver::Resolution& r) {
        if (!self)
            return;
        if (r.ok()) {
            self->runTest(p, r.credentials);
            return;
        }
        if (r.sessionFallbackPossible && self->m_services.session) {
            const QString key = self->m_services.confirmer->askSecret(
                self, tr("No usable keychain"),
                tr("%1\n\nType the SecretKey to use for this run only (it is not saved):")
                    .arg(r.message));
            if (!key.isEmpty()) {
                self->m_resolver->setSessionSecret(p.id, key);
                self->runTest(p, Credentials{p.secretId, key, {}});
                return;
            }
        }
        self->finish(r.message, true);
    });
}

void ProfilesDialog::runTest(const Profile& profile, const Credentials& credentials) {
    QPointer<ProfilesDialog> self = this;
    m_tester->test(profile, credentials, ConnectionTester::endpointsFor(profile),
                   [self](const ConnectionTester::Report& report) {
                       if (self)
                           self->finish(report.summary, !report.ok);
                   });
}

} // namespace eipdesk
