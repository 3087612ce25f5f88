// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

namespace eipdesk::journalsql {

// NOT NULL text columns: a null QString would bind as SQL NULL.
inline QString text(const QString& s) {
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace eipdesk::journalsql
