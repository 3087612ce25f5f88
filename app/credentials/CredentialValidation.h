// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// Checks on imported or typed key material. They return an empty string when the value is
// acceptable, else a translated reason that never quotes the value.
QString checkSecretId(const QString& secretId);
QString checkSecretKey(const QString& secretKey);
QString checkToken(const QString& token);

} // namespace eipdesk
