// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpsSandbox.h"
#include "cli/CliContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace eipdesk::test {

// What a command-line test runs against: an in-process sandbox, a profile store in `dir` with
// one profile for it (its SecretKey in memory) as the current profile, and a network manager.
struct CliSandboxAccount {
    std::unique_ptr<OpsSandbox> sandbox;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<MemoryCredentialStore> secrets;
    std::unique_ptr<QNetworkAccessManager> network;
    QString profileId;

    // The command's context: this account, a journal at `journalPath`, English, fast polling.
    CliContext context(const QString& journalPath) const {
        CliContext c;
        c.profiles = profiles.get();
        c.secrets = secrets.get();
        c.network = network.get();
        c.clock = &sandbox->clock();
        c.journalPath = journalPath;
        c.uiLanguage = QStringLiteral("en");
        c.pollSchedule = {100, 1.5, 400, 60000};
        return c;
    }

    // Returns an empty string, or what went wrong.
    QString start(const QTemporaryDir& dir, const QString& profileName) {
        sandbox = std::make_unique<OpsSandbox>();
        QString error;
        if (!sandbox->start(&error))
            return error;
        profiles =
            std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("profiles.ini")), nullptr);
        secrets = std::make_unique<MemoryCredentialStore>();
        network = std::make_unique<QNetworkAccessManager>();
        Profile p;
        p.name = profileName;
        p.secretId = sandbox->server().secretId();
        p.endpointOverride = sandbox->server().endpoint();
        p.defaultRegion = sandbox->region();
        profileId = profiles->save(p);
        if (profileId.isEmpty())
            return QStringLiteral("cannot save the profile");
        secrets->set(CredentialStore::secretKeyKey(profileId), sandbox->server().secretKey());
        profiles->setCurrentProfileId(profileId);
        return {};
    }
};

} // namespace eipdesk::test
