// SPDX-License-Identifier: GPL-3.0-or-later
// The client's queue of calls waiting for their rate window (issue 17, item 6): calls leave in
// FIFO order per action and endpoint, a held action does not hold up the others, aborted and
// deleted calls are dropped without using a slot, and queueing many held calls stays cheap.
#include "ApiClientFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace eipdesk;
using namespace eipdesk::test;
using Reply = ScriptedHttpServer::Reply;

namespace {

const QString kHeld = QStringLiteral("DescribeAddresses");          // 20/s: 1 at scale 0.05
const QString kOther = QStringLiteral("DescribeNetworkInterfaces"); // 100/s: 5 at 0.05
const QByteArray kOk = R"({"Response":{"RequestId":"ok"}})";

ApiRequest numbered(const QString& action, int seq) {
    return ApiClientFixture::request(action, QJsonObject{{QStringLiteral("Seq"), seq}});
}

// The (action, Seq) of every request the server received, in arrival order.
QList<QPair<QByteArray, int>> received(const ScriptedHttpServer& server) {
    QList<QPair<QByteArray, int>> out;
    for (const auto& r : server.requests()) {
        const int seq =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("Seq")).toInt();
        out.append({r.header("X-TC-Action"), seq});
    }
    return out;
}

QList<int> seqsOf(const QList<QPair<QByteArray, int>>& requests, const QString& action) {
    QList<int> out;
    for (const auto& r : requests)
        if (r.first == action.toUtf8())
            out.append(r.second);
    return out;
}

} // namespace

class TestApiClientQueue : public QObject {
    Q_OBJECT
private slots:
    void init() { qRegisterMetaType<ApiResponse>(); }

    // One held action (1 per window) and another (5 per window), interleaved: the other goes
    // at once; the held one leaves one per window in the order it was queued.
    void fifoPerActionWhileHeld() {
        ApiClientFixture f;
        f.server.setHandler([](const auto&, int) { return Reply::json(kOk); });
        f.client.setRateLimitScale(0.05);
        int finished = 0;
        for (int i = 0; i < 6; ++i) {
            for (const QString& action : {kHeld, kOther}) {
                if (action == kOther && i >= 5)
                    continue;
                connect(f.client.send(numbered(action, i)), &ApiCall::finished, this,
                        [&finished] { ++finished; });
            }
        }
        // Without the clock moving: the first held call and all five others.
        QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
        QTest::qWait(100);
        QCOMPARE(f.server.requestCount(), 6);
        QCOMPARE(seqsOf(received(f.server), kOther), (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(seqsOf(received(f.server), kHeld), QList<int>{0});
        // Each window lets the next held call go, in FIFO order.
        for (int next = 1; next < 6; ++next) {
            f.clock.advance(1100);
            QTRY_COMPARE_WITH_TIMEOUT(finished, 6 + next, 10000);
        }
        QCOMPARE(seqsOf(received(f.server), kHeld), (QList<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(f.server.requestCount(), 11);
    }

    // Aborted and deleted calls leave the queue without being sent or taking a window.
    void abortedAndDeletedCallsAreDropped() {
        ApiClientFixture f;
        f.server.setHandler([](const auto&, int) { return Reply::json(kOk); });
        f.client.setRateLimitScale(0.05);
        QList<ApiCall*> calls;
        QList<ApiResponse> results(6);
        QList<int> finishedOrder;
        for (int i = 0; i < 6; ++i) {
            ApiCall* call = f.client.send(numbered(kHeld, i));
            connect(call, &ApiCall::finished, this, [&, i](const ApiResponse& r) {
                results[i] = r;
                finishedOrder << i;
            });
            calls << call;
        }
        QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 1, 10000); // call 0
        calls.at(1)->abort();
        delete calls.at(3);
        calls.at(4)->abort();
        QCOMPARE(finishedOrder, (QList<int>{0, 1, 4}));
        QCOMPARE(results.at(1).error.kind, ApiError::Kind::Canceled);
        QCOMPARE(results.at(4).error.kind, ApiError::Kind::Canceled);
        // One window each for 2 and 5: the dropped calls take none.
        f.clock.advance(1100);
        QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 4, 10000);
        f.clock.advance(1100);
        QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 5, 10000);
        QTest::qWait(100);
        QCOMPARE(finishedOrder, (QList<int>{0, 1, 4, 2, 5}));
        QCOMPARE(seqsOf(received(f.server), kHeld), (QList<int>{0, 2, 5}));
        QVERIFY(results.at(2).ok());
        QVERIFY(results.at(5).ok());
    }

    // 20,000 calls held by the limiter, then all aborted: linear work, so well under the
    // generous bound (the old queue rescanned every waiting call on each enqueue: quadratic,
    // tens of seconds here). Only the first call reaches the server.
    void manyHeldCallsQueueAndAbortCheaply() {
        ApiClientFixture f;
        f.server.setHandler([](const auto&, int) { return Reply::json(kOk); });
        f.client.setRateLimitScale(0.05);
        constexpr int count = 20000;
        QList<QPointer<ApiCall>> calls;
        calls.reserve(count);
        int canceled = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            ApiCall* call = f.client.send(numbered(kHeld, i));
            connect(call, &ApiCall::finished, this, [&canceled](const ApiResponse& r) {
                canceled += r.error.kind == ApiError::Kind::Canceled ? 1 : 0;
            });
            calls << call;
        }
        const qint64 queuedMs = timer.elapsed();
        for (int i = count - 1; i >= 1; --i) // from the back: the worst order for a list scan
            calls.at(i)->abort();
        const qint64 totalMs = timer.elapsed();
        qInfo("%d held calls: queued in %lld ms, queued and aborted in %lld ms", count, queuedMs,
              totalMs);
        QCOMPARE(canceled, count - 1);
        QVERIFY2(totalMs < 8000, qPrintable(QString::number(totalMs)));
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount(), 1, 10000);
        f.clock.advance(1100);
        QTest::qWait(100);
        QCOMPARE(f.server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClientQueue)
#include "tst_apiclient_queue.moc"
