// SPDX-License-Identifier: GPL-3.0-or-later
// InventoryLoader's warm and cold paths (issue 16, item 1) against the in-process sandbox over
// real HTTP with latency: a known count sends every page at once (one round trip), a region that
// grew gets only its missing pages, one that shrank is read whole without duplicates, and a
// prefetched region is adopted by the load without a request sent twice.
#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/SystemClock.h"
#include "inventory/InventoryLoader.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace eipdesk;

namespace {
constexpr int Timeout = 30000;
} // namespace

class TestWarmLoad : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;
    // DescribeAddresses sent, and how many of them were on the wire before the first page came
    // back (the loader reports each page: progress interval 0).
    int m_sent = 0;
    int m_sentBeforeFirstReply = -1;

    int count(const QString& region) const {
        return int(m_sandbox->world()->region(region)->addresses.size());
    }
    // Loads and returns the delivered rows of each region; counts requests.
    QHash<QString, QList<Address>> run(InventoryLoader& loader, const QStringList& regions,
                                       const QHash<QString, qint64>& expected,
                                       bool countAfresh = true) {
        if (countAfresh)
            m_sent = 0;
        m_sentBeforeFirstReply = -1;
        QHash<QString, QList<Address>> got;
        connect(&loader, &InventoryLoader::regionLoaded, this,
                [&got](const QString& r, const QList<Address>& a) { got.insert(r, a); });
        connect(&loader, &InventoryLoader::progressChanged, this, [this](const LoadProgress& p) {
            if (p.addresses > 0 && m_sentBeforeFirstReply < 0)
                m_sentBeforeFirstReply = m_sent;
        });
        QSignalSpy finished(&loader, &InventoryLoader::finished);
        loader.load(regions, expected);
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, Timeout))
            qWarning("load did not finish");
        return got;
    }
    static void verifyWhole(const QList<Address>& rows, int expected) {
        QCOMPARE(rows.size(), expected);
        QSet<QString> ids;
        for (const Address& a : rows)
            ids.insert(a.addressId);
        QCOMPARE(ids.size(), expected); // no duplicates across pages
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<LoadProgress>();
        sandbox::SandboxConfig config = test::SandboxFixture::defaultConfig();
        config.addresses = 2000;
        config.regions = 4;
        config.latencyMs = 150; // every reply comes well after the requests of one burst
        config.enforceRateLimits = false;
        m_sandbox = std::make_unique<test::SandboxFixture>(config);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<ApiClient>(&m_network, &m_clock);
        m_client->setCredentials(m_sandbox->credentials());
        m_client->setEndpointConfig(m_sandbox->endpoints());
        m_client->setRateLimitScale(0);
        m_api = std::make_unique<VpcApi>(m_client.get());
        connect(m_client.get(), &ApiClient::requestSent, this, [this](const QString& action, int) {
            if (action == QLatin1String("DescribeAddresses"))
                ++m_sent;
        });
    }

    // The count from last time is right: every page of every region is on the wire before
    // the first one comes back — one round trip.
    void knownCountsSendEveryPageAtOnce() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setProgressIntervalMs(0);
        const QStringList regions = m_sandbox->world()->regionIds();
        QHash<QString, qint64> expected;
        int pages = 0;
        for (const QString& r : regions) {
            expected.insert(r, count(r));
            pages += qMax(1, (count(r) + 99) / 100);
        }
        QVERIFY(pages > int(regions.size())); // some region needs several pages
        const auto got = run(loader, regions, expected);
        QCOMPARE(got.size(), regions.size());
        for (const QString& r : regions)
            verifyWhole(got.value(r), count(r));
        QCOMPARE(m_sent, pages);
        QCOMPARE(m_sentBeforeFirstReply, pages);
    }

    // Nothing known: the first page of each region, then the rest (two round trips).
    void unknownCountsReadTheFirstPageFirst() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setProgressIntervalMs(0);
        const QStringList regions = m_sandbox->world()->regionIds();
        const auto got = run(loader, regions, {});
        for (const QString& r : regions)
            verifyWhole(got.value(r), count(r));
        QCOMPARE(m_sentBeforeFirstReply, int(regions.size()));
    }

    // The region grew since last time: only the missing pages are asked for, once.
    void grownRegionGetsOnlyItsMissingPages() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        loader.setProgressIntervalMs(0);
        const QString region = m_sandbox->firstRegion();
        const int n = count(region);
        QVERIFY(n > 250);
        const auto got = run(loader, {region}, {{region, 120}}); // 2 pages known, more needed
        verifyWhole(got.value(region), n);
        QCOMPARE(m_sentBeforeFirstReply, 2);
        QCOMPARE(m_sent, (n + 99) / 100);
    }

    // It shrank: the pages beyond its end come back empty; every address once.
    void shrunkRegionIsReadWhole() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        const QString region = m_sandbox->firstRegion();
        const int n = count(region);
        const auto got = run(loader, {region}, {{region, 3 * n}});
        verifyWhole(got.value(region), n);
        QCOMPARE(m_sent, (3 * n + 99) / 100);
    }

    // A count no server would send is not believed from a file either: read as unknown.
    void implausibleCountIsIgnored() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        const QString region = m_sandbox->firstRegion();
        const auto got = run(loader, {region}, {{region, 1LL << 40}});
        verifyWhole(got.value(region), count(region));
        QCOMPARE(m_sent, (count(region) + 99) / 100);
    }

    // Prefetched while the region list is read, then adopted: no page is asked for twice, and
    // nothing is emitted before the load. A prefetch the load does not want is dropped.
    void prefetchIsAdoptedByTheLoad() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        const QStringList regions = m_sandbox->world()->regionIds();
        const QString early = regions.first();
        const QString unwanted = regions.last();
        QSignalSpy loaded(&loader, &InventoryLoader::regionLoaded);
        QSignalSpy progress(&loader, &InventoryLoader::progressChanged);
        m_sent = 0;
        loader.prefetch(early);
        loader.prefetch(unwanted);
        QVERIFY(!loader.isRunning());
        // Both first pages answered (and the early region's further pages asked for).
        QTRY_VERIFY_WITH_TIMEOUT(m_sent >= 1 + (count(early) + 99) / 100, Timeout);
        QTest::qWait(400); // the further pages' replies are in too (latency 150 ms)
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(progress.size(), 0);
        const int sentBefore = m_sent;
        const auto got = run(loader, regions.mid(0, regions.size() - 1), {}, false);
        QCOMPARE(got.size(), regions.size() - 1);
        verifyWhole(got.value(early), count(early));
        QVERIFY(!got.contains(unwanted));
        int firstPages = 0;
        for (const QString& r : regions.mid(1, regions.size() - 2))
            firstPages += (count(r) + 99) / 100;
        QCOMPARE(m_sent - sentBefore, firstPages); // the early region: nothing sent again
        QCOMPARE(loader.progress().addresses, [&] {
            qint64 n = 0;
            for (const auto& rows : got)
                n += rows.size();
            return n;
        }());
    }

    // Adopted while its pages are still on the wire: delivered once they are in.
    void prefetchInFlightIsAdopted() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        const QString region = m_sandbox->firstRegion();
        m_sent = 0;
        loader.prefetch(region);
        QCOMPARE(m_sent, 1);
        const auto got = run(loader, {region}, {}, false);
        verifyWhole(got.value(region), count(region));
        QCOMPARE(m_sent, (count(region) + 99) / 100);
    }

    // cancel() ends a prefetch too: nothing is delivered afterwards.
    void cancelDropsAPrefetch() {
        InventoryLoader loader;
        loader.setApi(m_api.get());
        QSignalSpy loaded(&loader, &InventoryLoader::regionLoaded);
        loader.prefetch(m_sandbox->firstRegion());
        loader.cancel();
        const auto got = run(loader, {}, {});
        QVERIFY(got.isEmpty());
        QTest::qWait(400);
        QCOMPARE(loaded.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWarmLoad)
#include "tst_warmload.moc"
