// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cmath>

namespace eipdesk::sandbox {

// Reads o[name] as a whole number within [min, max] (|min|, |max| <= 2^53, where doubles are
// exact). Absent: true, *out untouched. A string, a fraction, a non-finite or out-of-range
// number: false and *error names the field and the range, so a hostile value never reaches
// a conversion that would overflow.
inline bool readBoundedInteger(const QJsonObject& o, QLatin1String name, qint64 min, qint64 max,
                               qint64* out, QString* error) {
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || d < double(min) ||
        d > double(max)) {
        *error =
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

} // namespace eipdesk::sandbox
