// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct RawResult {
    QByteArray data;
    bool closed = false;
};

// Sends raw bytes on a fresh loopback connection and collects the answer until the server
// closes the connection or the timeout passes. The server runs in the caller's thread, so this
// spins an event loop instead of blocking.
RawResult rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000);
