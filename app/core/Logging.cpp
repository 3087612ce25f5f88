// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcApi, "eipdesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOps, "eipdesk.ops", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "eipdesk.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "eipdesk.sandbox", QtWarningMsg)

namespace eipdesk {

void enableVerboseLogging() {
    QLoggingCategory::setFilterRules(QStringLiteral("eipdesk.*.debug=true\neipdesk.*.info=true"));
}

bool takeVerboseArgument(int* argc, char* argv[]) {
    bool found = false;
    int out = 1;
    for (int i = 1; i < *argc; ++i) {
        if (std::strcmp(argv[i], "--verbose") == 0) {
            found = true;
            continue;
        }
        argv[out++] = argv[i];
    }
    if (found) {
        argv[out] = nullptr;
        *argc = out;
    }
    return found;
}

} // namespace eipdesk
