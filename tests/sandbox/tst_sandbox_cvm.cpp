// SPDX-License-Identifier: GPL-3.0-or-later
// CVM DescribeInstances in the sandbox: the Instance fields, the documented filters, paging,
// validation codes, instance states, and idle instances (bind targets) in every region.
#include "SandboxTestClient.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace eipdesk;

namespace {
QString str(const char* s) {
    return QString::fromUtf8(s);
}
QJsonObject filter(const QString& name, const QStringList& values) {
    return {{str("Name"), name}, {str("Values"), QJsonArray::fromStringList(values)}};
}
const QString Region = QStringLiteral("ap-guangzhou");
} // namespace

class TestSandboxCvm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_sandbox.server().rateLimiter()->setEnabled(false);
        m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                       m_sandbox.secretKey());
        m_client->setService(str("cvm"));
    }

    void pagingCoversEveryInstance() {
        const auto* region = m_sandbox.world()->region(Region);
        QSet<QString> seen;
        qint64 total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += 7) {
            const auto r = m_client->call(str("DescribeInstances"),
                                          {{str("Offset"), offset}, {str("Limit"), 7}});
            QVERIFY2(r.errorCode().isEmpty(), qPrintable(r.errorCode()));
            total = r.response.value(str("TotalCount")).toInteger();
            const QJsonArray set = r.response.value(str("InstanceSet")).toArray();
            QVERIFY(set.size() <= 7);
            for (const auto& v : set)
                seen.insert(v.toObject().value(str("InstanceId")).toString());
            if (set.isEmpty())
                break;
        }
        QCOMPARE(total, qint64(region->instances.size()));
        QCOMPARE(seen.size(), region->instances.size());
        // The default Limit is 20.
        const auto def = m_client->call(str("DescribeInstances"));
        QCOMPARE(def.response.value(str("InstanceSet")).toArray().size(), 20);
    }

    void fieldsOfAnIdleInstanceWithAnOrdinaryPublicIp() {
        const auto* region = m_sandbox.world()->region(Region);
        std::optional<sandbox::SandboxInstance> withIp;
        for (const auto& c : region->instances)
            if (!c.normalPublicIp.isEmpty())
                withIp = c;
        QVERIFY(withIp);
        const auto r = m_client->call(str("DescribeInstances"),
                                      {{str("InstanceIds"), QJsonArray{withIp->id}}});
        QCOMPARE(r.response.value(str("TotalCount")).toInt(), 1);
        const QJsonObject i = r.response.value(str("InstanceSet")).toArray().at(0).toObject();
        QCOMPARE(i.value(str("InstanceId")).toString(), withIp->id);
        QCOMPARE(i.value(str("InstanceName")).toString(), withIp->name);
        QVERIFY(!withIp->name.isEmpty());
        QCOMPARE(i.value(str("InstanceState")).toString(), withIp->state);
        QCOMPARE(i.value(str("Placement")).toObject().value(str("Zone")).toString(),
                 Region + str("-1"));
        const auto eni = region->eni(withIp->primaryEniId);
        QVERIFY(eni);
        QCOMPARE(i.value(str("PrivateIpAddresses")).toArray().at(0).toString(),
                 eni->privateIpAddresses.at(0).privateIpAddress);
        QCOMPARE(i.value(str("PublicIpAddresses")).toArray(), QJsonArray{withIp->normalPublicIp});
        const QJsonObject vpc = i.value(str("VirtualPrivateCloud")).toObject();
        QCOMPARE(vpc.value(str("VpcId")).toString(), eni->vpcId);
        QCOMPARE(vpc.value(str("SubnetId")).toString(), eni->subnetId);
        QVERIFY(
            QDateTime::fromString(i.value(str("CreatedTime")).toString(), Qt::ISODate).isValid());
        // The ENI reports the same ordinary public IP, with no EIP.
        QCOMPARE(eni->privateIpAddresses.at(0).publicIpAddress, withIp->normalPublicIp);
        QVERIFY(eni->privateIpAddresses.at(0).addressId.isEmpty());
    }

    void idleInstancesInEveryRegion() {
        for (const QString& id : m_sandbox.world()->regionIds()) {
            auto* region = m_sandbox.world()->region(id);
            QSet<QString> withEip;
            for (const auto& a : region->addresses)
                withEip.insert(a.instanceId);
            int idleRunning = 0;
            QSet<QString> states;
            for (const auto& c : region->instances) {
                states.insert(c.state);
                if (!withEip.contains(c.id) && c.state == QLatin1String("RUNNING") &&
                    c.normalPublicIp.isEmpty())
                    ++idleRunning;
            }
            QVERIFY2(idleRunning >= 3, qPrintable(id));
            for (const char* s : {"RUNNING", "STOPPED", "PENDING", "TERMINATING"})
                QVERIFY2(states.contains(str(s)), s);
        }
    }

    void filters_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("instance-state") << str("instance-state") << str("InstanceState");
        QTest::newRow("instance-name") << str("instance-name") << str("InstanceName");
        QTest::newRow("instance-id") << str("instance-id") << str("InstanceId");
        QTest::newRow("instance-charge-type")
            << str("instance-charge-type") << str("InstanceChargeType");
    }
    void filters() {
        QFETCH(QString, name);
        QFETCH(QString, field);
        const auto all = m_client->call(str("DescribeInstances"), {{str("Limit"), 100}});
        const QJsonObject sample =
            all.response.value(str("InstanceSet")).toArray().at(3).toObject();
        const QString value = sample.value(field).toString();
        QVERIFY(!value.isEmpty());
        const auto r = m_client->call(
            str("DescribeInstances"),
            {{str("Filters"), QJsonArray{filter(name, {value})}}, {str("Limit"), 100}});
        QVERIFY2(r.errorCode().isEmpty(), qPrintable(r.errorCode()));
        const QJsonArray set = r.response.value(str("InstanceSet")).toArray();
        QVERIFY(!set.isEmpty());
        for (const auto& v : set)
            QCOMPARE(v.toObject().value(field).toString(), value);
    }

    void ipAndVpcFilters() {
        const auto* region = m_sandbox.world()->region(Region);
        const auto& eni = region->enis.front();
        for (const auto& [name, value] :
             {std::pair{str("private-ip-address"), eni.privateIpAddresses[0].privateIpAddress},
              std::pair{str("vpc-id"), eni.vpcId}, std::pair{str("subnet-id"), eni.subnetId}}) {
            const auto r = m_client->call(str("DescribeInstances"),
                                          {{str("Filters"), QJsonArray{filter(name, {value})}}});
            QVERIFY2(r.response.value(str("TotalCount")).toInt() >= 1, qPrintable(name));
        }
        const auto none = m_client->call(
            str("DescribeInstances"),
            {{str("Filters"), QJsonArray{filter(str("zone"), {str("ap-beijing-1")})}}});
        QCOMPARE(none.response.value(str("TotalCount")).toInt(), 0);
    }

    void unknownIdsAreAbsentNotAnError() {
        const auto r = m_client->call(str("DescribeInstances"),
                                      {{str("InstanceIds"), QJsonArray{str("ins-zzzzzzzz")}}});
        QVERIFY(r.errorCode().isEmpty());
        QCOMPARE(r.response.value(str("TotalCount")).toInt(), 0);
    }

    void invalid_data() {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("code");
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(filter(str("zone"), {str("x")}));
        QTest::newRow("ids and filters")
            << QJsonObject{{str("InstanceIds"), QJsonArray{str("ins-aaaaaaaa")}},
                           {str("Filters"), QJsonArray{filter(str("zone"), {str("x")})}}}
            << str("InvalidParameter");
        QTest::newRow("malformed id") << QJsonObject{{str("InstanceIds"), QJsonArray{str("i-1")}}}
                                      << str("InvalidInstanceId.Malformed");
        QTest::newRow("unknown filter")
            << QJsonObject{{str("Filters"), QJsonArray{filter(str("colour"), {str("red")})}}}
            << str("InvalidFilter");
        QTest::newRow("six values")
            << QJsonObject{{str("Filters"),
                            QJsonArray{filter(str("zone"), {str("a"), str("b"), str("c"), str("d"),
                                                            str("e"), str("f")})}}}
            << str("InvalidFilterValue.LimitExceeded");
        QTest::newRow("eleven filters")
            << QJsonObject{{str("Filters"), eleven}} << str("InvalidFilterValue.LimitExceeded");
        QTest::newRow("limit 101")
            << QJsonObject{{str("Limit"), 101}} << str("InvalidParameterValue.LimitExceeded");
        QTest::newRow("negative offset")
            << QJsonObject{{str("Offset"), -1}} << str("InvalidParameterValue");
        QTest::newRow("unknown parameter")
            << QJsonObject{{str("Colour"), str("red")}} << str("UnknownParameter");
    }
    void invalid() {
        QFETCH(QJsonObject, params);
        QFETCH(QString, code);
        QCOMPARE(m_client->call(str("DescribeInstances"), params).errorCode(), code);
    }

    void deterministicNames() {
        sandbox::SandboxWorld a(m_sandbox.world()->clock());
        sandbox::SandboxWorld b(m_sandbox.world()->clock());
        a.generate(5, 300, 2);
        b.generate(5, 300, 2);
        const auto* ra = a.region(a.regionIds().first());
        const auto* rb = b.region(b.regionIds().first());
        QCOMPARE(ra->instances.size(), rb->instances.size());
        for (const auto& c : ra->instances) {
            QVERIFY(rb->instances.contains(c.id));
            QCOMPARE(rb->instances.value(c.id).name, c.name);
            QCOMPARE(rb->instances.value(c.id).state, c.state);
        }
    }

private:
    test::SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxCvm)
#include "tst_sandbox_cvm.moc"
