// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/SdkIniImporter.h"

#include "credentials/CredentialValidation.h"
#include "credentials/ImportFileReader.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QPair>

namespace eipdesk {

SdkIniImporter::SdkIniImporter(const QString& homeDir)
    : m_home(homeDir) {}

QString SdkIniImporter::filePath() const {
    return QDir(m_home).filePath(QStringLiteral(".tencentcloud/credentials"));
}

ImportResult SdkIniImporter::importFile() const {
    return importSection(QString());
}

ImportResult SdkIniImporter::importSection(const QString& wanted) const {
    const QString path = filePath();
    QByteArray data;
    QString error;
    if (!ImportFileReader::read(path, &data, &error))
        return ImportResult::failure(error);

    // section -> key -> value, in file order
    QList<QPair<QString, QHash<QString, QString>>> sections;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        const int lineNo = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return ImportResult::failure(ImportFileReader::fileError(
                    path, tr("line %1: a section header must look like [name]").arg(lineNo)));
            const QString name = line.mid(1, line.size() - 2).trimmed();
            for (const auto& s : sections) {
                if (s.first == name)
                    return ImportResult::failure(ImportFileReader::fileError(
                        path, tr("line %1: section [%2] appears twice").arg(lineNo).arg(name)));
            }
            sections.append({name, {}});
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ImportResult::failure(ImportFileReader::fileError(
                path, tr("line %1: expected \"key = value\"").arg(lineNo)));
        if (sections.isEmpty())
            return ImportResult::failure(ImportFileReader::fileError(
                path, tr("line %1: a key appears before any [section]").arg(lineNo)));
        const QString key = line.left(eq).trimmed().toLower();
        sections.last().second.insert(key, line.mid(eq + 1).trimmed());
    }

    ImportResult result;
    for (const auto& [name, keys] : sections) {
        if (!wanted.isEmpty() && name != wanted)
            continue;
        if (keys.isEmpty())
            continue;
        ImportedProfile imported;
        imported.profile.name = name;
        Credentials& c = imported.credentials;
        c.secretId = keys.value(QStringLiteral("secret_id"));
        c.secretKey = keys.value(QStringLiteral("secret_key"));
        c.token = keys.value(QStringLiteral("token"));
        if (c.secretId.isEmpty() || c.secretKey.isEmpty())
            return ImportResult::failure(ImportFileReader::fileError(
                path, tr("section [%1] needs both secret_id and secret_key").arg(name)));
        for (const QString& problem : {checkSecretId(c.secretId), checkSecretKey(c.secretKey),
                                       c.token.isEmpty() ? QString() : checkToken(c.token)}) {
            if (!problem.isEmpty())
                return ImportResult::failure(
                    ImportFileReader::fileError(path, tr("section [%1]: %2").arg(name, problem)));
        }
        const QString region = keys.value(QStringLiteral("region"));
        if (!region.isEmpty())
            imported.profile.defaultRegion = region;
        imported.profile.secretId = c.secretId;
        imported.profile.hasToken = !c.token.isEmpty();
        result.profiles << imported;
    }
    if (result.profiles.isEmpty()) {
        return ImportResult::failure(ImportFileReader::fileError(
            path, wanted.isEmpty() ? tr("no section with credentials was found")
                                   : tr("there is no section [%1]").arg(wanted)));
    }
    result.sourceFiles << path;
    return result;
}

} // namespace eipdesk
