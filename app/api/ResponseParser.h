// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace eipdesk {

// Reads the API 3.0 envelope {"Response": {...}} and turns everything else into a clear error.
class ResponseParser {
public:
    struct Parsed {
        QJsonObject response; // without Error
        QString requestId;
        ApiError error;
    };
    // The body of an HTTP 200 reply.
    static Parsed parse(const QByteArray& body);
    // The body of a reply with another status: always an HttpStatus error, with the server's
    // code and RequestId in the message when the body happens to be an envelope.
    static Parsed parseHttpError(int status, const QByteArray& body);
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid when unreadable.
    static QDateTime parseHttpDate(const QByteArray& value);
};

} // namespace eipdesk
