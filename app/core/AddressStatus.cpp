// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AddressStatus.h"

namespace eipdesk::AddressStatus {

QStringList all() {
    return {QLatin1String(Creating),  QLatin1String(Binding), QLatin1String(Bind),
            QLatin1String(Unbinding), QLatin1String(Unbind),  QLatin1String(Offlining),
            QLatin1String(BindEni)};
}

bool isBound(const QString& status) {
    return status == QLatin1String(Bind) || status == QLatin1String(BindEni);
}

bool isTransitional(const QString& status) {
    return status == QLatin1String(Creating) || status == QLatin1String(Binding) ||
           status == QLatin1String(Unbinding) || status == QLatin1String(Offlining);
}

} // namespace eipdesk::AddressStatus
