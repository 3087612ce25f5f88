// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient's waiting queue (issue 17, item 6): 10,000 and 100,000 calls queued in a client
// whose rate limiter holds them (a manual clock that never moves, one DescribeAddresses per
// window; the one call let through goes to a server that never answers), then all aborted (the
// one in flight too).
// The time per call is the same at both sizes when the queue is linear (the old queue rescanned
// every waiting call on each enqueue: 20,000 calls took 17.5 s).
#include "BenchRegistry.h"

#include "api/ApiClient.h"
#include "core/ManualClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>

#include <algorithm>
#include <vector>

using namespace eipdesk;
using eipdesk::bench::report;

namespace {

struct QueueFigures {
    double enqueueMs = 0;
    double abortMs = 0;
    int sent = 0;
    int canceled = 0;
};

QueueFigures queueAndAbort(int count, const QUrl& endpoint) {
    ManualClock clock;
    QNetworkAccessManager network;
    ApiClient client(&network, &clock);
    client.setCredentials({QStringLiteral("AKIDbenchSecretId000000000000000000"),
                           QStringLiteral("benchSecretKey00000000000000000000"), QString()});
    EndpointConfig config;
    config.customEndpoint = endpoint;
    client.setEndpointConfig(config);
    client.setRateLimitScale(0.05); // DescribeAddresses: 1 per window; the clock never moves
    QueueFigures figures;
    QObject::connect(&client, &ApiClient::requestSent, [&figures] { ++figures.sent; });
    ApiRequest request;
    request.action = QStringLiteral("DescribeAddresses");
    request.region = QStringLiteral("ap-guangzhou");
    std::vector<QPointer<ApiCall>> calls;
    calls.reserve(size_t(count));

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        request.payload.insert(QStringLiteral("Offset"), i);
        ApiCall* call = client.send(request);
        QObject::connect(call, &ApiCall::finished, [&figures](const ApiResponse& r) {
            figures.canceled += r.error.kind == ApiError::Kind::Canceled ? 1 : 0;
        });
        calls.push_back(call);
    }
    figures.enqueueMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    for (auto it = calls.rbegin(); it != calls.rend(); ++it) // the worst order for a list scan
        if (*it)
            (*it)->abort();
    figures.abortMs = double(timer.nsecsElapsed()) / 1e6;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return figures;
}

void benchApiQueue(const eipdesk::bench::Options& o) {
    QTcpServer silent; // accepts connections, never answers
    if (!silent.listen(QHostAddress::LocalHost, 0)) {
        report(QStringLiteral("api.queue"), 0, QStringLiteral("-"),
               QStringLiteral("a loopback port to listen on"), false);
        return;
    }
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
    const std::vector<int> sizes =
        o.smoke ? std::vector<int>{1000, 10000} : std::vector<int>{10000, 100000};
    queueAndAbort(1000, endpoint); // warm-up
    double firstPerCall = 0;
    double lastPerCall = 0;
    for (const int n : sizes) {
        const QueueFigures f = queueAndAbort(n, endpoint);
        const double enqueueUs = f.enqueueMs * 1000.0 / n;
        const double abortUs = f.abortMs * 1000.0 / n;
        const double perCall = enqueueUs + abortUs;
        if (n == sizes.front())
            firstPerCall = perCall;
        lastPerCall = perCall;
        report(QStringLiteral("api.queue_%1_enqueue").arg(n), f.enqueueMs, QStringLiteral("ms"),
               QStringLiteral("< %1 ms (%2 held, %3 sent)").arg(n / 20).arg(n).arg(f.sent),
               f.enqueueMs < n / 20.0 && f.sent == 1);
        report(QStringLiteral("api.queue_%1_enqueue_per_call").arg(n), enqueueUs,
               QStringLiteral("us"), QStringLiteral("< 50 us, flat"), enqueueUs < 50);
        report(QStringLiteral("api.queue_%1_abort").arg(n), f.abortMs, QStringLiteral("ms"),
               QStringLiteral("< %1 ms (%2 canceled)").arg(n / 20).arg(f.canceled),
               f.abortMs < n / 20.0 && f.canceled == n);
        report(QStringLiteral("api.queue_%1_abort_per_call").arg(n), abortUs, QStringLiteral("us"),
               QStringLiteral("< 50 us, flat"), abortUs < 50);
    }
    const double growth = lastPerCall / std::max(firstPerCall, 1e-9);
    report(QStringLiteral("api.queue_linearity"), growth, QStringLiteral("x"),
           QStringLiteral("<= 2 (time per call, enqueue + abort, at %1 over %2; 1 = linear)")
               .arg(sizes.back())
               .arg(sizes.front()),
           growth <= 2.0);
}

} // namespace

EIPDESK_BENCH("api-queue", benchApiQueue);
