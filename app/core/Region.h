// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

struct Region {
    QString id;    // ap-guangzhou
    QString name;  // localized by the server: 华南地区(广州) / South China(Guangzhou)
    QString state; // AVAILABLE; anything else is treated as unavailable
    bool isAvailable() const { return state.isEmpty() || state == QLatin1String("AVAILABLE"); }
};

} // namespace eipdesk
