// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/SecretResolver.h"

class QWidget;

namespace eipdesk {

class Confirmer;

// When opening a profile fails because no keychain is usable, offers to type the SecretKey for
// this run only, explaining why. Returns true when a secret was given: resolve again.
class SessionSecretPrompt {
public:
    static bool offer(QWidget* parent, SecretResolver* resolver, const Profile& profile,
                      const SecretResolver::Resolution& failure, Confirmer* confirmer = nullptr);
};

} // namespace eipdesk
