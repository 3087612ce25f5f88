// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace eipdesk::sandbox {

// What every connection of one sandbox shares, across the main and all the per-region
// listeners: how many connections may be open at once, how many body bytes may be held in
// memory at once (a body is reserved when its Content-Length is read and released when its
// response is sent), and how long one request may take to arrive. Without a shared cap, 1,024
// connections per port each announcing a 10 MB body could pin tens of gigabytes.
// Used on the sandbox's thread only.
class ConnectionBudget {
public:
    struct Limits {
        int maxConnections = 1024;                         // across every listener
        qsizetype maxBodyBytesInFlight = 64 * 1024 * 1024; // sum of reserved bodies
        int requestTimeoutMs = 60000; // from the first byte awaited to the last byte of a request
    };

    ConnectionBudget() = default;
    explicit ConnectionBudget(const Limits& limits)
        : m_limits(limits) {}

    const Limits& limits() const { return m_limits; }
    void setLimits(const Limits& limits) { m_limits = limits; }

    bool acquireConnection() {
        if (m_connections >= m_limits.maxConnections)
            return false;
        ++m_connections;
        return true;
    }
    void releaseConnection() {
        if (m_connections > 0)
            --m_connections;
    }
    // False (nothing reserved) when the body would push the total over the cap.
    bool reserveBody(qsizetype bytes) {
        if (bytes < 0 || bytes > m_limits.maxBodyBytesInFlight - m_bodyBytes)
            return false;
        m_bodyBytes += bytes;
        return true;
    }
    void releaseBody(qsizetype bytes) {
        m_bodyBytes = bytes > m_bodyBytes ? 0 : m_bodyBytes - bytes;
    }

    int connections() const { return m_connections; }
    qsizetype bodyBytesInFlight() const { return m_bodyBytes; }

private:
    Limits m_limits;
    int m_connections = 0;
    qsizetype m_bodyBytes = 0;
};

} // namespace eipdesk::sandbox
