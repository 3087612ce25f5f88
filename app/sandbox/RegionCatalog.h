// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace eipdesk::sandbox {

struct RegionInfo {
    QString id;
    QString nameZh;
    QString nameEn;
    bool mainland = true;
};

// The real region IDs of spec §4.8 with their localized names, mainland and international
// interleaved so that any prefix of the list has both kinds.
class RegionCatalog {
public:
    static const QList<RegionInfo>& all();
    static QList<RegionInfo> first(int count);
    static const RegionInfo* find(const QString& id);
};

} // namespace eipdesk::sandbox
