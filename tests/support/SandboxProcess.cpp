// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SandboxProcess.h"

#include "support/SandboxAdminClient.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <unistd.h>

namespace eipdesk::test {

EndpointConfig SandboxProcess::endpoints() const {
    EndpointConfig e;
    e.customEndpoint = QUrl(m_endpoint);
    e.regionOverrides = m_regionEndpoints;
    return e;
}

SandboxProcess::~SandboxProcess() {
    stop();
}

void SandboxProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool SandboxProcess::start(const QString& program, const QStringList& arguments, QString* error) {
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(30000)) {
        *error = m_process.errorString();
        return false;
    }
    QByteArray banner;
    const bool ready = QTest::qWaitFor(
        [&] {
            banner += m_process.readAllStandardOutput();
            // "Addresses: N in R regions" is the last start-up line.
            return banner.contains("\nAddresses:") && banner.endsWith('\n');
        },
        60000);
    m_endpoint = SandboxAdminClient::parseStartupLine(banner, "Endpoint");
    m_secretId = SandboxAdminClient::parseStartupLine(banner, "SecretId");
    m_secretKey = SandboxAdminClient::parseStartupLine(banner, "SecretKey");
    m_adminToken = SandboxAdminClient::parseStartupLine(banner, "AdminToken");
    static const QRegularExpression regionLine(QStringLiteral("^Region (\\S+): (\\S+)$"));
    for (const QString& raw : QString::fromUtf8(banner).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (const auto m = regionLine.match(line); m.hasMatch()) {
            m_regions << m.captured(1);
            m_regionEndpoints.insert(m.captured(1), QUrl(m.captured(2)));
        } else if (line.startsWith(QLatin1String("Addresses:"))) {
            m_addressCount = line.mid(10).trimmed().section(QLatin1Char(' '), 0, 0).toInt();
        }
    }
    if (!ready || m_endpoint.isEmpty() || m_secretId.isEmpty() || m_secretKey.size() < 8 ||
        m_adminToken.isEmpty()) {
        *error = QStringLiteral("the sandbox printed no credentials: ") +
                 QString::fromUtf8(banner + m_process.readAllStandardError());
        return false;
    }
    return true;
}

double SandboxProcess::cpuMs() const {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (m_process.processId() <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid ...": utime and stime are the 12th and 13th fields after comm.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / ticks;
}

QProcessEnvironment isolatedProcessEnvironment(const QString& root) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(root);
    for (const char* sub : {"home", "config", "data", "cache", "state"})
        dir.mkpath(QLatin1String(sub));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char* var : {"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
                            "TENCENTCLOUD_SESSION_TOKEN", "TENCENTCLOUD_TOKEN"})
        env.remove(QLatin1String(var));
    return env;
}

} // namespace eipdesk::test
