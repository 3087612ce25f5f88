// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/Endpoint.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace eipdesk {

// A named account. Everything here is non-secret and lives in QSettings; the SecretKey and
// the token are in the OS keychain only, keyed by the profile id.
struct Profile {
    QString id;   // stable key (keychain entries use it), survives renames
    QString name; // shown to the user
    Site site = Site::China;
    QString defaultRegion = QStringLiteral("ap-guangzhou");
    QString secretId;
    bool hasToken = false;
    QDateTime tokenExpiry; // UTC; invalid when unknown
    QUrl endpointOverride; // empty: the public endpoints
    SignatureMethod signatureMethod = SignatureMethod::Tc3HmacSha256;
    QString language;       // "", "en", "zh_CN": empty follows the UI
    bool isSandbox = false; // the built-in emulator profile (never persisted with a secret)

    bool isValid() const { return !id.isEmpty() && !name.isEmpty(); }
};

} // namespace eipdesk
