// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

enum class SignatureMethod { Tc3HmacSha256, HmacSha256, HmacSha1 };

// Held in memory only; the SecretKey and token come from the keychain and go nowhere else.
struct Credentials {
    QString secretId;
    QString secretKey;
    QString token; // temporary credentials only
    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    // Overwrites the SecretKey and the token where this copy alone holds them (wipeSecret())
    // and empties all three: what a holder does before it lets its copy go.
    void wipe();
};

// "AKID…9xQ2": what the UI may show of a SecretId.
QString maskSecretId(const QString& secretId);

} // namespace eipdesk
