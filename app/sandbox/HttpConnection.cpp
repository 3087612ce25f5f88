// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpConnection.h"

#include <QTcpSocket>

namespace eipdesk::sandbox {

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler, DateProvider date,
                               QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_date(std::move(date)) {
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::abortConnection);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    m_idle.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead() {
    if (m_state == State::Closing)
        return;
    m_buffer.append(m_socket->readAll());
    m_idle.start();
    // A client that keeps sending while its request is handled cannot grow memory unbounded.
    if (m_buffer.size() > MaxHeaderBytes + MaxBodyBytes) {
        abortConnection();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer() {
    if (m_state == State::Head) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                failAndClose(431, "Request header fields too large");
            return;
        }
        if (end > MaxHeaderBytes) {
            failAndClose(431, "Request header fields too large");
            return;
        }
        if (!parseHead(end))
            return;
        m_buffer.remove(0, end + 4);
        m_state = State::Body;
    }
    if (m_state == State::Body) {
        if (m_buffer.size() < m_contentLength)
            return;
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        m_state = State::Handling;
        m_idle.stop(); // a response delayed by injected latency is not an idle connection
        m_request.localPort = m_socket->localPort();
        m_handler(this, m_request);
    }
}

bool HttpConnection::parseHead(qsizetype headEnd) {
    m_request = HttpRequest{};
    m_contentLength = 0;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty() ||
        !requestLine[2].startsWith("HTTP/1.")) {
        failAndClose(400, "Malformed request line");
        return false;
    }
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    m_request.version = requestLine[2];
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.query = q < 0 ? QByteArray() : m_request.target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' ')) {
            failAndClose(400, "Malformed header line");
            return false;
        }
        m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (m_request.hasHeader("Transfer-Encoding")) {
        failAndClose(411, "Chunked bodies are not supported; send Content-Length");
        return false;
    }
    if (m_request.hasHeader("Content-Length")) {
        bool ok = false;
        const qlonglong length = m_request.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            failAndClose(400, "Invalid Content-Length");
            return false;
        }
        if (length > MaxBodyBytes) {
            failAndClose(413, "Request body too large");
            return false;
        }
        m_contentLength = qsizetype(length);
    }
    const QByteArray connection = m_request.header("Connection").toLower();
    if (m_request.version == "HTTP/1.0")
        m_keepAlive = connection.contains("keep-alive");
    else
        m_keepAlive = !connection.contains("close");
    return true;
}

void HttpConnection::respond(HttpResponse response) {
    if (m_state != State::Handling)
        return;
    if (response.delivery == HttpResponse::Delivery::Drop) {
        abortConnection();
        return;
    }
    if (!m_keepAlive)
        response.closeConnection = true;
    writeResponse(response);
    if (response.closeConnection || response.delivery == HttpResponse::Delivery::Truncated) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Head;
    m_idle.start();
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::abortConnection() {
    m_state = State::Closing;
    m_socket->abort();
    finish();
}

void HttpConnection::finish() {
    m_state = State::Closing;
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    emit closed();
    deleteLater();
}

void HttpConnection::failAndClose(int status, const QByteArray& message) {
    m_state = State::Handling;
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    r.body = message + '\n';
    r.closeConnection = true;
    respond(r);
}

void HttpConnection::writeResponse(const HttpResponse& response) {
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    bool hasDate = false;
    for (const auto& h : response.headers) {
        if (h.first.compare("Date", Qt::CaseInsensitive) == 0)
            hasDate = true;
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasDate && m_date)
        out += "Date: " + m_date() + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += response.closeConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (response.delivery == HttpResponse::Delivery::Truncated)
        out += response.body.left(response.body.size() / 2);
    else
        out += response.body;
    m_socket->write(out);
}

QByteArray HttpConnection::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace eipdesk::sandbox
