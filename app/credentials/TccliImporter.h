// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/ImportResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace eipdesk {

// Reads tccli's files: <home>/.tccli/<profile>.credential (JSON: secretId, secretKey, optional
// token) and <home>/.tccli/<profile>.configure (JSON: "_sys_param": {"region", ...} and per
// service {"endpoint", "version"}; the "vpc" endpoint becomes the endpoint override).
class TccliImporter {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::TccliImporter)
public:
    explicit TccliImporter(const QString& homeDir);

    QString directory() const;             // <home>/.tccli
    QStringList availableProfiles() const; // names with a .credential file, sorted
    ImportResult importProfile(const QString& tccliProfile) const;
    ImportResult importAll() const; // every profile, all or nothing

private:
    QString m_home;
};

} // namespace eipdesk
