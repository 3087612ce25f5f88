// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

namespace eipdesk::test {

// Runs one store job and waits for its callback (generous timeout: shared slow machines).
template <typename Start> CredentialStore::Result waitForJob(Start start, int timeoutMs = 60000) {
    bool done = false;
    CredentialStore::Result result;
    start([&](const CredentialStore::Result& r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, timeoutMs);
    if (!done) {
        result.error = CredentialStore::Error::Other;
        result.detail = QStringLiteral("test: callback never ran");
    }
    return result;
}

inline bool insideHeadlessKeyring() {
    return qEnvironmentVariableIsSet("EIPDESK_KEYRING_PASSWORD") &&
           qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace eipdesk::test
