// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawExchange.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

RawResult rawExchange(quint16 port, const QByteArray& bytes, int timeoutMs) {
    RawResult result;
    QEventLoop loop;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::connected, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { result.data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] {
        result.closed = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    loop.exec();
    result.data += socket.readAll();
    socket.disconnect(); // the lambdas must not run while the socket is destroyed
    return result;
}
