// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/SessionSecretPrompt.h"

#include "credentials/MemoryCredentialStore.h"
#include "ui/profiles/MessageBoxConfirmer.h"

#include <QCoreApplication>

namespace eipdesk {

bool SessionSecretPrompt::offer(QWidget* parent, SecretResolver* resolver, const Profile& profile,
                                const SecretResolver::Resolution& failure, Confirmer* confirmer) {
    if (failure.ok() || !failure.sessionFallbackPossible || !resolver || !resolver->sessionStore())
        return false;
    MessageBoxConfirmer boxes;
    Confirmer* ask = confirmer ? confirmer : &boxes;
    const QString key = ask->askSecret(
        parent, QCoreApplication::translate("eipdesk::SessionSecretPrompt", "No usable keychain"),
        QCoreApplication::translate("eipdesk::SessionSecretPrompt",
                                    "%1\n\nType the SecretKey of \"%2\" (SecretId %3) to use it "
                                    "for this run only. It is kept in memory and never written "
                                    "to disk.")
            .arg(failure.message, profile.name, maskSecretId(profile.secretId)));
    if (key.isEmpty())
        return false;
    resolver->setSessionSecret(profile.id, key);
    return true;
}

} // namespace eipdesk
