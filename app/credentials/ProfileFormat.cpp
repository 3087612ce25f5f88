// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileFormat.h"

#include <QCoreApplication>

namespace eipdesk {

QString siteToString(Site site) {
    return site == Site::International ? QStringLiteral("international") : QStringLiteral("china");
}

std::optional<Site> siteFromString(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("china") || t == QLatin1String("cn") || t == QLatin1String("mainland"))
        return Site::China;
    if (t == QLatin1String("international") || t == QLatin1String("intl"))
        return Site::International;
    return std::nullopt;
}

QString signatureMethodToString(SignatureMethod method) {
    switch (method) {
    case SignatureMethod::HmacSha256:
        return QStringLiteral("HmacSHA256");
    case SignatureMethod::HmacSha1:
        return QStringLiteral("HmacSHA1");
    case SignatureMethod::Tc3HmacSha256:
        break;
    }
    return QStringLiteral("TC3-HMAC-SHA256");
}

std::optional<SignatureMethod> signatureMethodFromString(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tc3-hmac-sha256") || t == QLatin1String("tc3"))
        return SignatureMethod::Tc3HmacSha256;
    if (t == QLatin1String("hmacsha256"))
        return SignatureMethod::HmacSha256;
    if (t == QLatin1String("hmacsha1"))
        return SignatureMethod::HmacSha1;
    return std::nullopt;
}

QString siteDisplayName(Site site) {
    return site == Site::International
               ? QCoreApplication::translate("eipdesk::Profile", "International (tencentcloud.com)")
               : QCoreApplication::translate("eipdesk::Profile", "China (cloud.tencent.com)");
}

QString signatureMethodDisplayName(SignatureMethod method) {
    switch (method) {
    case SignatureMethod::HmacSha256:
        return QCoreApplication::translate("eipdesk::Profile", "HmacSHA256 (signature v1)");
    case SignatureMethod::HmacSha1:
        return QCoreApplication::translate("eipdesk::Profile", "HmacSHA1 (signature v1)");
    case SignatureMethod::Tc3HmacSha256:
        break;
    }
    return QCoreApplication::translate("eipdesk::Profile", "TC3-HMAC-SHA256 (recommended)");
}

} // namespace eipdesk
