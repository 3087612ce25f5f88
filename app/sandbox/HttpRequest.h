// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace eipdesk::sandbox {

// One parsed HTTP/1.1 request as received on a socket. Header names keep their sent casing;
// header() looks them up case-insensitively.
struct HttpRequest {
    QByteArray method;
    QByteArray target;  // the raw request target, e.g. "/?Action=..."
    QByteArray path;    // the target before '?'
    QByteArray query;   // the raw query string after '?', still percent-encoded
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    quint16 localPort = 0;

    // The first header with this name (case-insensitive), trimmed; empty when absent.
    QByteArray header(const QByteArray& name) const {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second.trimmed();
        return {};
    }
    bool hasHeader(const QByteArray& name) const {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

} // namespace eipdesk::sandbox
