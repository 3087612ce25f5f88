// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace eipdesk {

enum class Site { China, International };

// Where requests go. Resolution order for (service, region):
//   1. regionOverrides[region] (the sandbox advertises one port per region, like the real
//      per-region hosts);
//   2. customEndpoint (every service and region at one URL);
//   3. the public hosts: <service>.<region>.tencentcloudapi.com when perRegionHosts and the
//      region is set and the service is regional (vpc, cvm), else <service>.tencentcloudapi.com
//      or <service>.intl.tencentcloudapi.com for the international site.
// Plain http is allowed only for loopback hosts; everything else must be https.
struct EndpointConfig {
    Site site = Site::China;
    bool perRegionHosts = true;
    QUrl customEndpoint;
    QHash<QString, QUrl> regionOverrides;

    QUrl resolve(const QString& service, const QString& region) const;
    static bool isLoopback(const QUrl& url);
};

} // namespace eipdesk
