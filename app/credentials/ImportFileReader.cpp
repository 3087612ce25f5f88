// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ImportFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace eipdesk {

QString ImportFileReader::fileError(const QString& path, const QString& problem) {
    return tr("%1: %2").arg(QDir::toNativeSeparators(path), problem);
}

bool ImportFileReader::read(const QString& path, QByteArray* data, QString* error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = fileError(path, tr("the file does not exist"));
        return false;
    }
    if (!info.isFile()) {
        *error = fileError(path, tr("this is not a regular file"));
        return false;
    }
    if (info.size() > MaxFileSize) {
        *error = fileError(path, tr("the file is too large to be a credential file"));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileError(path, tr("cannot be read (%1)").arg(file.errorString()));
        return false;
    }
    *data = file.read(MaxFileSize + 1);
    return true;
}

bool ImportFileReader::readJsonObject(const QString& path, QJsonObject* object, QString* error) {
    QByteArray data;
    if (!read(path, &data, error))
        return false;
    if (data.trimmed().isEmpty()) {
        *error = fileError(path, tr("the file is empty"));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset, not the text around it: the text may be a secret.
        *error = fileError(path, tr("not valid JSON (%1 at byte %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = fileError(path, tr("expected a JSON object"));
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace eipdesk
