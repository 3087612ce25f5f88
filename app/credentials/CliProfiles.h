// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/ProfilesCommand.h"

#include "credentials/ProfileManager.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTextStream;

namespace eipdesk {

class CredentialStore;
class ProfileManager;
class ProfileStore;
struct ImportResult;
struct Profile;

// The implementation of `eipdesk profiles ...` (see ProfilesCommand.h). Runs its own event
// loop around the asynchronous keychain and network jobs.
class CliProfiles {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::CliProfiles)
public:
    CliProfiles(const ProfilesCommandContext& context, QTextStream& out, QTextStream& err);
    ~CliProfiles();
    int run(QStringList args);

    static bool stdinIsTerminal();
    static QString readLineFromStdin(const QString& prompt, QTextStream& err, bool hideInput);

private:
    int usage(const QString& problem);
    int list();
    int add(const QStringList& args);
    int remove(const QStringList& args);
    int use(const QStringList& args);
    int test(const QStringList& args);
    int import(const QStringList& args);
    int finishImport(const ImportResult& imported, const QString& name, bool deleteSource);
    bool findProfile(const QString& name, Profile* profile);

    ProfilesCommandContext m_ctx;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<ProfileStore> m_ownProfiles;
    std::unique_ptr<CredentialStore> m_ownSecrets;
    ProfileStore* m_profiles = nullptr;
    CredentialStore* m_secrets = nullptr;
    std::unique_ptr<ProfileManager> m_manager;
    ProfileManager::OnDuplicate m_onDuplicate = ProfileManager::OnDuplicate::KeepBoth;
};

} // namespace eipdesk
