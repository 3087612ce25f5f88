// SPDX-License-Identifier: GPL-3.0-or-later
// CVM DescribeInstances over a scripted loopback server: the request (service, version,
// filters, paging, IDs in batches of 100) and the null-tolerant Instance parser.
#include "ApiClientFixture.h"
#include "api/CvmApi.h"
#include "api/CvmJson.h"

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
    return Reply::json(QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}})
                           .toJson(QJsonDocument::Compact));
}

QJsonObject instanceJson(const QString& id) {
    return QJsonObject{{QStringLiteral("InstanceId"), id},
                       {QStringLiteral("InstanceName"), QStringLiteral("web-") + id.mid(4)},
                       {QStringLiteral("InstanceState"), QStringLiteral("RUNNING")},
                       {QStringLiteral("PublicIpAddresses"), QJsonValue::Null},
                       {QStringLiteral("PrivateIpAddresses"),
                        QJsonArray{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}}};
}

} // namespace

class TestCvmApi : public QObject {
    Q_OBJECT
private slots:
    void parsesTheModelFieldsAndNulls() {
        const QByteArray json = R"({
            "Placement": {"Zone": "ap-guangzhou-6", "ProjectId": 0, "HostIds": null},
            "InstanceId": "ins-xlsyru2j", "InstanceType": "S5.MEDIUM4",
            "InstanceName": "数据库主库", "InstanceState": "STOPPED", "RestrictState": "NORMAL",
            "PrivateIpAddresses": ["172.16.32.78"], "PublicIpAddresses": ["123.207.11.190"],
            "VirtualPrivateCloud": {"VpcId": "vpc-m0cnatxj", "SubnetId": "subnet-evc6dt2f",
                                    "AsVpcGateway": false},
            "CreatedTime": "2020-03-10T02:43:51Z", "ExpiredTime": null, "Brand": {"new": 1}})";
        const CvmInstance i =
            CvmJson::instance(QJsonDocument::fromJson(json).object(), QStringLiteral("ap-x"));
        QCOMPARE(i.region, QStringLiteral("ap-x"));
        QCOMPARE(i.instanceId, QStringLiteral("ins-xlsyru2j"));
        QCOMPARE(i.instanceName, QString::fromUtf8("数据库主库"));
        QCOMPARE(i.instanceState, QStringLiteral("STOPPED"));
        QCOMPARE(i.instanceType, QStringLiteral("S5.MEDIUM4"));
        QCOMPARE(i.zone, QStringLiteral("ap-guangzhou-6"));
        QCOMPARE(i.primaryPrivateIp(), QStringLiteral("172.16.32.78"));
        QCOMPARE(i.publicIpAddresses, QStringList{QStringLiteral("123.207.11.190")});
        QCOMPARE(i.vpcId, QStringLiteral("vpc-m0cnatxj"));
        QCOMPARE(i.subnetId, QStringLiteral("subnet-evc6dt2f"));
        QCOMPARE(i.createdTime, QDateTime(QDate(2020, 3, 10), QTime(2, 43, 51), Qt::UTC));

        const CvmInstance empty = CvmJson::instance(
            QJsonDocument::fromJson(R"({"InstanceId":"ins-1","PrivateIpAddresses":null,
                "VirtualPrivateCloud":null,"Placement":"x","InstanceName":null})")
                .object(),
            QString());
        QVERIFY(empty.primaryPrivateIp().isEmpty());
        QVERIFY(empty.vpcId.isEmpty());
        QVERIFY(empty.zone.isEmpty());
        QVERIFY(empty.instanceName.isEmpty());
    }

    void allPagesWithFilters() {
        ApiClientFixture f;
        const int total = 230;
        f.server.setHandler([total](const ScriptedHttpServer::Request& r, int) {
            const QJsonObject in = body(r);
            const int offset = in.value(QLatin1String("Offset")).toInt();
            const int limit = in.value(QLatin1String("Limit")).toInt();
            QJsonArray set;
            for (int i = offset; i < std::min(total, offset + limit); ++i)
                set.append(instanceJson(QStringLiteral("ins-%1").arg(i, 8, 10, QLatin1Char('0'))));
            return envelope({{QStringLiteral("TotalCount"), total},
                             {QStringLiteral("InstanceSet"), set},
                             {QStringLiteral("RequestId"), QStringLiteral("r")}});
        });
        CvmApi api(&f.client);
        QList<CvmInstance> result;
        bool called = false;
        api.describeAllInstances(QStringLiteral("ap-guangzhou"),
                                 {{QStringLiteral("instance-state"), {QStringLiteral("RUNNING")}}},
                                 nullptr, [&](const QList<CvmInstance>& list, const ApiError& e) {
                                     QVERIFY(!e.isError());
                                     result = list;
                                     called = true;
                                 });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(result.size(), total);
        QCOMPARE(result.last().instanceId, QStringLiteral("ins-00000229"));
        const auto reqs = f.server.requests();
        QCOMPARE(reqs.size(), 3);
        for (const auto& r : reqs) {
            QCOMPARE(r.header("X-TC-Action"), QByteArray("DescribeInstances"));
            QCOMPARE(r.header("X-TC-Version"), QByteArray("2017-03-12"));
            const QJsonObject filter =
                body(r).value(QLatin1String("Filters")).toArray().at(0).toObject();
            QCOMPARE(filter.value(QLatin1String("Name")).toString(),
                     QStringLiteral("instance-state"));
            QCOMPARE(body(r).value(QLatin1String("Limit")).toInt(), 100);
        }
    }

    // The same page rule as every paged read (PagePlan): TotalCount 10^7 fails, one request.
    void implausibleTotalCountSendsNothingMore() {
        ApiClientFixture f;
        f.server.setHandler([](const ScriptedHttpServer::Request&, int index) {
            QJsonArray set;
            for (int i = 0; i < 100; ++i)
                set.append(instanceJson(QStringLiteral("ins-%1").arg(i, 8, 10, QLatin1Char('0'))));
            return envelope({{QStringLiteral("TotalCount"), 10000000},
                             {QStringLiteral("InstanceSet"), set},
                             {QStringLiteral("RequestId"), QStringLiteral("big-%1").arg(index)}});
        });
        CvmApi api(&f.client);
        ApiError error;
        bool called = false;
        api.describeAllInstances(QStringLiteral("ap-guangzhou"), {}, nullptr,
                                 [&](const QList<CvmInstance>& list, const ApiError& e) {
                                     QVERIFY(list.isEmpty());
                                     error = e;
                                     called = true;
                                 });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message.startsWith(QLatin1String("TotalCount 10000000 is not plausible")),
                 qPrintable(error.message));
        QCOMPARE(error.requestId, QStringLiteral("big-0"));
        QTest::qWait(100);
        QCOMPARE(f.server.requestCount(), 1);
    }

    void idsInBatchesOfHundred() {
        ApiClientFixture f;
        f.server.setHandler([](const ScriptedHttpServer::Request& r, int) {
            const QJsonArray ids = body(r).value(QLatin1String("InstanceIds")).toArray();
            QJsonArray set;
            for (const auto& id : ids)
                if (!id.toString().endsWith(QLatin1String("7"))) // some are gone
                    set.append(instanceJson(id.toString()));
            return envelope({{QStringLiteral("TotalCount"), set.size()},
                             {QStringLiteral("InstanceSet"), set},
                             {QStringLiteral("RequestId"), QStringLiteral("r")}});
        });
        QStringList ids;
        for (int i = 0; i < 150; ++i)
            ids.append(QStringLiteral("ins-%1").arg(i, 8, 10, QLatin1Char('0')));
        ids.append(ids.first()); // duplicates are sent once
        CvmApi api(&f.client);
        QList<CvmInstance> result;
        bool called = false;
        api.describeInstancesByIds(QStringLiteral("ap-guangzhou"), ids, nullptr,
                                   [&](const QList<CvmInstance>& list, const ApiError& e) {
                                       QVERIFY(!e.isError());
                                       result = list;
                                       called = true;
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(result.size(), 135);
        const auto reqs = f.server.requests();
        QCOMPARE(reqs.size(), 2);
        int sent = 0;
        for (const auto& r : reqs) {
            const int n = int(body(r).value(QLatin1String("InstanceIds")).toArray().size());
            QVERIFY(n <= 100);
            QVERIFY(!body(r).contains(QLatin1String("Filters")));
            sent += n;
        }
        QCOMPARE(sent, 150);
    }

    void noIdsNoRequest() {
        ApiClientFixture f;
        CvmApi api(&f.client);
        bool called = false;
        api.describeInstancesByIds(QStringLiteral("ap-guangzhou"), {}, nullptr,
                                   [&](const QList<CvmInstance>& list, const ApiError& e) {
                                       QVERIFY(!e.isError());
                                       QVERIFY(list.isEmpty());
                                       called = true;
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(f.server.requests().size(), 0);
    }

    void instanceSetNotAnArrayIsMalformed() {
        ApiClientFixture f;
        f.server.enqueue(Reply::json(R"({"Response":{"InstanceSet":{},"RequestId":"m"}})"));
        CvmApi api(&f.client);
        ApiError error;
        bool called = false;
        api.describeInstancesPage(QStringLiteral("ap-guangzhou"), {}, 0, 500, nullptr,
                                  [&](const InstancePage&, const ApiError& e) {
                                      error = e;
                                      called = true;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(body(f.server.requests().at(0)).value(QLatin1String("Limit")).toInt(), 100);
    }
};

QTEST_GUILESS_MAIN(TestCvmApi)
#include "tst_cvmapi.moc"
