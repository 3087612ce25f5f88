// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <functional>

namespace eipdesk {
class Clock;
}

namespace eipdesk::test {

// A tiny HTTP/1.1 responder on 127.0.0.1 (port 0) for client tests: it records every request
// and answers with whatever the test scripted (status, headers, body, delay, dropped
// connection, truncated or huge bodies). Every reply closes the connection.
class ScriptedHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers; // sent casing, sent order
        QByteArray body;
        qint64 receivedAtMonotonic = 0; // from the clock given to setClock(), else 0
        QByteArray header(const QByteArray& name) const; // case-insensitive, first match
        int headerCount(const QByteArray& name) const;
    };

    struct Reply {
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added unless omitted
        QByteArray body;
        int delayMs = 0;   // wait before answering
        bool drop = false; // close the connection without any answer
        bool omitContentLength = false;
        qint64 claimedLength = -1; // Content-Length to announce (truncation when > body size)
        qint64 fillBytes = 0;      // stream this many filler bytes after body (huge bodies)
        QByteArray raw;            // if set, sent verbatim instead of an HTTP reply

        static Reply json(const QByteArray& body, int status = 200);
    };

    using Handler = std::function<Reply(const Request& request, int index)>;

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>/

    void setHandler(Handler handler);
    void enqueue(const Reply& reply); // used before the handler, in order
    void setClock(const Clock* clock);

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    void clear() { m_requests.clear(); }

signals:
    void requestReceived(int index);

private:
    class Connection;
    void onNewConnection();
    void dispatch(class QTcpSocket* socket, const Request& request);
    void sendReply(class QTcpSocket* socket, const Reply& reply);

    QTcpServer m_server;
    Handler m_handler;
    QList<Reply> m_queue;
    QList<Request> m_requests;
    const Clock* m_clock = nullptr;
};

} // namespace eipdesk::test
Q_DECLARE_METATYPE(eipdesk::test::ScriptedHttpServer::Reply)
