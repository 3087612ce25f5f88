// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per module, for support: off by default (only warnings), enabled with
// `eipdesk --verbose` / `eipdesk-sandbox --verbose` or QT_LOGGING_RULES, e.g.
//   QT_LOGGING_RULES='eipdesk.api.debug=true' eipdesk --smoke
// Requests are logged by action, region, RequestId and outcome. Never log a signature, a
// SecretKey, a token, an Authorization header or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcApi)         // eipdesk.api: client requests and replies
Q_DECLARE_LOGGING_CATEGORY(lcOps)         // eipdesk.ops: unbind operations, tasks, journal
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // eipdesk.credentials: keychain jobs, profiles
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)     // eipdesk.sandbox: requests the emulator answered

namespace eipdesk {

// Turns on debug output of every eipdesk.* category (--verbose). QT_LOGGING_RULES still
// applies on top.
void enableVerboseLogging();

// Removes every "--verbose" from argv (so the option works with any command) and returns
// whether there was one.
bool takeVerboseArgument(int* argc, char* argv[]);

} // namespace eipdesk
