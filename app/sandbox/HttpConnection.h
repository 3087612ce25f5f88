// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ConnectionBudget.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace eipdesk::sandbox {

// One client connection of the emulator's small HTTP/1.1 server: parses requests one at a
// time (keep-alive, Content-Length bodies), hands each to the handler and writes the response
// the handler passes to respond(), possibly later (added latency). Malformed or oversized
// requests get a 4xx and the connection is closed; the server never crashes on bad input.
// Each request must arrive whole within the budget's request timeout, counted from when the
// connection starts waiting for it (a client trickling one byte at a time does not extend it);
// its body is reserved from the budget shared by every connection of the sandbox.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection*, const HttpRequest&)>;
    using DateProvider = std::function<QByteArray()>;

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 10 * 1024 * 1024 + 64 * 1024;

    // The caller has acquired one connection of the budget; the connection releases it.
    HttpConnection(QTcpSocket* socket, Handler handler, DateProvider date,
                   std::shared_ptr<ConnectionBudget> budget, QObject* parent);
    ~HttpConnection() override;

    // Sends the response to the request being handled; then reads the next request.
    void respond(HttpResponse response);
    // Closes the connection at once (no response).
    void abortConnection();

    static QByteArray reasonPhrase(int status);

signals:
    void closed();

private:
    enum class State { Head, Body, Handling, Closing };
    void onReadyRead();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    bool readContentLength();
    void onDeadline();
    void releaseBody();
    void failAndClose(int status, const QByteArray& message);
    void writeResponse(const HttpResponse& response);
    void finish();

    QTcpSocket* m_socket;
    Handler m_handler;
    DateProvider m_date;
    std::shared_ptr<ConnectionBudget> m_budget;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_contentLength = 0;
    qsizetype m_reservedBody = 0; // held in the budget until the response is sent
    bool m_keepAlive = true;
    State m_state = State::Head;
    bool m_finished = false;
    QTimer m_deadline; // the current request must have arrived by then
};

} // namespace eipdesk::sandbox
