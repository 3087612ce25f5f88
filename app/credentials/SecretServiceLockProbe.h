// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace eipdesk {

// libsecret answers "not found" for an entry that exists in a LOCKED collection. This asks the
// Secret Service directly (SearchItems with QtKeychain's attributes) whether such a locked item
// exists, so a locked keyring is reported as locked, not as a missing secret.
// Off Linux, or when the Secret Service cannot be asked, the answer is "not locked".
class SecretServiceLockProbe {
public:
    static void isLocked(const QString& service, const QString& key, QObject* context,
                         int timeoutMs, std::function<void(bool locked)> done);
};

} // namespace eipdesk
