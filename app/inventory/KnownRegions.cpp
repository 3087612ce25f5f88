// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/KnownRegions.h"

namespace eipdesk {

QStringList KnownRegions::ids() {
    // In the example's order (mainland China first), then the finance zones.
    static const QStringList regions{
        QStringLiteral("ap-guangzhou"),     QStringLiteral("ap-shanghai"),
        QStringLiteral("ap-nanjing"),       QStringLiteral("ap-beijing"),
        QStringLiteral("ap-chengdu"),       QStringLiteral("ap-chongqing"),
        QStringLiteral("ap-xian-ec"),       QStringLiteral("ap-hongkong"),
        QStringLiteral("ap-guiyang"),       QStringLiteral("ap-seoul"),
        QStringLiteral("ap-tokyo"),         QStringLiteral("ap-singapore"),
        QStringLiteral("ap-bangkok"),       QStringLiteral("ap-jakarta"),
        QStringLiteral("na-siliconvalley"), QStringLiteral("eu-frankfurt"),
        QStringLiteral("ap-mumbai"),        QStringLiteral("na-ashburn"),
        QStringLiteral("sa-saopaulo"),      QStringLiteral("na-toronto"),
        QStringLiteral("ap-shanghai-fsi"),  QStringLiteral("ap-shenzhen-fsi"),
    };
    return regions;
}

} // namespace eipdesk
