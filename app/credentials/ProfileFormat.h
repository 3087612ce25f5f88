// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"

#include <QString>

#include <optional>

namespace eipdesk {

// Stable text forms of the profile enums, used in settings files and on the command line.
QString siteToString(Site site);                         // "china", "international"
std::optional<Site> siteFromString(const QString& text); // also "cn", "intl"
QString signatureMethodToString(SignatureMethod method); // "TC3-HMAC-SHA256", ...
std::optional<SignatureMethod> signatureMethodFromString(const QString& text);

// Translated names for the UI.
QString siteDisplayName(Site site);
QString signatureMethodDisplayName(SignatureMethod method);

} // namespace eipdesk
