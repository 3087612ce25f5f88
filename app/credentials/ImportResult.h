// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/ImportedProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eipdesk {

// What an importer read. All or nothing: when error is set, profiles is empty.
struct ImportResult {
    QList<ImportedProfile> profiles;
    QStringList sourceFiles; // plain-text files that held the secrets (offered for deletion)
    QString error;           // translated; names the file and the problem; never a secret

    bool ok() const { return error.isEmpty() && !profiles.isEmpty(); }
    static ImportResult failure(const QString& message) {
        ImportResult r;
        r.error = message;
        return r;
    }
};

} // namespace eipdesk
