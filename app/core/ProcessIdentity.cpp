// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace eipdesk {

QString ProcessIdentity::thisHost() {
    return QSysInfo::machineHostName();
}

ProcessIdentity ProcessIdentity::current(const QString& program) {
    ProcessIdentity me;
    me.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    me.pid = QCoreApplication::applicationPid();
    me.host = thisHost();
    me.program = program;
    me.startMarker = startMarkerOf(me.pid);
    return me;
}

qint64 ProcessIdentity::startMarkerOf(qint64 pid) {
#ifdef Q_OS_LINUX
    // /proc/PID/stat: field 22 is the start time in clock ticks since boot. The command name
    // (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After ')': field 3 (state) is at index 0, so field 22 is at index 19.
    if (fields.size() <= 19)
        return 0;
    bool ok = false;
    const qint64 ticks = fields.at(19).toLongLong(&ok);
    return ok ? ticks : 0;
#else
    Q_UNUSED(pid)
    return 0;
#endif
}

bool ProcessIdentity::isRunning(qint64 pid, qint64 startMarker) {
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    if (startMarker == 0)
        return true;
    const qint64 now = startMarkerOf(pid);
    return now == 0 || now == startMarker;
#endif
}

} // namespace eipdesk
