// SPDX-License-Identifier: GPL-3.0-or-later
// Rate limiting measured on the server side with the injected ManualClock (per action and per
// endpoint), and clock skew.
#include "ApiClientFixture.h"
#include "api/RateLimiter.h"

using namespace eipdesk;
using namespace eipdesk::test;
using Reply = ScriptedHttpServer::Reply;

namespace {

// The most requests any one-second window (as the server saw them) holds.
int worstSecond(QList<qint64> stamps) {
    std::sort(stamps.begin(), stamps.end());
    int worst = 0;
    for (int i = 0; i < stamps.size(); ++i) {
        int inWindow = 0;
        for (int j = i; j < stamps.size() && stamps.at(j) < stamps.at(i) + 1000; ++j)
            ++inWindow;
        worst = std::max(worst, inWindow);
    }
    return worst;
}

QList<qint64> arrivals(const ScriptedHttpServer& server) {
    QList<qint64> stamps;
    for (const auto& r : server.requests())
        stamps.append(r.receivedAtMonotonic);
    return stamps;
}

} // namespace

class TestApiClientTiming : public QObject {
    Q_OBJECT
private slots:
    void burstRespectsLimit_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("perSecond");
        QTest::newRow("DisassociateAddress 10/s")
            << QStringLiteral("DisassociateAddress") << 35 << 10;
        QTest::newRow("DescribeAddresses 20/s") << QStringLiteral("DescribeAddresses") << 50 << 20;
        QTest::newRow("unknown action 10/s") << QStringLiteral("SomethingNew") << 25 << 10;
    }
    void burstRespectsLimit() {
        QFETCH(QString, action);
        QFETCH(int, count);
        QFETCH(int, perSecond);
        ApiClientFixture f;
        f.client.setRateLimitScale(1.0);
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        QList<ApiCall*> calls;
        int finished = 0;
        for (int i = 0; i < count; ++i) {
            ApiCall* c = f.client.send(ApiClientFixture::request(action));
            connect(c, &ApiCall::finished, this, [&finished] { ++finished; });
        }
        // Advance time only once everything sent has been received, so the server's stamp
        // equals the moment of sending.
        int guard = 0;
        while (finished < count && guard++ < 5000) {
            QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount(), int(sent.count()), 10000);
            QTest::qWait(2);
            if (f.server.requestCount() == int(sent.count()))
                f.clock.advance(10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 10000);
        QCOMPARE(f.server.requestCount(), count);

        QList<qint64> stamps = arrivals(f.server);
        std::sort(stamps.begin(), stamps.end());
        const int worst = worstSecond(stamps);
        QVERIFY2(worst <= perSecond, qPrintable(QStringLiteral("%1 in one second").arg(worst)));
        QCOMPARE(worst, perSecond); // and the limiter does not starve: it uses the budget
        // The whole burst takes about count/perSecond seconds, not much more.
        const qint64 span = stamps.last() - stamps.first();
        QVERIFY2(span < (count / perSecond + 1) * 1100, qPrintable(QString::number(span)));
    }

    void limiterWindow() {
        RateLimiter limiter;
        QCOMPARE(limiter.limitFor(QStringLiteral("DisassociateAddress")), 10);
        QCOMPARE(limiter.windowMsFor(QStringLiteral("DisassociateAddress")), qint64(1020));
        QCOMPARE(limiter.limitFor(QStringLiteral("DescribeRegions")), 50);
        QCOMPARE(limiter.limitFor(QStringLiteral("DescribeNetworkInterfaces")), 100);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.tryAcquire(QStringLiteral("AssociateAddress"), 0), qint64(0));
        QCOMPARE(limiter.tryAcquire(QStringLiteral("AssociateAddress"), 0), qint64(1020));
        QCOMPARE(limiter.tryAcquire(QStringLiteral("DescribeAddresses"), 0),
                 qint64(0)); // per action
        QCOMPARE(limiter.tryAcquire(QStringLiteral("AssociateAddress"), 1020), qint64(0));
        limiter.setScale(0);
        QCOMPARE(limiter.tryAcquire(QStringLiteral("AssociateAddress"), 1020), qint64(0));
    }

    // A slot counts from the reply, not the send: a request that queued before reaching the
    // server cannot push the server's one-second count over the limit (tests/integration).
    void limiterCountsFromCompletion() {
        const QString a = QStringLiteral("DisassociateAddress");
        RateLimiter limiter;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.tryAcquire(a, 0), qint64(0));
        for (int i = 0; i < 10; ++i)
            limiter.markDone(a, 0, 300);
        QCOMPARE(limiter.tryAcquire(a, 1020), qint64(300)); // not free at 1020 any more
        QCOMPARE(limiter.tryAcquire(a, 1319), qint64(1));
        QCOMPARE(limiter.tryAcquire(a, 1320), qint64(0));
        // A reply slower than the window still takes its slot when it comes.
        RateLimiter slow;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(slow.tryAcquire(a, 0), qint64(0));
        for (int i = 0; i < 9; ++i)
            slow.markDone(a, 0, 10);
        slow.markDone(a, 0, 5000);
        QCOMPARE(slow.tryAcquire(a, 5000), qint64(0)); // nine expired, one counted at 5000
        for (int i = 0; i < 8; ++i)
            QCOMPARE(slow.tryAcquire(a, 5000), qint64(0));
        QCOMPARE(slow.tryAcquire(a, 5000), qint64(1020));
        // Disabled limiting ignores completions.
        RateLimiter off;
        off.setScale(0);
        off.markDone(a, 0, 10);
        QCOMPARE(off.tryAcquire(a, 10), qint64(0));
    }

    // Tencent Cloud counts a limit per action and access region (the API server a request
    // reaches): two regions on their own endpoints each get the full rate, and neither exceeds
    // it; two regions through one shared endpoint share one budget.
    void regionsAndEndpoints_data() {
        QTest::addColumn<bool>("ownEndpoints");
        QTest::newRow("per-region endpoints: 20/s each") << true;
        QTest::newRow("one shared endpoint: 20/s in all") << false;
    }
    void regionsAndEndpoints() {
        QFETCH(bool, ownEndpoints);
        const QString action = QStringLiteral("DescribeAddresses");
        const QStringList regions{QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing")};
        const int perRegion = 30;
        ApiClientFixture f;
        ScriptedHttpServer other;
        QVERIFY(other.listen());
        other.setClock(&f.clock);
        EndpointConfig config;
        config.customEndpoint = f.server.url();
        if (ownEndpoints) {
            config.regionOverrides.insert(regions.at(0), f.server.url());
            config.regionOverrides.insert(regions.at(1), other.url());
        }
        f.client.setEndpointConfig(config);
        f.client.setRateLimitScale(1.0);
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        int finished = 0;
        for (int i = 0; i < perRegion; ++i) {
            for (const QString& region : regions) {
                ApiRequest r = ApiClientFixture::request(action);
                r.region = region;
                connect(f.client.send(r), &ApiCall::finished, this, [&finished] { ++finished; });
            }
        }
        const int count = perRegion * int(regions.size());
        auto received = [&] { return f.server.requestCount() + other.requestCount(); };
        int guard = 0;
        while (finished < count && guard++ < 5000) {
            QTRY_COMPARE_WITH_TIMEOUT(received(), int(sent.count()), 10000);
            QTest::qWait(2);
            if (received() == int(sent.count()))
                f.clock.advance(10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 10000);
        QCOMPARE(received(), count);

        QList<qint64> all = arrivals(f.server) + arrivals(other);
        QList<qint64> first;
        QList<qint64> second;
        for (const auto& r : f.server.requests() + other.requests())
            (r.header("X-TC-Region") == regions.at(0).toUtf8() ? first : second)
                << r.receivedAtMonotonic;
        QCOMPARE(int(first.size()), perRegion);
        QCOMPARE(int(second.size()), perRegion);
        if (ownEndpoints) {
            QCOMPARE(f.server.requestCount(), perRegion);
            QCOMPARE(other.requestCount(), perRegion);
            // Each region at most 20 in any second, and each uses its full budget...
            QCOMPARE(worstSecond(first), 20);
            QCOMPARE(worstSecond(second), 20);
            // ...at the same time: together 40 in one second.
            QCOMPARE(worstSecond(all), 40);
        } else {
            QCOMPARE(other.requestCount(), 0);
            QCOMPARE(worstSecond(all), 20);
        }
    }

    void limiterScopes() {
        const QString a = QStringLiteral("DescribeAddresses");
        const QString gz = RateLimiter::scopeFor(
            QUrl(QStringLiteral("https://vpc.ap-guangzhou.tencentcloudapi.com/")));
        const QString bj = RateLimiter::scopeFor(
            QUrl(QStringLiteral("https://VPC.ap-beijing.tencentcloudapi.com/")));
        QCOMPARE(bj, QStringLiteral("vpc.ap-beijing.tencentcloudapi.com:-1"));
        QVERIFY(RateLimiter::scopeFor(QUrl(QStringLiteral("http://127.0.0.1:8080/"))) !=
                RateLimiter::scopeFor(QUrl(QStringLiteral("http://127.0.0.1:8081/"))));
        RateLimiter limiter;
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(limiter.tryAcquire(a, gz, 0), qint64(0));
            QCOMPARE(limiter.tryAcquire(a, bj, 0), qint64(0));
        }
        QCOMPARE(limiter.tryAcquire(a, gz, 0), qint64(1020));
        QCOMPARE(limiter.tryAcquire(a, bj, 0), qint64(1020));
        // A reply counts in its own scope only.
        for (int i = 0; i < 20; ++i)
            limiter.markDone(a, gz, 0, 500);
        QCOMPARE(limiter.tryAcquire(a, bj, 1020), qint64(0));
        QCOMPARE(limiter.tryAcquire(a, gz, 1020), qint64(500));
        QCOMPARE(limiter.tryAcquire(a, gz, 1520), qint64(0));
    }

    void dateHeaderGivesOffset() {
        ApiClientFixture f;
        QSignalSpy changed(&f.client, &ApiClient::clockOffsetChanged);
        const QDateTime serverNow = f.clock.nowUtc().addSecs(600);
        Reply r = Reply::json(R"({"Response":{"RequestId":"x"}})");
        r.headers.append(
            qMakePair(QByteArray("Date"),
                      QLocale::c()
                          .toString(serverNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                          .toLatin1()));
        f.server.enqueue(r);
        QVERIFY(!f.client.hasClockOffset());
        QVERIFY(f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses"))).ok());
        QVERIFY(f.client.hasClockOffset());
        QCOMPARE(f.client.clockOffsetMs(), qint64(600000));
        QCOMPARE(changed.count(), 1);
        // The next request is signed with the corrected time.
        QVERIFY(f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses"))).ok());
        QCOMPARE(f.server.requests().at(1).header("X-TC-Timestamp"),
                 QByteArray::number(f.clock.nowSecs() + 600));

        // The same Date text again, 5 s later here: the offset follows our clock (the parsed
        // Date is reused, the offset is not).
        f.server.enqueue(r);
        f.clock.advance(5000);
        QVERIFY(f.run(ApiClientFixture::request(QStringLiteral("DescribeAddresses"))).ok());
        QCOMPARE(f.client.clockOffsetMs(), qint64(595000));
        QCOMPARE(changed.count(), 2);
    }

    void signatureExpireResignsOnce() {
        ApiClientFixture f;
        const QDateTime serverNow = f.clock.nowUtc().addSecs(-600);
        const QByteArray date =
            QLocale::c()
                .toString(serverNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        f.server.setHandler([date](const ScriptedHttpServer::Request&, int) {
            Reply r =
                Reply::json("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\","
                            "\"Message\":\"expired\"},\"RequestId\":\"e\"}}");
            r.headers.append(qMakePair(QByteArray("Date"), date));
            return r;
        });
        const ApiResponse resp =
            f.run(ApiClientFixture::request(QStringLiteral("DisassociateAddress")));
        QCOMPARE(resp.error.code, QStringLiteral("AuthFailure.SignatureExpire"));
        QCOMPARE(f.server.requestCount(), 2); // exactly one re-sign
        QCOMPARE(f.server.requests().at(0).header("X-TC-Timestamp"),
                 QByteArray::number(f.clock.nowSecs()));
        QCOMPARE(f.server.requests().at(1).header("X-TC-Timestamp"),
                 QByteArray::number(f.clock.nowSecs() - 600));
        QVERIFY(f.server.requests().at(0).header("Authorization") !=
                f.server.requests().at(1).header("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestApiClientTiming)
#include "tst_apiclient_timing.moc"
