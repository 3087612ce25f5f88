// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

namespace eipdesk::bench {

SandboxProcess::~SandboxProcess() {
    stop();
}

QString SandboxProcess::executable() {
    return QStringLiteral(EIPDESK_BINARY_DIR "/bin/eipdesk-sandbox");
}

bool SandboxProcess::start(const QStringList& arguments, QString* error, int timeoutMs) {
    m_process.setProgram(executable());
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(executable(), m_process.errorString());
        return false;
    }
    QByteArray banner;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("eipdesk-sandbox exited early: %1")
                         .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            return false;
        }
        m_process.waitForReadyRead(100);
        banner += m_process.readAllStandardOutput();
        if (banner.contains("\nAddresses:") && banner.endsWith('\n')) {
            if (parseBanner(banner))
                return true;
            *error = QStringLiteral("unexpected banner: %1").arg(QString::fromUtf8(banner));
            stop();
            return false;
        }
    }
    *error = QStringLiteral("eipdesk-sandbox printed no banner within %1 ms").arg(timeoutMs);
    stop();
    return false;
}

bool SandboxProcess::parseBanner(const QByteArray& text) {
    static const QRegularExpression regionLine(QStringLiteral("^Region (\\S+): (\\S+)$"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        auto value = [&line](const char* key) { return line.mid(int(qstrlen(key))).trimmed(); };
        if (line.startsWith(QLatin1String("Endpoint:"))) {
            m_endpoint = QUrl(value("Endpoint:"));
        } else if (line.startsWith(QLatin1String("SecretId:"))) {
            m_secretId = value("SecretId:");
        } else if (line.startsWith(QLatin1String("SecretKey:"))) {
            m_secretKey = value("SecretKey:");
        } else if (line.startsWith(QLatin1String("Addresses:"))) {
            m_addressCount = value("Addresses:").section(QLatin1Char(' '), 0, 0).toInt();
        } else if (const auto m = regionLine.match(line); m.hasMatch()) {
            m_regions << m.captured(1);
            m_regionEndpoints.insert(m.captured(1), QUrl(m.captured(2)));
        }
    }
    return m_endpoint.isValid() && !m_secretId.isEmpty() && !m_secretKey.isEmpty() &&
           !m_regions.isEmpty();
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

void SandboxProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace eipdesk::bench
