// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/LoadProgress.h"

#include <QLocale>

namespace eipdesk {

QString LoadProgress::text() const {
    const QString count = QLocale().toString(addresses);
    if (running)
        return tr("Region %1/%2 — %3 EIPs").arg(regionsDone).arg(regionsTotal).arg(count);
    if (canceled)
        return tr("Canceled after %1/%2 regions — %3 EIPs")
            .arg(regionsDone)
            .arg(regionsTotal)
            .arg(count);
    if (regionsFailed > 0)
        return tr("%1 EIPs from %n region(s), %2 failed", nullptr, regionsTotal - regionsFailed)
            .arg(count)
            .arg(regionsFailed);
    return tr("%1 EIPs from %n region(s)", nullptr, regionsTotal).arg(count);
}

} // namespace eipdesk
