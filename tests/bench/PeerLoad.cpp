// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeerLoad.h"

#include "support/SandboxProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace eipdesk::bench {

QString PeerLoad::script() {
    return QStringLiteral(EIPDESK_BENCH_PEER_DIR "/peer-load.js");
}

QString PeerLoad::sdkModules() {
    return QStringLiteral(EIPDESK_SDK_INSTALL_DIR "/node_modules");
}

PeerLoadResult PeerLoad::run(const SandboxProcess& sandbox, int runs, int timeoutMs) {
    PeerLoadResult result;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        result.error = QStringLiteral("node is not on PATH");
        return result;
    }
    const QString sdk = QDir(sdkModules()).filePath(QStringLiteral("tencentcloud-sdk-nodejs"));
    if (!QFileInfo(sdk).isDir()) {
        result.error = QStringLiteral("the Node.js SDK is not installed at %1 (ctest -R "
                                      "sandbox_sdk_install installs it)")
                           .arg(sdk);
        return result;
    }
    QStringList args{script(), QString::number(runs)};
    for (const QString& region : sandbox.regions()) {
        const QUrl url = sandbox.regionEndpoints().value(region);
        args << QStringLiteral("%1=%2:%3").arg(region, url.host()).arg(url.port());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), sdkModules());
    env.insert(QStringLiteral("PEER_SECRET_ID"), sandbox.secretId());
    env.insert(QStringLiteral("PEER_SECRET_KEY"), sandbox.secretKey());
    for (const char* proxy : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"})
        env.remove(QString::fromLatin1(proxy)); // loopback: the SDK would go through a proxy
    const double sandboxBefore = sandbox.cpuMs();
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(node, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        result.error =
            QStringLiteral("peer-load.js did not finish within %1 s").arg(timeoutMs / 1000);
        return result;
    }
    const double sandboxCpu = sandbox.cpuMs() - sandboxBefore;
    const QByteArray out = p.readAllStandardOutput().trimmed();
    const QByteArray lastLine = out.mid(out.lastIndexOf('\n') + 1);
    const QJsonObject json = QJsonDocument::fromJson(lastLine).object();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
        !json.contains(QLatin1String("medianMs"))) {
        result.error =
            QStringLiteral("peer-load.js failed (exit %1): %2 %3")
                .arg(p.exitCode())
                .arg(json.value(QLatin1String("error")).toString(QString::fromUtf8(lastLine)),
                     QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return result;
    }
    result.ok = true;
    result.medianMs = json.value(QLatin1String("medianMs")).toDouble();
    for (const QJsonValue& v : json.value(QLatin1String("runsMs")).toArray())
        result.runsMs << v.toDouble();
    result.addresses = json.value(QLatin1String("addresses")).toInt();
    result.requests = json.value(QLatin1String("requests")).toInt();
    result.cpuMs = json.value(QLatin1String("cpuMs")).toDouble(-1);
    if (sandboxBefore >= 0)
        result.sandboxCpuMs = sandboxCpu / (runs + 1);
    return result;
}

} // namespace eipdesk::bench
