// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ScriptedHttpServer.h"

#include "core/Clock.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace eipdesk::test {

QByteArray ScriptedHttpServer::Request::header(const QByteArray& name) const {
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

int ScriptedHttpServer::Request::headerCount(const QByteArray& name) const {
    int n = 0;
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    return n;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(const QByteArray& body, int status) {
    Reply r;
    r.status = status;
    r.reason = status == 200 ? QByteArray("OK") : QByteArray("Error");
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = body;
    return r;
}

ScriptedHttpServer::ScriptedHttpServer(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const {
    return m_server.serverPort();
}

QUrl ScriptedHttpServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

void ScriptedHttpServer::setHandler(Handler handler) {
    m_handler = std::move(handler);
}

void ScriptedHttpServer::enqueue(const Reply& reply) {
    m_queue.append(reply);
}

void ScriptedHttpServer::setClock(const Clock* clock) {
    m_clock = clock;
}

void ScriptedHttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, done] {
            if (*done)
                return;
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request req;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            req.method = requestLine.value(0);
            req.target = requestLine.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i);
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                req.headers.append(qMakePair(name, value));
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer->size() - end - 4 < length)
                return; // wait for the rest of the body
            req.body = buffer->mid(end + 4, length);
            *done = true;
            dispatch(socket, req);
        });
    }
}

void ScriptedHttpServer::dispatch(QTcpSocket* socket, const Request& incoming) {
    Request req = incoming;
    if (m_clock)
        req.receivedAtMonotonic = m_clock->monotonicMSecs();
    const int index = static_cast<int>(m_requests.size());
    m_requests.append(req);
    Reply reply;
    if (!m_queue.isEmpty())
        reply = m_queue.takeFirst();
    else if (m_handler)
        reply = m_handler(req, index);
    else
        reply = Reply::json(R"({"Response":{"RequestId":"req-default"}})");
    emit requestReceived(index);

    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, reply] {
        if (guard)
            sendReply(guard, reply);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, send);
    else
        send();
}

void ScriptedHttpServer::sendReply(QTcpSocket* socket, const Reply& reply) {
    if (reply.drop) {
        socket->abort();
        return;
    }
    if (!reply.raw.isEmpty()) {
        socket->write(reply.raw);
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto& h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!reply.omitContentLength) {
        const qint64 length =
            reply.claimedLength >= 0 ? reply.claimedLength : reply.body.size() + reply.fillBytes;
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(reply.body);
    if (reply.fillBytes <= 0) {
        socket->disconnectFromHost();
        return;
    }
    // Stream the filler in chunks, only as fast as the peer reads, until it gives up.
    auto left = std::make_shared<qint64>(reply.fillBytes);
    auto pump = [socket, left] {
        const QByteArray chunk(64 * 1024, 'x');
        while (*left > 0 && socket->bytesToWrite() < 1024 * 1024) {
            const qint64 n = std::min<qint64>(*left, chunk.size());
            socket->write(chunk.constData(), n);
            *left -= n;
        }
        if (*left <= 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace eipdesk::test
