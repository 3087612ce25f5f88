// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/ImportResult.h"

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// Reads the Tencent Cloud SDKs' shared INI file, <home>/.tencentcloud/credentials:
//   [default]
//   secret_id = AKID...
//   secret_key = ...
//   token = ...          (optional)
// Every section with keys becomes one profile named after the section. Parsed strictly (line
// numbers in the errors) so a damaged file is refused instead of half-imported.
class SdkIniImporter {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::SdkIniImporter)
public:
    explicit SdkIniImporter(const QString& homeDir);
    QString filePath() const;
    ImportResult importFile() const;
    // Only one section (e.g. "default").
    ImportResult importSection(const QString& section) const;

private:
    QString m_home;
};

} // namespace eipdesk
