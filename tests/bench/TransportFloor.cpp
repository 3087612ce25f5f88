// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransportFloor.h"

#include "BenchSupport.h"

#include "api/AddressPage.h"
#include "api/AddressPageReader.h"
#include "api/RequestBuilder.h"
#include "api/VpcApi.h"
#include "support/SandboxProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace eipdesk::bench {

namespace {

constexpr int PageSize = 100; // the loader's pages: DescribeAddresses' largest Limit

// One page's request as the loader asks for it (VpcApi::addressesPageRequest), sent where
// the client sends it (EndpointConfig::resolve) and signed as ApiClient signs it.
QNetworkReply* sendPage(QNetworkAccessManager* network, const SandboxProcess& sandbox,
                        const QString& language, const QString& region, int page) {
    const ApiRequest request =
        VpcApi::addressesPageRequest(region, AddressQuery{}, page * PageSize, PageSize);
    const RequestBuilder::Built built =
        RequestBuilder::build(request, sandbox.endpoints().resolve(request.service, request.region),
                              {sandbox.secretId(), sandbox.secretKey(), {}},
                              SignatureMethod::Tc3HmacSha256, QDateTime::currentSecsSinceEpoch(),
                              language, QRandomGenerator::global()->bounded(1u, 2147483647u));
    return network->post(built.request, built.body);
}

// The bytes of a response's status line and header block as the sandbox writes them
// ("HTTP/1.1 200 OK", then "Name: value" lines, each ended by CRLF, then an empty line): what Qt
// reads one byte per read() call on a plain-HTTP connection.
qint64 headerBlockBytes(const QNetworkReply* reply) {
    const QByteArray status =
        "HTTP/1.1 " +
        QByteArray::number(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()) +
        ' ' + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    qint64 bytes = status.size() + 2;
    for (const QNetworkReply::RawHeaderPair& header : reply->rawHeaderPairs())
        bytes += header.first.size() + 2 + header.second.size() + 2;
    return bytes + 2;
}

} // namespace

double TransportFloorResult::oneRoundMs() const {
    return medianOf(oneRoundRunsMs);
}

double TransportFloorResult::twoRoundsMs() const {
    return medianOf(twoRoundsRunsMs);
}

TransportFloor::TransportFloor(const SandboxProcess& sandbox, const QString& language)
    : m_sandbox(sandbox)
    , m_language(language) {}

bool TransportFloor::discover(int timeoutMs, QString* error) {
    m_pages.clear();
    QNetworkAccessManager network;
    QEventLoop loop;
    int pending = 0;
    for (const QString& region : m_sandbox.regions()) {
        QNetworkReply* reply = sendPage(&network, m_sandbox, m_language, region, 0);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, region] {
            reply->deleteLater();
            AddressPage page;
            if (reply->error() != QNetworkReply::NoError ||
                !AddressPageReader::read(reply->readAll(), region, &page))
                *error = QStringLiteral("%1: no page (%2)").arg(region, reply->errorString());
            else
                m_pages.insert(region,
                               int(qMax<qint64>(1, (page.totalCount + PageSize - 1) / PageSize)));
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    if (pending > 0 && error->isEmpty())
        *error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    if (!error->isEmpty())
        m_pages.clear(); // all regions or none: the next run reads them again
    return error->isEmpty();
}

TransportFloor::Load TransportFloor::load(bool twoRounds, int managers, int timeoutMs) {
    Load result;
    // Fresh connections, as a new process has; each region on one manager.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int i = 0; i < managers; ++i)
        networks.push_back(std::make_unique<QNetworkAccessManager>());
    QHash<QString, QNetworkAccessManager*> networkOf;
    for (const QString& region : m_sandbox.regions())
        networkOf.insert(region, networks[size_t(networkOf.size()) % networks.size()].get());
    QEventLoop loop;
    int pending = 0;
    QElapsedTimer timer;
    std::function<void(const QString&, int)> send = [&](const QString& region, int page) {
        QNetworkReply* reply =
            sendPage(networkOf.value(region), m_sandbox, m_language, region, page);
        ++pending;
        ++result.requests;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, region, page] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            result.bytes += body.size();
            result.headerBytes += headerBlockBytes(reply);
            if (reply->error() != QNetworkReply::NoError || body.isEmpty())
                result.error = QStringLiteral("%1 page %2: %3")
                                   .arg(region)
                                   .arg(page)
                                   .arg(reply->errorString());
            if (twoRounds && page == 0)
                for (int next = 1; next < m_pages.value(region); ++next)
                    send(region, next);
            if (--pending == 0)
                loop.quit();
        });
    };
    const ProcessUsage before = processUsage();
    timer.start();
    for (const QString& region : m_sandbox.regions())
        for (int page = 0; page < (twoRounds ? 1 : m_pages.value(region)); ++page)
            send(region, page);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = processUsage().cpuMs - before.cpuMs;
    if (pending > 0 && result.error.isEmpty())
        result.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    result.ok = result.error.isEmpty();
    return result;
}

TransportFloorResult TransportFloor::run(int runs, int managers, int timeoutMs) {
    TransportFloorResult result;
    managers = qMax(1, managers);
    if (m_pages.isEmpty()) {
        settleRateWindows();
        if (!discover(timeoutMs, &result.error))
            return result;
    }
    QList<double> cpu;
    for (const bool twoRounds : {false, true}) {
        for (int i = 0; i <= runs; ++i) { // the first is a warm-up
            settleRateWindows();
            const Load l = load(twoRounds, managers, timeoutMs);
            if (!l.ok) {
                result.error = l.error;
                return result;
            }
            if (i == 0)
                continue;
            (twoRounds ? result.twoRoundsRunsMs : result.oneRoundRunsMs) << l.ms;
            if (!twoRounds)
                cpu << l.cpuMs;
            result.requests = l.requests;
            result.bytes = l.bytes;
            result.headerBytes = l.headerBytes;
        }
    }
    result.cpuMs = medianOf(cpu);
    result.ok = true;
    return result;
}

} // namespace eipdesk::bench
