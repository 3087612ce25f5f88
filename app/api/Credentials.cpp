// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Credentials.h"

#include "core/SecretWipe.h"

namespace eipdesk {

void Credentials::wipe() {
    wipeSecret(secretKey);
    wipeSecret(token);
    secretId.clear();
}

QString maskSecretId(const QString& secretId) {
    const QString id = secretId.trimmed();
    if (id.isEmpty())
        return QString();
    // Short ids would be revealed almost entirely: show only a hint of them.
    if (id.size() <= 8)
        return id.left(1) + QStringLiteral("…");
    return id.left(4) + QStringLiteral("…") + id.right(4);
}

} // namespace eipdesk
