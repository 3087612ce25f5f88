// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpListener.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace eipdesk::sandbox {

HttpListener::HttpListener(HttpConnection::Handler handler, HttpConnection::DateProvider date,
                           std::shared_ptr<ConnectionBudget> budget, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
    , m_date(std::move(date))
    , m_budget(std::move(budget)) {
    m_server->setMaxPendingConnections(256);
    connect(m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
}

HttpListener::~HttpListener() {
    close();
}

bool HttpListener::listen(const QHostAddress& address, quint16 port, QString* errorMessage) {
    if (!m_server->listen(address, port)) {
        if (errorMessage)
            *errorMessage = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpListener::port() const {
    return m_server->serverPort();
}

bool HttpListener::isListening() const {
    return m_server->isListening();
}

void HttpListener::close() {
    m_server->close();
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection* c : connections) {
        disconnect(c, nullptr, this, nullptr);
        c->abortConnection();
    }
}

void HttpListener::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (!m_budget->acquireConnection()) {
            // A flood of connections: refuse the newest instead of running out of descriptors.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new HttpConnection(socket, m_handler, m_date, m_budget, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::closed, this,
                [this, connection] { m_connections.remove(connection); });
    }
}

} // namespace eipdesk::sandbox
