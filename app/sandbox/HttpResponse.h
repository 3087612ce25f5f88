// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace eipdesk::sandbox {

// What to send back. Delivery other than Normal comes from fault injection.
struct HttpResponse {
    enum class Delivery {
        Normal,
        Truncated, // full Content-Length announced, half the body sent, connection closed
        Drop,      // the connection is closed without any response
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Date, Content-Length, Connection are added
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    bool closeConnection = false;

    static HttpResponse json(const QByteArray& body, int status = 200) {
        HttpResponse r;
        r.status = status;
        r.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = body;
        return r;
    }
};

} // namespace eipdesk::sandbox
