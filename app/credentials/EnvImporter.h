// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/ImportResult.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace eipdesk {

// Reads TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN (or
// TENCENTCLOUD_TOKEN) and TENCENTCLOUD_REGION from an environment (injected for tests).
class EnvImporter {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::EnvImporter)
public:
    explicit EnvImporter(const QProcessEnvironment& environment);
    ImportResult importEnvironment() const;

private:
    QProcessEnvironment m_env;
};

} // namespace eipdesk
