// SPDX-License-Identifier: GPL-3.0-or-later
// InventoryLoader and TransitionWatcher against the in-process sandbox over real HTTP.
#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/SystemClock.h"
#include "inventory/InventoryLoader.h"
#include "inventory/TransitionWatcher.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"
#include "support/ScriptedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace eipdesk;

namespace {
constexpr int Timeout = 30000;

// Every address: the client names every address type, ordinary public IPs included.
int expectedCount(sandbox::SandboxWorld* world, const QString& region) {
    return int(world->region(region)->addresses.size());
}

QSet<QString> typesOf(const QList<Address>& list) {
    QSet<QString> out;
    for (const Address& a : list)
        out.insert(a.addressType);
    return out;
}

// A DescribeAddresses page as Tencent shapes it, for a scripted server.
test::ScriptedHttpServer::Reply addressPage(int totalCount, const QJsonArray& set,
                                            const QString& requestId) {
    const QJsonObject response{{QStringLiteral("TotalCount"), totalCount},
                               {QStringLiteral("AddressSet"), set},
                               {QStringLiteral("RequestId"), requestId}};
    return test::ScriptedHttpServer::Reply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}}).toJson());
}
} // namespace

class TestInventoryLoader : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;

    // A client of a scripted server instead of the sandbox, one attempt per call.
    std::unique_ptr<ApiClient> scriptedClient(const test::ScriptedHttpServer& server) {
        auto client = std::make_unique<ApiClient>(&m_network, &m_clock);
        client->setCredentials({m_sandbox->secretId(), m_sandbox->secretKey(), {}});
        client->setMaxAttempts(1);
        EndpointConfig endpoints;
        endpoints.customEndpoint = server.url();
        client->setEndpointConfig(endpoints);
        return client;
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<LoadProgress>();
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<ApiClient>(&m_network, &m_clock);
        m_client->setCredentials(m_sandbox->credentials());
        m_client->setEndpointConfig(m_sandbox->endpoints());
        m_api = std::make_unique<VpcApi>(m_client.get());
    }
    void cleanup() { m_sandbox->faults()->clear(); }

    // The international site lists only EIP when asked without an address-type filter (intl
    // model: "default value is EIP"); the client names every type, so it still gets them all.
    void internationalSiteListsEveryType() {
        m_sandbox->world()->setInternational(true);
        ApiClient client(&m_network, &m_clock);
        client.setCredentials({m_sandbox->secretId(), m_sandbox->secretKey(), {}});
        EndpointConfig endpoints = m_sandbox->endpoints();
        endpoints.site = Site::International;
        client.setEndpointConfig(endpoints);
        VpcApi api(&client);
        const QString region = m_sandbox->firstRegion();

        // What a client that forgets the filter gets.
        ApiRequest bare;
        bare.service = QStringLiteral("vpc");
        bare.version = QStringLiteral("2017-03-12");
        bare.action = QStringLiteral("DescribeAddresses");
        bare.region = region;
        bare.payload.insert(QStringLiteral("Limit"), 100);
        ApiCall* call = client.send(bare);
        QSignalSpy done(call, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, Timeout);
        const ApiResponse bareAnswer = done.at(0).at(0).value<ApiResponse>();
        QVERIFY(bareAnswer.ok());
        QSet<QString> bareTypes;
        for (const auto& v : bareAnswer.response.value(QLatin1String("AddressSet")).toArray())
            bareTypes.insert(v.toObject().value(QLatin1String("AddressType")).toString());
        QCOMPARE(bareTypes, QSet<QString>{QStringLiteral("EIP")});

        InventoryLoader loader;
        loader.setApi(&api);
        QList<Address> got;
        connect(&loader, &InventoryLoader::regionLoaded, this,
                [&got](const QString&, const QList<Address>& a) { got = a; });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load({region});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        m_sandbox->world()->setInternational(false);
        QCOMPARE(got.size(), expectedCount(m_sandbox->world(), region));
        const QSet<QString> types = typesOf(got);
        for (const char* t :
             {"EIP", "AnycastEIP", "HighQualityEIP", "AntiDDoSEIP", "ResidentialEIP", "WanIP"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }

    void loadsEveryRegion() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        QHash<QString, QList<Address>> got;
        connect(&loader, &InventoryLoader::regionLoaded, this,
                [&got](const QString& r, const QList<Address>& a) { got.insert(r, a); });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        const QStringList regions = m_sandbox->world()->regionIds();
        QVERIFY(regions.size() >= 4);
        loader.load(regions);
        QVERIFY(loader.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(got.size(), regions.size());
        qint64 total = 0;
        for (const QString& r : regions) {
            QCOMPARE(got.value(r).size(), expectedCount(m_sandbox->world(), r));
            QSet<QString> ids;
            for (const Address& a : got.value(r)) {
                QCOMPARE(a.region, r);
                ids.insert(a.addressId);
            }
            QCOMPARE(ids.size(), got.value(r).size()); // no duplicates across pages
            total += got.value(r).size();
        }
        const LoadProgress p = loader.progress();
        QVERIFY(!p.running);
        QCOMPARE(p.regionsDone, int(regions.size()));
        QCOMPARE(p.regionsFailed, 0);
        QCOMPARE(p.addresses, total);
        QVERIFY(loader.errors().isEmpty());
    }

    void loadsOneRegionInSmallPages() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setPageSize(30); // several pages, fetched in parallel after the first
        const QString region = m_sandbox->firstRegion();
        QList<Address> got;
        int loadedSignals = 0;
        connect(&loader, &InventoryLoader::regionLoaded, this,
                [&](const QString&, const QList<Address>& a) {
                    got = a;
                    ++loadedSignals;
                });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load({region});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(loadedSignals, 1);
        const int expected = expectedCount(m_sandbox->world(), region);
        QVERIFY(expected > 30);
        QCOMPARE(got.size(), expected);
        QSet<QString> ids;
        for (const Address& a : got)
            ids.insert(a.addressId);
        QCOMPARE(ids.size(), expected);
    }

    // A load signs one region's pages per pass of the event loop, so that they leave (the
    // network manager starts a request on its next pass) while the next region's are signed,
    // instead of every request waiting for the last to be signed. Every page still goes out.
    void eachRegionsPagesLeaveBeforeTheNextAreSigned() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setPageSize(30);
        const QStringList regions = m_sandbox->world()->regionIds();
        QVERIFY(regions.size() >= 4);
        const auto pagesOf = [](int count) { return qMax(1, (count + 29) / 30); };
        QHash<QString, qint64> expected; // as remembered from last time: every page at once
        int pages = 0;
        for (const QString& r : regions) {
            const int count = expectedCount(m_sandbox->world(), r);
            expected.insert(r, count);
            pages += pagesOf(count);
        }
        const int firstRegionPages = pagesOf(int(expected.value(regions.first())));
        QStringList sentActions;
        QObject scope; // the connection ends with this test, even when a check fails
        connect(m_client.get(), &ApiClient::requestSent, &scope,
                [&](const QString& action) { sentActions << action; });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load(regions, expected);
        QCOMPARE(int(sentActions.size()), firstRegionPages);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(int(sentActions.size()), pages);
        QCOMPARE(loader.progress().regionsDone, int(regions.size()));
        QCOMPARE(loader.progress().regionsFailed, 0);
    }

    // Page-level progress is coalesced: with a long interval, a load in many pages reports
    // only its start and its end; with 0, every page. The end always carries the final count.
    void progressIsCoalesced_data() {
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("coalesced (interval 60 s)") << 60000;
        QTest::newRow("every change (interval 0)") << 0;
    }
    void progressIsCoalesced() {
        QFETCH(int, intervalMs);
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setPageSize(10);
        loader.setProgressIntervalMs(intervalMs);
        const QString region = m_sandbox->firstRegion();
        const int expected = expectedCount(m_sandbox->world(), region);
        QVERIFY(expected > 50);
        QList<LoadProgress> seen;
        connect(&loader, &InventoryLoader::progressChanged, this,
                [&seen](const LoadProgress& p) { seen << p; });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load({region});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.first().running);
        QCOMPARE(seen.first().addresses, qint64(0));
        QVERIFY(!seen.last().running);
        QCOMPARE(seen.last().addresses, qint64(expected));
        QCOMPARE(seen.last().expected, qint64(expected)); // the TotalCount announced
        QCOMPARE(seen.last().regionsDone, 1);
        const int pages = (expected + 9) / 10;
        if (intervalMs > 0)
            QCOMPARE(int(seen.size()), 2);
        else
            QVERIFY2(seen.size() > pages, qPrintable(QString::number(seen.size())));
    }

    // Nothing arrives after finished(): no coalesced progress still due. With an interval of
    // 100 ms the loader has one pending during the load (pages come faster than that); a timer
    // started after finished() with twice the interval fires after anything the loader could
    // have had pending then (timers of the event loop fire in the order they fall due).
    void nothingArrivesAfterFinished() {
        const int intervalMs = 100;
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setPageSize(10);
        loader.setProgressIntervalMs(intervalMs);
        QList<LoadProgress> seen;
        connect(&loader, &InventoryLoader::progressChanged, this,
                [&seen](const LoadProgress& p) { seen << p; });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load({m_sandbox->firstRegion()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        const qsizetype atFinish = seen.size();
        QVERIFY(!seen.last().running);
        QTimer later;
        later.setSingleShot(true);
        QSignalSpy fired(&later, &QTimer::timeout);
        later.start(2 * intervalMs);
        QVERIFY(fired.wait(10000));
        QCOMPARE(seen.size(), atFinish);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!seen.last().running);
    }

    void failingRegionDoesNotSpoilOthers() {
        const QStringList regions = m_sandbox->world()->regionIds();
        const QString bad = regions.at(1);
        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DescribeAddresses");
        rule.region = bad;
        rule.kind = sandbox::FaultRule::Kind::Error;
        rule.code = QStringLiteral("UnauthorizedOperation");
        m_sandbox->faults()->addRule(rule);

        InventoryLoader loader;
        loader.setApi(m_api.get());
        QStringList loaded;
        connect(&loader, &InventoryLoader::regionLoaded, this,
                [&loaded](const QString& r, const QList<Address>&) { loaded << r; });
        QSignalSpy failed(&loader, &InventoryLoader::regionFailed);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load(regions);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), bad);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().code,
                 QStringLiteral("UnauthorizedOperation"));
        QCOMPARE(loaded.size(), regions.size() - 1);
        QVERIFY(!loaded.contains(bad));
        QCOMPARE(loader.progress().regionsFailed, 1);
        QVERIFY(loader.progress().text().contains(QLatin1String("1 failed")));
    }

    // A first page announcing TotalCount 10^7 (with a full page of 100) is a broken reply: the
    // region fails with a malformed-response error and no further page is queued (it queued
    // 99,999). The sandbox never sends such a TotalCount, so a scripted server does.
    void implausibleTotalCountFailsRegionAlone() {
        test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const test::ScriptedHttpServer::Request&, int index) {
            QJsonArray set;
            for (int i = 0; i < 100; ++i)
                set.append(QJsonObject{
                    {QStringLiteral("AddressId"), QStringLiteral("eip-%1").arg(index * 100 + i)},
                    {QStringLiteral("AddressType"), QStringLiteral("EIP")},
                    {QStringLiteral("AddressStatus"), QStringLiteral("UNBIND")}});
            return addressPage(10000000, set, QStringLiteral("page-%1").arg(index));
        });
        const std::unique_ptr<ApiClient> client = scriptedClient(server);
        VpcApi api(client.get());
        InventoryLoader loader;
        loader.setApi(&api);
        QSignalSpy sent(client.get(), &ApiClient::requestSent);
        QSignalSpy failed(&loader, &InventoryLoader::regionFailed);
        QSignalSpy loaded(&loader, &InventoryLoader::regionLoaded);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        const QString region = m_sandbox->firstRegion();
        loader.load({region});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), region);
        const ApiError error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(error.code, QStringLiteral("ClientError.MalformedResponse"));
        QVERIFY2(error.message.contains(QLatin1String("TotalCount 10000000 is not plausible")),
                 qPrintable(error.message));
        QCOMPARE(error.requestId, QStringLiteral("page-0"));
        QCOMPARE(loaded.size(), 0);
        const LoadProgress p = loader.progress();
        QCOMPARE(p.regionsFailed, 1);
        QCOMPARE(p.addresses, qint64(0));
        QCOMPARE(p.expected, qint64(0));
        // Nothing more is sent, then or later: once the client holds no call any more (the
        // first page's call has gone), nothing is left that could send one.
        QTRY_VERIFY_WITH_TIMEOUT(client->findChildren<ApiCall*>().isEmpty(), 10000);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(server.requestCount(), 1);
    }

    // Pages read in parallel overlap when an address is added meanwhile: the last address of
    // one page comes again at the top of the next. The region keeps each address once, the
    // copy from the earlier page, in page order. The sandbox serves a consistent list, so a
    // scripted server plays the shifted pages.
    void overlappingPagesKeepEachAddressOnce() {
        test::ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const test::ScriptedHttpServer::Request& request, int) {
            const int offset = QJsonDocument::fromJson(request.body)
                                   .object()
                                   .value(QStringLiteral("Offset"))
                                   .toInt();
            auto address = [](const QString& id, const QString& name) {
                return QJsonObject{{QStringLiteral("AddressId"), id},
                                   {QStringLiteral("AddressName"), name},
                                   {QStringLiteral("AddressType"), QStringLiteral("EIP")},
                                   {QStringLiteral("AddressStatus"), QStringLiteral("UNBIND")}};
            };
            QJsonArray set;
            if (offset == 0)
                set = {address(QStringLiteral("eip-1"), QStringLiteral("page 0")),
                       address(QStringLiteral("eip-2"), QStringLiteral("page 0"))};
            else if (offset == 2) // one address added before it was read: eip-2 again
                set = {address(QStringLiteral("eip-2"), QStringLiteral("page 1")),
                       address(QStringLiteral("eip-3"), QStringLiteral("page 1"))};
            else
                set = {address(QStringLiteral("eip-4"), QStringLiteral("page 2"))};
            return addressPage(5, set, QStringLiteral("offset-%1").arg(offset));
        });
        const std::unique_ptr<ApiClient> client = scriptedClient(server);
        VpcApi api(client.get());
        InventoryLoader loader;
        loader.setApi(&api);
        loader.setPageSize(2);
        QList<Address> got;
        connect(&loader, &InventoryLoader::regionLoaded, this,
                [&got](const QString&, const QList<Address>& a) { got = a; });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        const QString region = m_sandbox->firstRegion();
        loader.load({region});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(server.requestCount(), 3);
        QStringList ids;
        for (const Address& a : got) {
            ids << a.addressId;
            QCOMPARE(a.region, region);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("eip-1"), QStringLiteral("eip-2"),
                                   QStringLiteral("eip-3"), QStringLiteral("eip-4")}));
        QCOMPARE(got.at(1).addressName, QStringLiteral("page 0"));
        QCOMPARE(loader.progress().regionsFailed, 0);
    }

    void unreachableRegionFails() {
        // One region pointing at a closed port: a transport error for that region only.
        ApiClient client(&m_network, &m_clock);
        client.setCredentials({m_sandbox->secretId(), m_sandbox->secretKey(), {}});
        client.setMaxAttempts(1);
        EndpointConfig endpoints = m_client->endpointConfig();
        const QString dead = m_sandbox->world()->regionIds().at(2);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        endpoints.regionOverrides.insert(
            dead, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        client.setEndpointConfig(endpoints);
        VpcApi api(&client);
        InventoryLoader loader;
        loader.setApi(&api);
        QSignalSpy failed(&loader, &InventoryLoader::regionFailed);
        QSignalSpy loaded(&loader, &InventoryLoader::regionLoaded);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load(m_sandbox->world()->regionIds());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), dead);
        QVERIFY(failed.at(0).at(1).value<ApiError>().isTransport());
        QCOMPARE(loaded.size(), m_sandbox->world()->regionIds().size() - 1);
    }

    void cancelStopsEverything() {
        m_sandbox->faults()->setLatency(400);
        InventoryLoader loader;
        loader.setApi(m_api.get());
        QSignalSpy loaded(&loader, &InventoryLoader::regionLoaded);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        QSignalSpy sent(m_client.get(), &ApiClient::requestSent);
        loader.load(m_sandbox->world()->regionIds());
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() > 0, Timeout); // first pages out (replies: 400 ms)
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<LoadProgress>().canceled);
        QVERIFY(!loader.isRunning());
        // Every call stopped at once: none is left to answer.
        const QList<ApiCall*> calls = m_client->findChildren<ApiCall*>();
        for (const ApiCall* c : calls)
            QVERIFY(c->isFinished());
        // Once the calls have gone, nothing can answer any more: nothing was loaded, and no
        // further page was sent.
        const qsizetype sentAtCancel = sent.size();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->findChildren<ApiCall*>().isEmpty(), Timeout);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(sent.size(), sentAtCancel);
        QCOMPARE(finished.size(), 1);
    }

    void concurrencyCapStillLoadsAll() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setMaxRegionsInFlight(1);
        QSignalSpy loaded(&loader, &InventoryLoader::regionLoaded);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        const QStringList regions = m_sandbox->world()->regionIds();
        loader.load(regions);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(loaded.size(), regions.size());
        // With one region in flight, regions complete in the order asked.
        for (int i = 0; i < regions.size(); ++i)
            QCOMPARE(loaded.at(i).at(0).toString(), regions.at(i));
    }

    void noSessionFailsEveryRegionClearly() {
        InventoryLoader loader;
        QSignalSpy failed(&loader, &InventoryLoader::regionFailed);
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load({QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing")});
        QCOMPARE(failed.size(), 2);
        QCOMPARE(finished.size(), 1);
    }

    void transitionalRowsRefreshUntilSettled() {
        sandbox::SandboxWorld* world = m_sandbox->world();
        const QString region = m_sandbox->firstRegion();
        auto bound = world->findAddress(
            region, [](const Address& a) { return a.addressStatus == QLatin1String("UNBIND"); });
        QVERIFY(bound);
        Address moving = *bound;
        moving.addressStatus = QStringLiteral("BINDING");
        QVERIFY(world->updateAddress(moving));
        moving.region = region;

        TransitionWatcher watcher;
        watcher.setApi(m_api.get());
        watcher.setDelays(50, 200);
        QList<Address> updates;
        connect(&watcher, &TransitionWatcher::addressUpdated, this,
                [&updates](const Address& a) { updates << a; });
        watcher.watch(moving);
        QCOMPARE(watcher.watchedCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(updates.size() >= 1, Timeout); // still BINDING: keeps watching
        QCOMPARE(updates.last().addressStatus, QStringLiteral("BINDING"));
        QVERIFY(watcher.isWatching(moving.addressId));

        Address settled = moving;
        settled.addressStatus = QStringLiteral("UNBIND");
        QVERIFY(world->updateAddress(settled));
        QTRY_VERIFY_WITH_TIMEOUT(
            !updates.isEmpty() && updates.last().addressStatus == QLatin1String("UNBIND"), Timeout);
        QCOMPARE(watcher.watchedCount(), 0);
        QCOMPARE(updates.last().region, region);
    }

    void vanishedAddressIsReported() {
        sandbox::SandboxWorld* world = m_sandbox->world();
        const QString region = m_sandbox->firstRegion();
        auto any = world->findAddress(
            region, [](const Address& a) { return a.addressStatus == QLatin1String("UNBIND"); });
        QVERIFY(any);
        Address a = *any;
        a.region = region;
        a.addressStatus = QStringLiteral("OFFLINING");
        QVERIFY(world->updateAddress(a));
        world->removeAddress(a.addressId);
        TransitionWatcher watcher;
        watcher.setApi(m_api.get());
        watcher.setDelays(20, 100);
        QSignalSpy vanished(&watcher, &TransitionWatcher::addressVanished);
        watcher.watch(a);
        QTRY_COMPARE_WITH_TIMEOUT(vanished.size(), 1, Timeout);
        QCOMPARE(vanished.at(0).at(1).toString(), a.addressId);
        QCOMPARE(watcher.watchedCount(), 0);
    }

    void settledAddressIsNotWatched() {
        TransitionWatcher watcher;
        Address a;
        a.region = QStringLiteral("ap-guangzhou");
        a.addressId = QStringLiteral("eip-1");
        a.addressStatus = QStringLiteral("BIND");
        watcher.watch(a);
        QCOMPARE(watcher.watchedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "tst_inventoryloader.moc"
