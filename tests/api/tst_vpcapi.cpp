// SPDX-License-Identifier: GPL-3.0-or-later
// Typed actions over a scripted loopback server: paging, parsing with nulls, fallbacks, payloads.
#include "ApiClientFixture.h"
#include "api/EniApi.h"
#include "api/VpcApi.h"
#include "api/VpcJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace eipdesk;
using namespace eipdesk::test;
using Reply = ScriptedHttpServer::Reply;

namespace {

QJsonObject body(const ScriptedHttpServer::Request& r) {
    return QJsonDocument::fromJson(r.body).object();
}

Reply envelope(const QJsonObject& response) {
    QJsonObject root;
    root.insert(QStringLiteral("Response"), response);
    return Reply::json(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace

class TestVpcApi : public QObject {
    Q_OBJECT
private slots:
    void pagingFirstThenParallel() {
        ApiClientFixture f;
        const int total = 250;
        f.server.setHandler([total](const ScriptedHttpServer::Request& r, int) {
            const QJsonObject in = body(r);
            const int offset = in.value(QLatin1String("Offset")).toInt();
            const int limit = in.value(QLatin1String("Limit")).toInt();
            QJsonArray set;
            for (int i = offset; i < std::min(total, offset + limit); ++i) {
                QJsonObject a;
                a.insert(QStringLiteral("AddressId"),
                         QStringLiteral("eip-%1").arg(i, 4, 10, QLatin1Char('0')));
                a.insert(QStringLiteral("Bandwidth"), QJsonValue::Null);
                a.insert(QStringLiteral("InstanceType"), QJsonValue::Null);
                a.insert(QStringLiteral("CreatedTime"), QStringLiteral("2022-08-11T03:57:05Z"));
                a.insert(QStringLiteral("SomethingNew"), QJsonObject());
                set.append(a);
            }
            QJsonObject out;
            out.insert(QStringLiteral("TotalCount"), total);
            out.insert(QStringLiteral("AddressSet"), set);
            out.insert(QStringLiteral("RequestId"), QStringLiteral("r"));
            Reply reply = envelope(out);
            reply.delayMs = offset == 200 ? 50 : 0; // the last page answers first
            return reply;
        });
        VpcApi api(&f.client);
        QList<Address> result;
        ApiError error;
        bool called = false;
        ApiJob* job = api.describeAllAddresses(QStringLiteral("ap-guangzhou"), {}, this,
                                               [&](const QList<Address>& a, const ApiError& e) {
                                                   result = a;
                                                   error = e;
                                                   called = true;
                                               });
        QSignalSpy progress(job, &ApiJob::progress);
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(result.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(result.at(i).addressId,
                     QStringLiteral("eip-%1").arg(i, 4, 10, QLatin1Char('0')));
        QCOMPARE(result.at(0).region, QStringLiteral("ap-guangzhou"));
        QVERIFY(!result.at(0).bandwidth.has_value());
        QVERIFY(result.at(0).instanceType.isEmpty());
        QCOMPARE(result.at(0).createdTime, QDateTime(QDate(2022, 8, 11), QTime(3, 57, 5), Qt::UTC));
        const auto reqs = f.server.requests();
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(body(reqs.at(0)).value(QLatin1String("Offset")).toInt(), 0);
        QCOMPARE(body(reqs.at(0)).value(QLatin1String("Limit")).toInt(), 100);
        // Every page names every address type: the sites' defaults differ and both omit some.
        for (const auto& req : reqs) {
            const QJsonArray filters = body(req).value(QLatin1String("Filters")).toArray();
            QCOMPARE(filters.size(), 1);
            QCOMPARE(filters.at(0)[QLatin1String("Name")].toString(),
                     QStringLiteral("address-type"));
            QStringList types;
            for (const auto& v : filters.at(0)[QLatin1String("Values")].toArray())
                types << v.toString();
            QCOMPARE(types,
                     QStringList({QStringLiteral("EIP"), QStringLiteral("AnycastEIP"),
                                  QStringLiteral("HighQualityEIP"), QStringLiteral("AntiDDoSEIP"),
                                  QStringLiteral("ResidentialEIP"), QStringLiteral("WanIP")}));
        }
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
    }

    void lenientTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2022, 8, 11), QTime(3, 57, 5), Qt::UTC);
        QTest::newRow("Z") << "2022-08-11T03:57:05Z" << t;
        QTest::newRow("+00:00") << "2022-08-11T03:57:05+00:00" << t;
        QTest::newRow("space, no zone") << "2022-08-11 03:57:05" << t;
        QTest::newRow("date only")
            << "2022-08-11" << QDateTime(QDate(2022, 8, 11), QTime(0, 0), Qt::UTC);
        QTest::newRow("garbage") << "yesterday" << QDateTime();
    }
    void lenientTimes() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(VpcJson::time(text), expected);
    }

    // A zoneless time is UTC whatever the machine's zone: not moved by a daylight-saving gap of
    // the local zone (2:30 on 2024-03-10 does not exist in New York).
    void zonelessTimeIgnoresTheLocalZone() {
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        const QDateTime got = VpcJson::time(QStringLiteral("2024-03-10 02:30:00"));
        const QDateTime gotIso = VpcJson::time(QStringLiteral("2024-03-10T02:30:00"));
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
        const QDateTime expected(QDate(2024, 3, 10), QTime(2, 30), Qt::UTC);
        QCOMPARE(got, expected);
        QCOMPARE(gotIso, expected);
    }

    void disassociatePayloadAndTaskId_data() {
        QTest::addColumn<bool>("reallocate");
        QTest::addColumn<QByteArray>("taskJson");
        QTest::newRow("string task id") << false << QByteArray("\"61531411\"");
        QTest::newRow("numeric task id, reallocate") << true << QByteArray("61531411");
    }
    void disassociatePayloadAndTaskId() {
        QFETCH(bool, reallocate);
        QFETCH(QByteArray, taskJson);
        ApiClientFixture f;
        f.server.enqueue(
            Reply::json("{\"Response\":{\"TaskId\":" + taskJson + ",\"RequestId\":\"q\"}}"));
        VpcApi api(&f.client);
        AsyncTaskStarted started;
        bool called = false;
        api.disassociateAddress(QStringLiteral("ap-guangzhou"), QStringLiteral("eip-1"), reallocate,
                                nullptr, [&](const AsyncTaskStarted& s, const ApiError& e) {
                                    QVERIFY(!e.isError());
                                    started = s;
                                    called = true;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(started.taskId, QStringLiteral("61531411"));
        QCOMPARE(started.requestId, QStringLiteral("q"));
        const QJsonObject sent = body(f.server.requests().at(0));
        QCOMPARE(sent.value(QLatin1String("AddressId")).toString(), QStringLiteral("eip-1"));
        QCOMPARE(sent.contains(QLatin1String("ReallocateNormalPublicIp")), reallocate);
    }

    void taskResultSendsInteger() {
        ApiClientFixture f;
        f.server.enqueue(
            Reply::json(R"({"Response":{"TaskId":61531411,"Result":"FAILED","RequestId":"t"}})"));
        VpcApi api(&f.client);
        TaskResult result;
        bool called = false;
        api.describeTaskResult(QStringLiteral("ap-guangzhou"), 61531411, nullptr,
                               [&](const TaskResult& r, const ApiError&) {
                                   result = r;
                                   called = true;
                               });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(result.state, TaskResult::State::Failed);
        QVERIFY(f.server.requests().at(0).body.contains("\"TaskId\":61531411"));
    }

    void regionsFallBackToCvm() {
        ApiClientFixture f;
        f.server.enqueue(Reply::json(
            R"({"Response":{"Error":{"Code":"InvalidAction","Message":"x"},"RequestId":"a"}})"));
        f.server.enqueue(Reply::json(
            R"({"Response":{"TotalCount":1,"RegionSet":[{"Region":"ap-guangzhou","RegionName":"South China Guangzhou","RegionState":"AVAILABLE"}],"RequestId":"b"}})"));
        VpcApi api(&f.client);
        QList<Region> regions;
        bool called = false;
        api.describeRegions(nullptr, [&](const QList<Region>& r, const ApiError& e) {
            QVERIFY(!e.isError());
            regions = r;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions.at(0).id, QStringLiteral("ap-guangzhou"));
        const auto reqs = f.server.requests();
        QCOMPARE(reqs.size(), 2);
        QVERIFY(reqs.at(0).header("Authorization").contains("/region/tc3_request"));
        // The documented example asks for cvm.
        QCOMPARE(body(reqs.at(0)).value(QLatin1String("Product")).toString(),
                 QStringLiteral("cvm"));
        QCOMPARE(reqs.at(0).headerCount("X-TC-Region"), 0);
        QVERIFY(reqs.at(1).header("Authorization").contains("/cvm/tc3_request"));
    }

    void natAndEniPayloads() {
        ApiClientFixture f;
        f.server.setHandler([](const ScriptedHttpServer::Request&, int) {
            return Reply::json(
                R"({"Response":{"NetworkInterfaceSet":[{"NetworkInterfaceId":"eni-1","Primary":true,"Attachment":null,"PrivateIpAddressSet":[{"PrivateIpAddress":"10.0.0.2","Primary":true}]}],"RequestId":"n"}})");
        });
        VpcApi api(&f.client);
        bool natDone = false;
        api.disassociateNatGatewayAddress(QStringLiteral("ap-guangzhou"), QStringLiteral("nat-1"),
                                          {QStringLiteral("1.2.3.4")}, nullptr,
                                          [&](const QString& rid, const ApiError& e) {
                                              QVERIFY(!e.isError());
                                              QCOMPARE(rid, QStringLiteral("n"));
                                              natDone = true;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(natDone, 20000);
        const QJsonObject nat = body(f.server.requests().at(0));
        QCOMPARE(nat.value(QLatin1String("NatGatewayId")).toString(), QStringLiteral("nat-1"));
        QCOMPARE(nat.value(QLatin1String("PublicIpAddresses")).toArray().at(0).toString(),
                 QStringLiteral("1.2.3.4"));

        QStringList ids;
        for (int i = 0; i < 150; ++i)
            ids << QStringLiteral("eni-%1").arg(i);
        QList<NetworkInterface> enis;
        bool eniDone = false;
        api.describeNetworkInterfaces(QStringLiteral("ap-guangzhou"), ids, nullptr,
                                      [&](const QList<NetworkInterface>& n, const ApiError& e) {
                                          QVERIFY(!e.isError());
                                          enis = n;
                                          eniDone = true;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(eniDone, 20000);
        QCOMPARE(f.server.requestCount(), 3); // two chunks (100 + 50)
        QCOMPARE(enis.size(), 2);
        QVERIFY(enis.at(0).isPrimaryIpOfPrimaryEni(QStringLiteral("10.0.0.2")));
        QVERIFY(enis.at(0).attachedInstanceId.isEmpty());
    }

    void contextDestroyedSuppressesCallback() {
        ApiClientFixture f;
        Reply slow = Reply::json(R"({"Response":{"QuotaSet":[],"RequestId":"x"}})");
        slow.delayMs = 300;
        f.server.enqueue(slow);
        VpcApi api(&f.client);
        auto* context = new QObject;
        bool called = false;
        ApiJob* job =
            api.describeAddressQuota(QStringLiteral("ap-guangzhou"), context,
                                     [&](const QList<Quota>&, const ApiError&) { called = true; });
        QSignalSpy finished(job, &ApiJob::finished);
        QSignalSpy gone(job, &QObject::destroyed);
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requestCount(), 1, 10000); // the request is out
        delete context;
        // The job stops at once (its call aborted) and goes; the callback never runs, then or
        // when the reply would have come.
        QCOMPARE(finished.count(), 1);
        QVERIFY(!called);
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 10000);
        QVERIFY(!called);
        QVERIFY(f.client.findChildren<ApiCall*>().isEmpty()); // no call of it left either
    }

    // Every ENI in pages of 100, the pages shifting meanwhile (one ENI seen twice, kept once).
    void allNetworkInterfacesInPages() {
        ApiClientFixture f;
        const int total = 150;
        f.server.setHandler([total](const ScriptedHttpServer::Request& r, int) {
            const int offset = body(r).value(QLatin1String("Offset")).toInt();
            QJsonArray set;
            for (int i = std::max(0, offset - 1); i < std::min(total, offset + 100); ++i)
                set.append(QJsonObject{
                    {QStringLiteral("NetworkInterfaceId"), QStringLiteral("eni-%1").arg(i)}});
            return envelope({{QStringLiteral("TotalCount"), total},
                             {QStringLiteral("NetworkInterfaceSet"), set},
                             {QStringLiteral("RequestId"), QStringLiteral("r")}});
        });
        EniApi api(&f.client);
        QList<NetworkInterface> result;
        ApiError error;
        bool called = false;
        api.describeAllNetworkInterfaces(QStringLiteral("ap-guangzhou"), nullptr,
                                         [&](const QList<NetworkInterface>& l, const ApiError& e) {
                                             result = l;
                                             error = e;
                                             called = true;
                                         });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(result.size(), total);
        QCOMPARE(result.last().networkInterfaceId, QStringLiteral("eni-149"));
        QCOMPARE(f.server.requestCount(), 2);
        QCOMPARE(body(f.server.requests().at(1)).value(QLatin1String("Offset")).toInt(), 100);
    }

    // A first page announcing TotalCount 10^7 fails the read (PagePlan's cap) and nothing more
    // is sent: the same rule for addresses and ENIs.
    void implausibleTotalCountSendsNothingMore_data() {
        QTest::addColumn<bool>("enis");
        QTest::newRow("DescribeAddresses") << false;
        QTest::newRow("DescribeNetworkInterfaces") << true;
    }
    void implausibleTotalCountSendsNothingMore() {
        QFETCH(bool, enis);
        ApiClientFixture f;
        f.server.setHandler([enis](const ScriptedHttpServer::Request&, int index) {
            QJsonArray set;
            for (int i = 0; i < 100; ++i)
                set.append(enis ? QJsonObject{{QStringLiteral("NetworkInterfaceId"),
                                               QStringLiteral("eni-%1").arg(i)}}
                                : QJsonObject{{QStringLiteral("AddressId"),
                                               QStringLiteral("eip-%1").arg(i)}});
            return envelope(
                {{QStringLiteral("TotalCount"), 10000000},
                 {enis ? QStringLiteral("NetworkInterfaceSet") : QStringLiteral("AddressSet"), set},
                 {QStringLiteral("RequestId"), QStringLiteral("big-%1").arg(index)}});
        });
        ApiError error;
        bool called = false;
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        if (enis) {
            EniApi(&f.client).describeAllNetworkInterfaces(
                QStringLiteral("ap-guangzhou"), nullptr,
                [&](const QList<NetworkInterface>&, const ApiError& e) {
                    error = e;
                    called = true;
                });
        } else {
            VpcApi(&f.client).describeAllAddresses(QStringLiteral("ap-guangzhou"), {}, nullptr,
                                                   [&](const QList<Address>&, const ApiError& e) {
                                                       error = e;
                                                       called = true;
                                                   });
        }
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message.startsWith(QLatin1String("TotalCount 10000000 is not plausible")),
                 qPrintable(error.message));
        QCOMPARE(error.requestId, QStringLiteral("big-0"));
        // Nothing more was sent, then or later: once the client holds no call any more (the
        // first page's call has gone), nothing is left that could send one.
        QTRY_VERIFY_WITH_TIMEOUT(f.client.findChildren<ApiCall*>().isEmpty(), 10000);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(f.server.requestCount(), 1);
    }

    void abortReportsCanceled() {
        ApiClientFixture f;
        Reply slow = Reply::json(R"({"Response":{"QuotaSet":[],"RequestId":"x"}})");
        slow.delayMs = 2000;
        f.server.enqueue(slow);
        VpcApi api(&f.client);
        ApiError error;
        int calls = 0;
        ApiJob* job = api.describeAddressQuota(QStringLiteral("ap-guangzhou"), nullptr,
                                               [&](const QList<Quota>&, const ApiError& e) {
                                                   error = e;
                                                   ++calls;
                                               });
        job->abort();
        QCOMPARE(calls, 1);
        QCOMPARE(error.kind, ApiError::Kind::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestVpcApi)
#include "tst_vpcapi.moc"
