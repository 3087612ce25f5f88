// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/TccliImporter.h"

#include "credentials/CredentialValidation.h"
#include "credentials/ImportFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonValue>

namespace eipdesk {

namespace {
const QString kCredentialSuffix = QStringLiteral(".credential");
const QString kConfigureSuffix = QStringLiteral(".configure");
} // namespace

TccliImporter::TccliImporter(const QString& homeDir)
    : m_home(homeDir) {}

QString TccliImporter::directory() const {
    return QDir(m_home).filePath(QStringLiteral(".tccli"));
}

QStringList TccliImporter::availableProfiles() const {
    QStringList names;
    const QFileInfoList files =
        QDir(directory())
            .entryInfoList({QStringLiteral("*") + kCredentialSuffix}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files)
        names << info.fileName().chopped(kCredentialSuffix.size());
    return names;
}

ImportResult TccliImporter::importProfile(const QString& tccliProfile) const {
    const QString name = tccliProfile.isEmpty() ? QStringLiteral("default") : tccliProfile;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.startsWith(QLatin1Char('.')))
        return ImportResult::failure(tr("\"%1\" is not a valid tccli profile name.").arg(name));
    const QString credentialPath = QDir(directory()).filePath(name + kCredentialSuffix);
    const QString configurePath = QDir(directory()).filePath(name + kConfigureSuffix);

    QString error;
    QJsonObject credential;
    if (!ImportFileReader::readJsonObject(credentialPath, &credential, &error))
        return ImportResult::failure(error);

    auto stringField = [&](const QJsonObject& object, const QString& key, bool required,
                           const QString& path, QString* value) -> bool {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required) {
                error = ImportFileReader::fileError(path, tr("\"%1\" is missing").arg(key));
                return false;
            }
            return true;
        }
        if (!v.isString()) {
            error = ImportFileReader::fileError(path, tr("\"%1\" must be a string").arg(key));
            return false;
        }
        *value = v.toString().trimmed();
        return true;
    };

    ImportedProfile imported;
    imported.profile.name = name;
    Credentials& c = imported.credentials;
    if (!stringField(credential, QStringLiteral("secretId"), true, credentialPath, &c.secretId) ||
        !stringField(credential, QStringLiteral("secretKey"), true, credentialPath, &c.secretKey) ||
        !stringField(credential, QStringLiteral("token"), false, credentialPath, &c.token))
        return ImportResult::failure(error);
    for (const QString& problem : {checkSecretId(c.secretId), checkSecretKey(c.secretKey),
                                   c.token.isEmpty() ? QString() : checkToken(c.token)}) {
        if (!problem.isEmpty())
            return ImportResult::failure(ImportFileReader::fileError(credentialPath, problem));
    }
    imported.profile.secretId = c.secretId;
    imported.profile.hasToken = !c.token.isEmpty();

    ImportResult result;
    result.sourceFiles << credentialPath;
    if (QFileInfo::exists(configurePath)) {
        QJsonObject configure;
        if (!ImportFileReader::readJsonObject(configurePath, &configure, &error))
            return ImportResult::failure(error);
        const QJsonValue sys = configure.value(QStringLiteral("_sys_param"));
        if (!sys.isUndefined() && !sys.isObject())
            return ImportResult::failure(
                ImportFileReader::fileError(configurePath, tr("\"_sys_param\" must be an object")));
        QString region;
        if (!stringField(sys.toObject(), QStringLiteral("region"), false, configurePath, &region))
            return ImportResult::failure(error);
        if (!region.isEmpty())
            imported.profile.defaultRegion = region;
        const QJsonValue vpc = configure.value(QStringLiteral("vpc"));
        if (vpc.isObject()) {
            QString endpoint;
            if (!stringField(vpc.toObject(), QStringLiteral("endpoint"), false, configurePath,
                             &endpoint))
                return ImportResult::failure(error);
            if (endpoint.contains(QLatin1String(".intl.")))
                imported.profile.site = Site::International;
            // The public hosts are the default; only a different host is an override.
            if (!endpoint.isEmpty() && !endpoint.endsWith(QLatin1String(".tencentcloudapi.com"))) {
                const QUrl url = endpoint.contains(QLatin1String("://"))
                                     ? QUrl(endpoint)
                                     : QUrl(QStringLiteral("https://") + endpoint);
                if (!url.isValid() || url.host().isEmpty())
                    return ImportResult::failure(ImportFileReader::fileError(
                        configurePath, tr("the vpc endpoint is not a valid host name")));
                imported.profile.endpointOverride = url;
            }
        }
        // The .configure file holds no secret; it is not offered for deletion.
    }
    result.profiles << imported;
    return result;
}

ImportResult TccliImporter::importAll() const {
    const QStringList names = availableProfiles();
    if (names.isEmpty())
        return ImportResult::failure(tr("%1: no tccli credential files (*.credential) found")
                                         .arg(QDir::toNativeSeparators(directory())));
    ImportResult all;
    for (const QString& name : names) {
        const ImportResult one = importProfile(name);
        if (!one.error.isEmpty())
            return ImportResult::failure(one.error);
        all.profiles += one.profiles;
        all.sourceFiles += one.sourceFiles;
    }
    return all;
}

} // namespace eipdesk
