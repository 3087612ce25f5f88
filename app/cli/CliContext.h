// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/PollSchedule.h"

#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace eipdesk {

class Clock;
class CredentialStore;
class ProfileStore;

// What the `eipdesk unbind` and `eipdesk history` verbs need from the outside; every member
// is optional (defaults: the real settings, keychain, network, clock, journal and stdin).
struct CliContext {
    ProfileStore* profiles = nullptr;         // default: ProfileStore()
    CredentialStore* secrets = nullptr;       // default: KeychainCredentialStore
    QNetworkAccessManager* network = nullptr; // default: a private one
    const Clock* clock = nullptr;             // default: SystemClock
    QString journalPath;                      // empty: Journal::defaultPath()
    QString uiLanguage;                       // "en" / "zh_CN" (server messages); default "en"
    std::optional<PollSchedule> pollSchedule; // default: the queue's (tests shrink it)
    // Asks a yes/no question; only used when stdin is a terminal. Default: stdin, "y" = yes.
    std::function<bool(const QString& question)> confirm;
    std::optional<bool> interactive; // default: stdin is a terminal
};

} // namespace eipdesk
