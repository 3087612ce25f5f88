// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::sandbox {

// A business error as the API reports it in Response.Error (spec §1.4). An empty code means
// "no error".
struct ActionError {
    QString code;
    QString message;

    bool isError() const { return !code.isEmpty(); }
    static ActionError none() { return {}; }
    static ActionError make(const char* code, const QString& message) {
        return {QString::fromLatin1(code), message};
    }
};

} // namespace eipdesk::sandbox
