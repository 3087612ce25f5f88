// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::sandbox {

// A CVM instance of the emulated world.
struct SandboxInstance {
    QString id;
    QString state = QStringLiteral("RUNNING"); // RUNNING, STOPPED, TERMINATING, ...
    QString primaryEniId; // may name an ENI that does not exist (FailedOperation.MasterEniNotFound)
};

} // namespace eipdesk::sandbox
