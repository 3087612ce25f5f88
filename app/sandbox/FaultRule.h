// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::sandbox {

// One injected fault: for requests of `action` ("*" for all) in `region` (empty for all), with
// probability `rate`, at most `count` times (-1: unlimited).
struct FaultRule {
    enum class Kind {
        Error,     // a business error envelope with `code` (HTTP 200)
        Http5xx,   // HTTP `status` with an error envelope
        Malformed, // HTTP 200 with a body that is not JSON
        Truncated, // the body is cut in the middle and the connection closed
        Drop,      // the connection is closed without a response
    };
    QString action = QStringLiteral("*");
    QString region;
    Kind kind = Kind::Error;
    QString code = QStringLiteral("InternalError");
    int status = 503;
    double rate = 1.0;
    int count = -1;
};

} // namespace eipdesk::sandbox
