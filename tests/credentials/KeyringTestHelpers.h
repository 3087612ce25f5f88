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

inline bool runningInCi() {
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace eipdesk::test

// For a test (or initTestCase) that needs the real keyring of tests/run-headless.sh. Outside it
// the test is skipped, which CTest reports as "Skipped" and run-headless.sh lists loudly; with
// CI=true it fails instead, so a CI run can never pass without having run it.
#define EIPDESK_REQUIRE_KEYRING()                                                                  \
    do {                                                                                           \
        if (!eipdesk::test::insideHeadlessKeyring()) {                                             \
            if (eipdesk::test::runningInCi())                                                      \
                QFAIL("CI=true: the private keyring of tests/run-headless.sh is required");        \
            QSKIP("needs the private keyring of tests/run-headless.sh");                           \
        }                                                                                          \
    } while (false)
