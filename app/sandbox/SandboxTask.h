// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QList>
#include <QString>

namespace eipdesk::sandbox {

// An asynchronous operation (DescribeTaskResult). NAT unbinds have no public TaskId but run
// through the same machinery.
struct SandboxTask {
    enum class Kind { Unbind, Bind, NatUnbind };
    enum class Result { Running, Success, Failed };
    quint64 id = 0;
    Kind kind = Kind::Unbind;
    Result result = Result::Running;
    QString region;
    QList<Address> before; // snapshots restored when the task fails
    QList<Address> after;  // the bound state a Bind task applies
    qint64 finishAtMs = 0;
    bool fail = false;
    bool neverFinish = false;
};

} // namespace eipdesk::sandbox
