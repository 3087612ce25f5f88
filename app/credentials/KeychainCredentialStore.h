// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"

namespace QKeychain {
class Job;
} // namespace QKeychain

namespace eipdesk {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Service name "eipdesk"; entry keys "<profile id>/secretKey"
// and "<profile id>/token". Every job has a timeout (QtKeychain has none, and the libsecret
// backend can wait forever on an unlock prompt). There is never an insecure plain-text
// fallback.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit KeychainCredentialStore(QObject* parent = nullptr);
    KeychainCredentialStore(const QString& service, QObject* parent);
    ~KeychainCredentialStore() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    QString service() const { return m_service; }

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;
    QString backendName() const override;

    // Maps a QtKeychain error code and its message onto our errors.
    static Error mapError(int keychainError, const QString& errorString);
    // A keyring that is locked, or not created yet, needs a password prompt from the Secret
    // Service daemon. Without a display that prompt cannot appear (the daemon's prompter exits
    // at once), and the errors that result say "locked", "object does not exist" or nothing
    // useful: this names the real cause, CannotPrompt, when the session cannot prompt.
    static Error refineForPrompt(Error error, bool isWrite, const QString& errorString,
                                 bool sessionCanPrompt);
    // Whether this session has a display for a prompt (DISPLAY or WAYLAND_DISPLAY is set).
    static bool sessionCanPrompt();

private:
    void run(QKeychain::Job* job, bool isRead, Callback done);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace eipdesk
