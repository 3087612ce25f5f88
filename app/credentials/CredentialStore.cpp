// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialStore.h"

namespace eipdesk {

CredentialStore::~CredentialStore() = default;

QString CredentialStore::secretKeyKey(const QString& profileId) {
    return profileId + QStringLiteral("/secretKey");
}

QString CredentialStore::tokenKey(const QString& profileId) {
    return profileId + QStringLiteral("/token");
}

QString CredentialStore::describe(Error error) {
    switch (error) {
    case Error::None:
        return tr("The keychain operation succeeded.");
    case Error::NotFound:
        return tr("No secret is stored in the keychain for this profile. Edit the profile and "
                  "enter the SecretKey again.");
    case Error::AccessDenied:
        return tr("The keychain refused access: it is locked or access was denied. Unlock your "
                  "keyring (for example by logging in again or with your keyring manager) and "
                  "retry.");
    case Error::NoBackend:
        return tr("No usable keychain was found (no Secret Service such as gnome-keyring or "
                  "KWallet is running on the session bus). Start one, or type the SecretKey for "
                  "this run only; it is then kept in memory and never written to disk.");
    case Error::Timeout:
        return tr("The keychain did not answer in time. It may be waiting for an unlock prompt "
                  "that is not visible; unlock the keyring and retry.");
    case Error::CannotPrompt:
        return tr("The keyring is locked and could not ask for its password (its unlock prompt "
                  "needs a display, and this session has none): unlock it, e.g. by logging in to "
                  "the desktop session, then retry.");
    case Error::Other:
        break;
    }
    return tr("The keychain reported an unexpected error. Check that your keyring service is "
              "running and retry.");
}

QString CredentialStore::errorName(Error error) {
    switch (error) {
    case Error::None:
        return QStringLiteral("None");
    case Error::NotFound:
        return QStringLiteral("NotFound");
    case Error::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Error::NoBackend:
        return QStringLiteral("NoBackend");
    case Error::Timeout:
        return QStringLiteral("Timeout");
    case Error::CannotPrompt:
        return QStringLiteral("CannotPrompt");
    case Error::Other:
        break;
    }
    return QStringLiteral("Other");
}

} // namespace eipdesk
