// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "credentials/CredentialStore.h"
#include "credentials/Profile.h"

#include <QObject>

#include <functional>

namespace eipdesk {

class Clock;
class MemoryCredentialStore;

// Turns a Profile into Credentials: the SecretKey (and token) come from the session store
// (secrets typed "for this run only") or else from the keychain. Errors are clear sentences;
// sessionFallbackPossible tells the UI it may offer to type the secret for this run only.
class SecretResolver : public QObject {
    Q_OBJECT
public:
    struct Resolution {
        Credentials credentials;
        CredentialStore::Error error = CredentialStore::Error::None;
        QString message; // translated, empty on success; never contains a secret
        bool sessionFallbackPossible = false;
        bool fromSession = false;
        bool ok() const { return message.isEmpty(); }
    };
    using Done = std::function<void(const Resolution&)>;

    SecretResolver(CredentialStore* keychain, MemoryCredentialStore* session,
                   QObject* parent = nullptr);

    void setClock(const Clock* clock) { m_clock = clock; } // for the token-expiry check
    MemoryCredentialStore* sessionStore() const { return m_session; }

    void resolve(const Profile& profile, Done done);

    // Keeps a typed secret in memory for this run (the "no keychain" fallback).
    void setSessionSecret(const QString& profileId, const QString& secretKey,
                          const QString& token = QString());

private:
    CredentialStore* m_keychain;
    MemoryCredentialStore* m_session;
    const Clock* m_clock = nullptr;
};

} // namespace eipdesk
