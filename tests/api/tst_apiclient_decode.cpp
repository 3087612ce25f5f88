// SPDX-License-Identifier: GPL-3.0-or-later
// ApiRequest::decodeOffThread (issue 16): the decoder runs on the client's decoding thread, the
// call finishes on its own thread with what it read; a body it declines is read the ordinary
// way; a call aborted, or a client destroyed, while its body is being read finishes once (or
// not at all) and never with the late result; the decoding thread starts with the first request
// that needs it, while its reply is on the way, not when the reply is there.
#include "ApiClientFixture.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <thread>

using namespace eipdesk;
using test::ApiClientFixture;
using test::ScriptedHttpServer;

namespace {

const QByteArray kBody =
    R"({"Response":{"TotalCount":1,"AddressSet":[],"RequestId":"req-decode-1"}})";

// A DescribeAddresses request decoded off the thread by a decoder that says when it started
// and then waits for `release`.
ApiRequest blockingRequest(QSemaphore* entered, QSemaphore* release) {
    ApiRequest r = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
    r.decodeOffThread = true;
    r.decoder = [entered, release](const QByteArray&, QVariant* value, QString*) {
        entered->release();
        release->acquire();
        *value = QVariant(7);
        return true;
    };
    return r;
}

// Whether a thread of this process is named `name` (Linux: /proc/self/task/*/comm).
bool threadNamed(const QByteArray& name) {
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            return true;
    }
    return false;
}

} // namespace

class TestApiClientDecode : public QObject {
    Q_OBJECT

private slots:
    void decodingThreadStartsWithTheFirstRequest() {
        QVERIFY(QDir(QStringLiteral("/proc/self/task")).exists()); // Linux, where CI runs
        ApiClientFixture f;
        QVERIFY(!threadNamed("eipdesk-decode")); // no thread for a client that decodes nothing
        ScriptedHttpServer::Reply slow = ScriptedHttpServer::Reply::json(kBody);
        slow.delayMs = 3000;
        f.server.enqueue(slow);
        ApiRequest r = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
        r.decodeOffThread = true;
        r.decoder = [](const QByteArray&, QVariant* value, QString*) {
            *value = QVariant(1);
            return true;
        };
        ApiCall* call = f.client.send(r);
        bool finished = false;
        connect(call, &ApiCall::finished, this, [&finished] { finished = true; });
        // Started while the reply is on the way (the thread's start-up, some milliseconds on a
        // busy machine, overlaps the network wait instead of delaying the first page).
        QTRY_VERIFY_WITH_TIMEOUT(threadNamed("eipdesk-decode"), 2000);
        QVERIFY(!finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    }

    void decodesOnAnotherThreadAndFinishesOnItsOwn() {
        ApiClientFixture f;
        f.server.enqueue(ScriptedHttpServer::Reply::json(kBody));
        ApiRequest r = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
        std::atomic<QThread*> decodedOn{nullptr};
        r.decodeOffThread = true;
        r.decoder = [&decodedOn](const QByteArray& body, QVariant* value, QString* requestId) {
            decodedOn = QThread::currentThread();
            *value = QVariant(body.size());
            *requestId = QStringLiteral("req-decode-1");
            return true;
        };
        ApiCall* call = f.client.send(r);
        QThread* finishedOn = nullptr;
        ApiResponse response;
        connect(call, &ApiCall::finished, this, [&](const ApiResponse& got) {
            finishedOn = QThread::currentThread();
            response = got;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finishedOn, 10000);
        QVERIFY(decodedOn.load() != nullptr);
        QVERIFY(decodedOn.load() != QThread::currentThread());
        QCOMPARE(finishedOn, QThread::currentThread());
        QVERIFY(response.ok());
        QCOMPARE(response.decoded.toInt(), kBody.size());
        QCOMPARE(response.requestId, QStringLiteral("req-decode-1"));
    }

    void declinedBodyIsReadTheOrdinaryWay_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("answer") << kBody << QString();
        QTest::newRow("service error")
            << QByteArray(R"({"Response":{"Error":{"Code":"InvalidParameter","Message":"x"},)"
                          R"("RequestId":"req-decode-2"}})")
            << QStringLiteral("InvalidParameter");
    }
    void declinedBodyIsReadTheOrdinaryWay() {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        ApiClientFixture f;
        f.server.enqueue(ScriptedHttpServer::Reply::json(body));
        ApiRequest r = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
        std::atomic<int> asked{0};
        r.decodeOffThread = true;
        r.decoder = [&asked](const QByteArray&, QVariant*, QString*) {
            ++asked;
            return false;
        };
        const ApiResponse response = f.run(r);
        QCOMPARE(asked.load(), 1);
        QVERIFY(!response.decoded.isValid());
        QCOMPARE(response.error.code, errorCode);
        if (errorCode.isEmpty())
            QCOMPARE(response.response.value(QStringLiteral("TotalCount")).toInt(), 1);
    }

    void abortedWhileDecodingFinishesOnceAsCanceled() {
        ApiClientFixture f;
        f.server.enqueue(ScriptedHttpServer::Reply::json(kBody));
        QSemaphore entered;
        QSemaphore release;
        ApiRequest r = blockingRequest(&entered, &release);
        QPointer<ApiCall> call = f.client.send(r);
        QList<ApiResponse> results;
        connect(call, &ApiCall::finished, this, [&](const ApiResponse& got) { results << got; });
        QTRY_VERIFY_WITH_TIMEOUT(entered.available() == 1, 10000);
        call->abort();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().error.kind, ApiError::Kind::Canceled);
        release.release();
        // A second call through the same (one-thread, first-in first-out) decoding thread:
        // once it has finished, the first decode's result has been delivered too.
        f.server.enqueue(ScriptedHttpServer::Reply::json(kBody));
        ApiRequest second = r;
        second.decoder = [](const QByteArray&, QVariant* value, QString*) {
            *value = QVariant(8);
            return true;
        };
        QCOMPARE(f.run(second).decoded.toInt(), 8);
        QVERIFY(call.isNull());      // deleted later, as every finished call
        QCOMPARE(results.size(), 1); // the late result went nowhere
    }

    void clientDestroyedWhileDecoding() {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedHttpServer::Reply::json(kBody));
        QNetworkAccessManager network;
        ManualClock clock(1700000000000LL);
        auto client = std::make_unique<ApiClient>(&network, &clock);
        EndpointConfig config;
        config.customEndpoint = server.url();
        client->setEndpointConfig(config);
        client->setCredentials({QStringLiteral("AKIDtestSecretId0000000000000000000"),
                                QStringLiteral("testSecretKey000000000000000000000"),
                                {}});
        QSemaphore entered;
        QSemaphore release;
        ApiRequest r = blockingRequest(&entered, &release);
        QPointer<ApiCall> call = client->send(r);
        int finished = 0;
        connect(call, &ApiCall::finished, this, [&] { ++finished; });
        QTRY_VERIFY_WITH_TIMEOUT(entered.available() == 1, 10000);
        // The decode ends while the client is being destroyed (its destructor waits for it).
        std::thread releaser([&release] {
            QThread::msleep(50);
            release.release();
        });
        client.reset();
        releaser.join();
        QVERIFY(call.isNull()); // the client's child
        QCoreApplication::processEvents();
        QCOMPARE(finished, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClientDecode)
#include "tst_apiclient_decode.moc"
