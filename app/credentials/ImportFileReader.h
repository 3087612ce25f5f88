// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace eipdesk {

// Small, bounded reads of plain-text credential files with clear, translated errors that name
// the file (never its content).
class ImportFileReader {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::ImportFileReader)
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // Reads the whole file; on failure returns false and sets *error.
    static bool read(const QString& path, QByteArray* data, QString* error);
    // Reads and parses a JSON object.
    static bool readJsonObject(const QString& path, QJsonObject* object, QString* error);
    // "<file>: <problem>"
    static QString fileError(const QString& path, const QString& problem);
};

} // namespace eipdesk
