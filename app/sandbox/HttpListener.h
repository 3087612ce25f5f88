// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

class QTcpServer;

namespace eipdesk::sandbox {

// A listening socket that turns accepted connections into HttpConnections.
class HttpListener : public QObject {
    Q_OBJECT
public:
    // Connections and bodies are limited by the budget, shared with the sandbox's other
    // listeners.
    HttpListener(HttpConnection::Handler handler, HttpConnection::DateProvider date,
                 std::shared_ptr<ConnectionBudget> budget, QObject* parent = nullptr);
    ~HttpListener() override;

    bool listen(const QHostAddress& address, quint16 port, QString* errorMessage);
    quint16 port() const;
    bool isListening() const;
    // Stops listening and closes every open connection.
    void close();
    int connectionCount() const { return int(m_connections.size()); }

private:
    void onNewConnection();

    QTcpServer* m_server;
    HttpConnection::Handler m_handler;
    HttpConnection::DateProvider m_date;
    std::shared_ptr<ConnectionBudget> m_budget;
    QSet<HttpConnection*> m_connections;
};

} // namespace eipdesk::sandbox
