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
        return tr("%1 EIPs from %2 regions, %3 failed")
            .arg(count)
            .arg(regionsTotal - regionsFailed)
            .arg(regionsFailed);
    return tr("%1 EIPs from %2 regions").arg(count).arg(regionsTotal);
}

} // namespace eipdesk
