// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;
class QNetworkAccessManager;

namespace eipdesk {

class Clock;
class CredentialStore;
class ProfileStore;

// What the command needs from the outside; every member is optional (defaults: the real
// home directory, environment, settings, keychain and stdin).
struct ProfilesCommandContext {
    QString homeDir;                        // empty: QDir::homePath()
    std::optional<QProcessEnvironment> env; // default: the process environment
    ProfileStore* profiles = nullptr;       // default: ProfileStore()
    CredentialStore* secrets = nullptr;     // default: KeychainCredentialStore
    QNetworkAccessManager* network = nullptr;
    const Clock* clock = nullptr;
    // Reads one line of secret input (echo off on a terminal). Default: stdin.
    std::function<QString(const QString& prompt)> readSecret;
    // Asks a yes/no question; only used when stdin is a terminal. Default: stdin, "y" = yes.
    std::function<bool(const QString& question)> confirm;
    std::optional<bool> interactive; // default: stdin is a terminal
};

// `eipdesk profiles ...` without a window:
//   list                              name, site, region, masked SecretId, signature, secret
//   import [--from tccli|sdk|env] [--tccli-profile NAME] [--name PROFILE] [--delete-source]
//   add NAME --secret-id ID [--site china|international] [--region R] [--endpoint URL]
//       [--signature tc3|hmacsha256|hmacsha1] [--token-stdin [--token-expiry ISO-8601]]
//       (the SecretKey, then the token, are read from stdin)
//   remove NAME | use NAME | test [NAME]
// `args` are the arguments after the program name, starting with "profiles" (or without it).
// Returns the process exit code: 0 success, 1 failure, 2 usage error.
int runProfilesCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                       const ProfilesCommandContext& context = {});

} // namespace eipdesk
