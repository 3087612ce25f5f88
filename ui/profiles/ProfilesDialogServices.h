// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace eipdesk {

class Clock;
class Confirmer;
class CredentialStore;
class MemoryCredentialStore;
class ProfileStore;

// What the Profiles dialog works with (all owned by the caller).
struct ProfilesDialogServices {
    ProfileStore* profiles = nullptr;
    CredentialStore* keychain = nullptr;
    // Secrets typed "for this run only" when no keychain is usable; optional.
    MemoryCredentialStore* session = nullptr;
    QNetworkAccessManager* network = nullptr;
    const Clock* clock = nullptr;
    Confirmer* confirmer = nullptr; // default: real message boxes
    QString homeDir;                // default: QDir::homePath() (for the importers)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The running built-in sandbox, listed first and read-only; nullopt when not running.
    std::optional<Profile> sandbox;
    // Called with a profile's ID once it is deleted (the app forgets its cached inventory).
    std::function<void(const QString&)> profileDeleted;
};

} // namespace eipdesk
