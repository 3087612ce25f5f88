// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/EnvImporter.h"

#include "credentials/CredentialValidation.h"

namespace eipdesk {

EnvImporter::EnvImporter(const QProcessEnvironment& environment)
    : m_env(environment) {}

ImportResult EnvImporter::importEnvironment() const {
    const QString idVar = QStringLiteral("TENCENTCLOUD_SECRET_ID");
    const QString keyVar = QStringLiteral("TENCENTCLOUD_SECRET_KEY");
    ImportedProfile imported;
    Credentials& c = imported.credentials;
    c.secretId = m_env.value(idVar).trimmed();
    c.secretKey = m_env.value(keyVar).trimmed();
    c.token = m_env.value(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN")).trimmed();
    if (c.token.isEmpty())
        c.token = m_env.value(QStringLiteral("TENCENTCLOUD_TOKEN")).trimmed();
    if (c.secretId.isEmpty() && c.secretKey.isEmpty())
        return ImportResult::failure(
            tr("The environment has no credentials: set %1 and %2.").arg(idVar, keyVar));
    if (c.secretId.isEmpty())
        return ImportResult::failure(tr("%1 is set but %2 is not.").arg(keyVar, idVar));
    if (c.secretKey.isEmpty())
        return ImportResult::failure(tr("%1 is set but %2 is not.").arg(idVar, keyVar));
    for (const QString& problem : {checkSecretId(c.secretId), checkSecretKey(c.secretKey),
                                   c.token.isEmpty() ? QString() : checkToken(c.token)}) {
        if (!problem.isEmpty())
            return ImportResult::failure(tr("Environment: %1.").arg(problem));
    }
    imported.profile.name = QStringLiteral("environment");
    imported.profile.secretId = c.secretId;
    imported.profile.hasToken = !c.token.isEmpty();
    const QString region = m_env.value(QStringLiteral("TENCENTCLOUD_REGION")).trimmed();
    if (!region.isEmpty())
        imported.profile.defaultRegion = region;
    ImportResult result;
    result.profiles << imported;
    return result;
}

} // namespace eipdesk
