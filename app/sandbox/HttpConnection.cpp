// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpConnection.h"

#include <QTcpSocket>

#include <algorithm>

namespace eipdesk::sandbox {

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler, DateProvider date,
                               std::shared_ptr<ConnectionBudget> budget, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_date(std::move(date))
    , m_budget(std::move(budget)) {
    m_socket->setParent(this);
    // Qt stops reading from the kernel when this much is buffered: TCP pushes back instead
    // of memory growing between two readyRead signals.
    m_socket->setReadBufferSize(MaxHeaderBytes * 4);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_budget->limits().requestTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    m_deadline.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() {
    releaseBody();
    if (!m_finished)
        m_budget->releaseConnection();
}

void HttpConnection::onReadyRead() {
    if (m_state == State::Closing)
        return;
    m_buffer.append(m_socket->readAll());
    // Never restart the deadline here: a byte every few seconds must not hold the connection.
    // What may be buffered is bounded in every state: a head, the announced body (reserved
    // from the shared budget) and the head of one pipelined request.
    const qsizetype allowed =
        MaxHeaderBytes + (m_state == State::Body ? m_contentLength : qsizetype(0));
    if (m_state != State::Head && m_buffer.size() > allowed) {
        abortConnection();
        return;
    }
    processBuffer();
}

void HttpConnection::onDeadline() {
    if (m_state == State::Handling || m_state == State::Closing)
        return;
    if (m_buffer.isEmpty() && m_state == State::Head) {
        abortConnection(); // an idle keep-alive connection: close quietly
        return;
    }
    failAndClose(408, "The request did not arrive in time");
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
        m_deadline.stop(); // a response delayed by injected latency is not a slow client
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
    if (!readContentLength())
        return false;
    const QByteArray connection = m_request.header("Connection").toLower();
    if (m_request.version == "HTTP/1.0")
        m_keepAlive = connection.contains("keep-alive");
    else
        m_keepAlive = !connection.contains("close");
    return true;
}

// RFC 9112 section 6.3: Content-Length is 1*DIGIT; several Content-Length fields (or one
// field listing several values) that differ make the message invalid.
bool HttpConnection::readContentLength() {
    QByteArray value;
    bool seen = false;
    for (const auto& h : std::as_const(m_request.headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : h.second.split(',')) {
            const QByteArray v = part.trimmed();
            if (seen && v != value) {
                failAndClose(400, "Conflicting Content-Length headers");
                return false;
            }
            seen = true;
            value = v;
        }
    }
    if (!seen)
        return true;
    const bool digits =
        !value.isEmpty() && value.size() <= 18 &&
        std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!digits) {
        failAndClose(400, "Invalid Content-Length");
        return false;
    }
    const qlonglong length = value.toLongLong();
    if (length > MaxBodyBytes) {
        failAndClose(413, "Request body too large");
        return false;
    }
    if (!m_budget->reserveBody(qsizetype(length))) {
        failAndClose(503, "The sandbox is busy receiving other large requests; retry later");
        return false;
    }
    m_reservedBody = qsizetype(length);
    m_contentLength = qsizetype(length);
    return true;
}

void HttpConnection::releaseBody() {
    if (m_reservedBody > 0 && m_budget)
        m_budget->releaseBody(m_reservedBody);
    m_reservedBody = 0;
}

void HttpConnection::respond(HttpResponse response) {
    if (m_state != State::Handling)
        return;
    releaseBody();
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
    m_deadline.start();
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
    m_deadline.stop();
    releaseBody();
    m_budget->releaseConnection();
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
    if (status == 503)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
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
    case 401:
        return "Unauthorized";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
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
