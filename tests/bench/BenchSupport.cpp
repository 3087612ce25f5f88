// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

#include <poll.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace eipdesk::bench {

ProcessUsage processUsage() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
    };
    return {ms(usage.ru_utime) + ms(usage.ru_stime), double(usage.ru_minflt)};
}

double medianOf(QList<double> values) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void settleRateWindows() {
    QEventLoop loop;
    QTimer::singleShot(1100, &loop, &QEventLoop::quit);
    loop.exec();
}

double oneByteReadMicros() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return -1;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!client.waitForConnected(5000) || !server.waitForNewConnection(5000))
        return -1;
    const std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    if (!accepted)
        return -1;
    // The raw descriptors: no event loop runs meanwhile, so Qt does not read from them.
    const int in = int(accepted->socketDescriptor());
    const int out = int(client.socketDescriptor());
    constexpr int Chunk = 4096;
    const QByteArray data(Chunk, 'x');
    QList<double> rounds;
    for (int round = 0; round < 10; ++round) {
        if (::write(out, data.constData(), Chunk) != Chunk)
            return -1;
        // Until the whole chunk waits in the receive queue, so every read() below finds a byte.
        int queued = 0;
        for (int waited = 0; queued < Chunk && waited < 100; ++waited) {
            pollfd ready{in, POLLIN, 0};
            ::poll(&ready, 1, 50);
            if (::ioctl(in, FIONREAD, &queued) != 0)
                return -1;
        }
        if (queued < Chunk)
            return -1;
        QElapsedTimer timer;
        timer.start();
        for (int n = 0; n < Chunk; ++n) {
            char byte = 0;
            if (::read(in, &byte, 1) != 1)
                return -1;
        }
        rounds << double(timer.nsecsElapsed()) / 1e3 / Chunk;
    }
    return medianOf(rounds);
}

} // namespace eipdesk::bench
