// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// Who is writing to the shared journal: this process, told apart from every other one (and
// from another journal of the same process) by a random token; with the process ID, the host
// and the process's start time so that another process can tell whether it is still alive.
struct ProcessIdentity {
    QString token;          // random, one per journal opened
    qint64 pid = 0;         // operating-system process ID
    QString host;           // QSysInfo::machineHostName()
    QString program;        // what the user started: "window", "eipdesk unbind", ...
    qint64 startMarker = 0; // the process's start time where the OS tells it (Linux), else 0

    static ProcessIdentity current(const QString& program);
    // Whether process `pid` of this host runs now and, when `startMarker` is not 0, is the same
    // process (a reused process ID is not taken for the owner).
    static bool isRunning(qint64 pid, qint64 startMarker);
    static qint64 startMarkerOf(qint64 pid);
    static QString thisHost();
};

} // namespace eipdesk
