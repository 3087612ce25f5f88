// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

#include <memory>

class QTextStream;

namespace eipdesk {

class Session;
struct Profile;

// What every command-line verb needs, completed: the real profile store, keychain, network
// and clock where the CliContext left them unset (owned here), and opening a profile's
// session (its secret from the keychain) with a clear message on failure.
class CliResources {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::CliResources)
public:
    CliResources(const CliContext& context, QTextStream& err);
    ~CliResources();
    CliResources(const CliResources&) = delete;
    CliResources& operator=(const CliResources&) = delete;

    const CliContext& context() const { return m_ctx; }
    // Activates `profile` on `session` (its SecretKey resolved from the keychain); prints why
    // not and returns false when the secret cannot be had.
    bool openSession(const Profile& profile, Session* session);
    // The profile named `name` (case-insensitive), or the current one when `name` is empty;
    // prints why not and returns an invalid profile.
    Profile findProfile(const QString& name);

private:
    struct Owned;
    CliContext m_ctx;
    QTextStream& m_err;
    std::unique_ptr<Owned> m_owned;
};

} // namespace eipdesk
