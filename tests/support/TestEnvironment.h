// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::test {

// Points QSettings and QStandardPaths at a fresh temporary directory for this test process so
// tests never read or write the user's real settings or data. Call from initTestCase().
void isolateUserDirectories();

// Path of a file under tests/data.
QString dataFile(const QString& name);

} // namespace eipdesk::test
