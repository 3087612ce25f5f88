// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SandboxInfo.h"

#include "session/SandboxLauncher.h"

#include <QStringList>

#include <algorithm>

namespace eipdesk {

SandboxInfo SandboxInfo::of(const SandboxLauncher& launcher) {
    SandboxInfo info;
    const sandbox::SandboxServer* server = launcher.server();
    if (!server || !launcher.isRunning())
        return info;
    info.running = true;
    info.endpoint = server->endpoint();
    info.secretId = server->secretId();
    info.secretKey = server->secretKey();
    const auto regions = server->regionEndpoints();
    for (auto it = regions.cbegin(); it != regions.cend(); ++it)
        info.regions.append({it.key(), it.value()});
    std::sort(info.regions.begin(), info.regions.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return info;
}

QString SandboxInfo::text() const {
    if (!running)
        return tr("The sandbox is not running. Choose Account → Try the sandbox to start it.");
    QStringList lines;
    lines << tr("The sandbox emulates the Tencent Cloud EIP API on this computer (loopback "
                "only, plain HTTP). Point tccli or an SDK at it with these values:")
          << QString() << tr("Endpoint: %1").arg(endpoint.toString())
          << tr("SecretId: %1").arg(secretId)
          << tr("SecretKey: %1 (a public demo key, not a secret)").arg(secretKey) << QString();
    if (regions.isEmpty()) {
        lines << tr("All regions are served on the endpoint (choose one with X-TC-Region).");
    } else {
        lines << tr("Each region also has its own port (like vpc.<region>.tencentcloudapi.com):");
        for (const auto& r : regions)
            lines << QStringLiteral("  %1  %2").arg(r.first, r.second.toString());
    }
    lines << QString()
          << tr("SDKs: set the endpoint to the host and port above with the http:// protocol. "
                "Everything in the sandbox is made up and is lost when EIP Desk quits.");
    return lines.join(QLatin1Char('\n'));
}

QString SandboxInfo::tooltip() const {
    if (!running)
        return {};
    return tr("Sandbox at %1\nSecretId: %2\n%n region port(s): Help → About the sandbox", nullptr,
              int(regions.size()))
        .arg(endpoint.toString(), secretId);
}

} // namespace eipdesk
