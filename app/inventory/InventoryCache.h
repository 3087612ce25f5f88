// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/InventorySnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace eipdesk {

// One profile's InventorySnapshot in the cache directory, named by a hash of the profile ID:
// the region list, counts and read times in one small file (read at start), the rows, when
// kept, in a second one (`rowsPath()`, tens of MB at 100,000 EIPs: read and written off the
// window's thread). The file is treated as hostile: size-capped, every region ID
// checked, every count bounded, rows read by the same reader as DescribeAddresses replies; a
// file that fails any check is ignored as a whole (read() says why) and the next write()
// replaces it. Written atomically, readable by the user only.
class InventoryCache {
public:
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    explicit InventoryCache(QString path);
    // <cacheDir>/inventory/<sha256 of the profile ID>.json
    static QString pathFor(const QString& cacheDir, const QString& profileId);
    // Where the window and the commands keep it: the user's cache location for the app.
    static QString defaultDirectory();
    // A region ID as the API spells them (ap-guangzhou, na-siliconvalley, ap-shanghai-fsi).
    static bool isRegionId(const QString& id);

    QString path() const { return m_path; }
    std::optional<InventorySnapshot> read(QString* error = nullptr) const;     // without rows
    std::optional<InventorySnapshot> readRows(QString* error = nullptr) const; // rows, readAt
    QString rowsPath() const;
    // The checks of read() on a file's bytes.
    static std::optional<InventorySnapshot> parse(const QByteArray& bytes,
                                                  QString* error = nullptr);
    bool write(const InventorySnapshot& snapshot, QString* error = nullptr) const;
    bool remove() const;

private:
    static std::optional<InventorySnapshot> readFile(const QString& path, QString* error);
    static bool writeFile(const QString& path, const QJsonObject& root, QString* error);
    static QJsonObject header();
    static QJsonObject readTimes(const InventorySnapshot& s, bool ofRows);

    QString m_path;
};

} // namespace eipdesk
