// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Endpoint.h"

#include <QHostAddress>

namespace eipdesk {

namespace {

bool isRegionalService(const QString& service) {
    return service == QLatin1String("vpc") || service == QLatin1String("cvm");
}

} // namespace

QUrl EndpointConfig::resolve(const QString& service, const QString& region) const {
    if (!region.isEmpty()) {
        const auto it = regionOverrides.constFind(region);
        if (it != regionOverrides.constEnd() && it->isValid())
            return *it;
    }
    if (customEndpoint.isValid() && !customEndpoint.isEmpty())
        return customEndpoint;

    QString host;
    // Finance zones are isolated: they only answer on their own regional host.
    const bool finance = region.endsWith(QLatin1String("-fsi"));
    if (isRegionalService(service) && !region.isEmpty() && (perRegionHosts || finance))
        host = service + QLatin1Char('.') + region + QStringLiteral(".tencentcloudapi.com");
    else if (site == Site::International)
        host = service + QStringLiteral(".intl.tencentcloudapi.com");
    else
        host = service + QStringLiteral(".tencentcloudapi.com");

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool EndpointConfig::isLoopback(const QUrl& url) {
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace eipdesk
