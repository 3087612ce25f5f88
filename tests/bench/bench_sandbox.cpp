// SPDX-License-Identifier: GPL-3.0-or-later
// Sandbox figures: DescribeAddresses (Limit 100) latency from a 100,000-EIP world, signed
// requests per second on loopback, resident memory at 100,000 EIPs (of a real eipdesk-sandbox
// process, and in-process). The server runs on its own thread, the client
// (QNetworkAccessManager) on the main thread.
#include "BenchRegistry.h"
#include "SandboxTestClient.h"
#include "sandbox/ApiDispatcher.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

using eipdesk::bench::report;

double vmRssMb(const QString& pid = QStringLiteral("self")) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Sends `total` copies of a prepared request with at most `parallel` in flight.
int sendMany(QNetworkAccessManager& nam, const QUrl& url, const SandboxTestClient::Prepared& p,
             int total, int parallel, std::vector<double>* latenciesMs) {
    int started = 0, finished = 0, failed = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (started < total && started - finished < parallel) {
            ++started;
            QUrl u = url;
            if (!p.query.isEmpty())
                u.setQuery(QString::fromLatin1(p.query));
            QNetworkRequest request(u);
            for (const auto& h : p.headers)
                if (h.first != "Host")
                    request.setRawHeader(h.first, h.second);
            auto* timer = new QElapsedTimer;
            timer->start();
            QNetworkReply* reply = nam.sendCustomRequest(request, p.verb, p.body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
                if (latenciesMs)
                    latenciesMs->push_back(double(timer->nsecsElapsed()) / 1e6);
                delete timer;
                const QByteArray body = reply->readAll();
                if (reply->error() != QNetworkReply::NoError || body.contains("\"Error\""))
                    ++failed;
                reply->deleteLater();
                ++finished;
                if (finished == total)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    launch();
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    if (total > 0)
        loop.exec();
    return failed;
}

// Keeps `parallel` keep-alive connections busy with the same prepared request, counting
// complete responses; a light client so that the figure is the server's.
double rawRequestsPerSecond(quint16 port, const SandboxTestClient::Prepared& p, int total,
                            int parallel, int* failed, std::vector<double>* latenciesMs = nullptr) {
    QByteArray request = p.verb + " /" + (p.query.isEmpty() ? QByteArray() : "?" + p.query) +
                         " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto& h : p.headers)
        if (h.first != "Host")
            request += h.first + ": " + h.second + "\r\n";
    request += "Content-Length: " + QByteArray::number(p.body.size()) + "\r\n\r\n" + p.body;
    int sent = 0, done = 0;
    *failed = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(static_cast<size_t>(parallel));
    QElapsedTimer t;
    t.start();
    qint64 lastSend = 0; // for latencies (meaningful with parallel == 1)
    for (int i = 0; i < parallel; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket* s = sockets.back().get();
        QByteArray* buffer = &buffers[size_t(i)];
        QObject::connect(s, &QTcpSocket::connected, s, [&, s] {
            if (sent < total) {
                ++sent;
                lastSend = t.nsecsElapsed();
                s->write(request);
            }
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s, buffer] {
            buffer->append(s->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype cl = buffer->indexOf("Content-Length: ");
                const qsizetype length =
                    buffer->mid(cl + 16, buffer->indexOf("\r\n", cl) - cl - 16).toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                if (!buffer->startsWith("HTTP/1.1 200") ||
                    buffer->mid(end + 4, length).contains("\"Error\""))
                    ++*failed;
                buffer->remove(0, end + 4 + length);
                if (latenciesMs)
                    latenciesMs->push_back(double(t.nsecsElapsed() - lastSend) / 1e6);
                if (++done == total) {
                    loop.quit();
                    return;
                }
                if (sent < total) {
                    ++sent;
                    lastSend = t.nsecsElapsed();
                    s->write(request);
                }
            }
        });
        s->connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    const double rps = done / (double(t.nsecsElapsed()) / 1e9);
    for (auto& s : sockets)
        s->disconnect();
    return rps;
}

// The resident memory of an eipdesk-sandbox process (the program as users start it) after a
// few DescribeAddresses pages of 100 EIPs.
void outOfProcessMemory(int addresses) {
    eipdesk::test::SandboxProcess process;
    QString error;
    if (!process.start(QStringLiteral(EIPDESK_BINARY_DIR "/bin/eipdesk-sandbox"),
                       {QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--addresses"), QString::number(addresses)},
                       &error)) {
        std::printf("eipdesk-sandbox did not start: %s\n", qPrintable(error));
        report(QStringLiteral("sandbox.rss_%1_eips_out_of_process").arg(addresses), -1,
               QStringLiteral("MiB"), QStringLiteral("<= 60 MB"), false);
        return;
    }
    SandboxTestClient client(QUrl(process.endpoint()), process.secretId(), process.secretKey());
    int failed = 0;
    for (const char* region : {"ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-singapore"}) {
        client.setRegion(QLatin1String(region));
        const auto reply =
            client.call(QStringLiteral("DescribeAddresses"),
                        {{QStringLiteral("Offset"), 10}, {QStringLiteral("Limit"), 100}});
        failed += reply.status == 200 && reply.errorCode().isEmpty() ? 0 : 1;
    }
    const double mib = vmRssMb(QString::number(process.processId()));
    // The goal is in MB (10^6 bytes); the figure in MiB like every other memory figure.
    report(QStringLiteral("sandbox.rss_%1_eips_out_of_process").arg(addresses), mib,
           QStringLiteral("MiB"), QStringLiteral("<= 60 MB"),
           mib > 0 && mib * 1.048576 <= 60 && failed == 0);
}

void benchSandbox(const eipdesk::bench::Options& o) {
    const int addresses = o.smoke ? 2000 : 100000;
    outOfProcessMemory(addresses);
    const double rssBefore = vmRssMb();

    QThread thread;
    thread.start();
    auto* server = new eipdesk::sandbox::SandboxServer;
    server->moveToThread(&thread);
    eipdesk::sandbox::SandboxConfig config;
    config.addresses = addresses;
    config.regions = 20;
    config.enforceRateLimits = false;
    config.perRegionPorts = false;
    bool started = false;
    QElapsedTimer gen;
    gen.start();
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(config); }, Qt::BlockingQueuedConnection);
    const double genMs = double(gen.elapsed());
    if (!started) {
        std::printf("sandbox did not start\n");
        return;
    }
    const double rssAfter = vmRssMb();
    report(QStringLiteral("sandbox.world_generation_%1").arg(addresses), genMs,
           QStringLiteral("ms"), QStringLiteral("informational"), true);
    report(QStringLiteral("sandbox.rss_%1_eips").arg(addresses), rssAfter, QStringLiteral("MB"),
           QStringLiteral("< 200 MB"), rssAfter < 200);
    report(QStringLiteral("sandbox.rss_world_delta"), rssAfter - rssBefore, QStringLiteral("MB"),
           QStringLiteral("informational"), true);

    SandboxTestClient client(server->endpoint(), server->secretId(), server->secretKey());
    QNetworkAccessManager nam;
    const QUrl url = server->endpoint();

    // DescribeAddresses Limit 100 (ap-guangzhou holds addresses/20), one at a time.
    const auto page = client.prepare(
        QStringLiteral("DescribeAddresses"),
        {{QStringLiteral("Offset"), 1000 % (addresses / 20)}, {QStringLiteral("Limit"), 100}});
    std::vector<double> latencies;
    int failed = 0;
    rawRequestsPerSecond(quint16(url.port()), page, o.smoke ? 30 : 300, 1, &failed, &latencies);
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies[latencies.size() / 2];
    const double p95 = latencies[size_t(double(latencies.size()) * 0.95)];
    report(QStringLiteral("sandbox.describe_addresses_limit100_median"), median,
           QStringLiteral("ms"), QStringLiteral("< 5 ms"), median < 5 && failed == 0);
    report(QStringLiteral("sandbox.describe_addresses_limit100_p95"), p95, QStringLiteral("ms"),
           QStringLiteral("< 5 ms"), p95 < 5 && failed == 0);

    // The same request handled inside the server thread (decode, signature, filter, JSON): the
    // server's own share of the latency, without the client or the scheduler.
    std::vector<double> serverSide;
    QMetaObject::invokeMethod(
        server,
        [&] {
            eipdesk::sandbox::ApiDispatcher dispatcher(server->world(), server->faults(),
                                                       server->accounts(), server->rateLimiter());
            eipdesk::sandbox::HttpRequest request;
            request.method = page.verb;
            request.target = "/";
            request.path = "/";
            request.headers = page.headers;
            request.body = page.body;
            for (int i = 0; i < (o.smoke ? 30 : 300); ++i) {
                QElapsedTimer one;
                one.start();
                const auto response = dispatcher.handle(request, QString());
                serverSide.push_back(double(one.nsecsElapsed()) / 1e6);
                if (response.body.contains("\"Error\""))
                    ++failed;
            }
        },
        Qt::BlockingQueuedConnection);
    std::sort(serverSide.begin(), serverSide.end());
    report(QStringLiteral("sandbox.describe_addresses_limit100_server_median"),
           serverSide[serverSide.size() / 2], QStringLiteral("ms"), QStringLiteral("< 5 ms"),
           serverSide[serverSide.size() / 2] < 5);
    const double serverP95 = serverSide[size_t(double(serverSide.size()) * 0.95)];
    report(QStringLiteral("sandbox.describe_addresses_limit100_server_p95"), serverP95,
           QStringLiteral("ms"), QStringLiteral("< 5 ms"), serverP95 < 5 && failed == 0);

    // Signed requests per second: each one is signature-checked by the server.
    const auto small =
        client.prepare(QStringLiteral("DescribeAddresses"), {{QStringLiteral("Limit"), 1}});
    const int total = o.smoke ? 300 : 10000;
    int failedMany = 0;
    const double rps = rawRequestsPerSecond(quint16(url.port()), small, total, 6, &failedMany);
    report(QStringLiteral("sandbox.signed_requests_per_second"), rps, QStringLiteral("req/s"),
           QStringLiteral(">= 2000 req/s"), rps >= 2000 && failedMany == 0);
    // The same through QNetworkAccessManager (client cost included), for comparison.
    QElapsedTimer t;
    t.start();
    const int namTotal = o.smoke ? 100 : 2000;
    const int failedNam = sendMany(nam, url, small, namTotal, 6, nullptr);
    report(QStringLiteral("sandbox.signed_requests_per_second_via_qnam"),
           namTotal / (double(t.nsecsElapsed()) / 1e9), QStringLiteral("req/s"),
           QStringLiteral("informational"), failedNam == 0);

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

} // namespace

EIPDESK_BENCH("sandbox", benchSandbox);
