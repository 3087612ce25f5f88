// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ExportFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace eipdesk {

namespace {
const QString kKey = QStringLiteral("export/folder");
}

QString ExportFolder::folder() {
    const QString saved = QSettings().value(kKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

QString ExportFolder::suggestedPath(const QString& fileName) {
    return QDir(folder()).filePath(fileName);
}

void ExportFolder::remember(const QString& savedFilePath) {
    if (savedFilePath.isEmpty())
        return;
    QSettings().setValue(kKey, QFileInfo(savedFilePath).absolutePath());
}

} // namespace eipdesk
