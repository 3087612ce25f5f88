// SPDX-License-Identifier: GPL-3.0-or-later
// The read actions: DescribeAddresses filters, paging and validation, regions, ENIs, quota,
// routing errors, per-region ports, and the generated world (believable, deterministic).
#include "SandboxTestClient.h"
#include "core/SystemClock.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WireJson.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
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

class TestSandboxActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void pagingCoversEverything();
    void invalidParameters_data();
    void invalidParameters();
    void routingErrors_data();
    void routingErrors();
    void regionsLocalized();
    void perRegionPorts();
    void networkInterfaces();
    void believableWorld();
    void deterministicFromSeed();

private:
    std::vector<Address> regionAddresses() {
        return m_sandbox.world()->region(Region)->addresses.all();
    }
    test::SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxActions::initTestCase() {
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.server().rateLimiter()->setEnabled(false);
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                   m_sandbox.secretKey());
}

void TestSandboxActions::filters_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("field"); // the Address JSON field every result must match
    QTest::newRow("address-status BIND")
        << str("address-status") << QStringList{str("BIND")} << str("AddressStatus");
    QTest::newRow("address-status UNBIND or BIND_ENI")
        << str("address-status") << QStringList{str("UNBIND"), str("BIND_ENI")}
        << str("AddressStatus");
    QTest::newRow("instance-type NAT")
        << str("instance-type") << QStringList{str("NAT")} << str("InstanceType");
    QTest::newRow("address-type WanIP")
        << str("address-type") << QStringList{str("WanIP")} << str("AddressType");
    QTest::newRow("address-isp CMCC")
        << str("address-isp") << QStringList{str("CMCC")} << str("InternetServiceProvider");
    QTest::newRow("is-arrears TRUE")
        << str("is-arrears") << QStringList{str("TRUE")} << str("IsArrears");
    QTest::newRow("address-name Chinese")
        << str("address-name") << QStringList{str("未命名")} << str("AddressName");
    QTest::newRow("tag:env prod") << str("tag:env") << QStringList{str("prod")} << str("TagSet");
    QTest::newRow("tag-key 环境") << str("tag-key") << QStringList{str("环境")} << str("TagSet");
    QTest::newRow("address-id") << str("address-id") << QStringList{str("(first)")}
                                << str("AddressId");
    QTest::newRow("address-ip") << str("address-ip") << QStringList{str("(first ip)")}
                                << str("AddressIp");
    QTest::newRow("instance-id") << str("instance-id") << QStringList{str("(first instance)")}
                                 << str("InstanceId");
    QTest::newRow("network-interface-id")
        << str("network-interface-id") << QStringList{str("(first eni)")}
        << str("NetworkInterfaceId");
    QTest::newRow("private-ip-address")
        << str("private-ip-address") << QStringList{str("(first private)")}
        << str("PrivateAddressIp");
    QTest::newRow("dedicated-cluster-id matches nothing")
        << str("dedicated-cluster-id") << QStringList{str("cluster-1")} << str("");
}

void TestSandboxActions::filters() {
    QFETCH(QString, name);
    QFETCH(QStringList, values);
    QFETCH(QString, field);
    const std::vector<Address> all = regionAddresses();
    const Address& first = all.front(); // a CVM-bound EIP on its primary IP
    for (QString& v : values) {
        if (v == QLatin1String("(first)"))
            v = first.addressId;
        if (v == QLatin1String("(first ip)"))
            v = first.addressIp;
        if (v == QLatin1String("(first instance)"))
            v = first.instanceId;
        if (v == QLatin1String("(first eni)"))
            v = first.networkInterfaceId;
        if (v == QLatin1String("(first private)"))
            v = first.privateAddressIp;
    }
    // The expected count, computed straight from the world.
    int expected = 0;
    for (const Address& a : all) {
        const bool wan = a.addressType == QLatin1String("WanIP");
        const QJsonObject j = sandbox::WireJson::address(a);
        bool match = false;
        if (field == QLatin1String("TagSet")) {
            for (const Tag& t : a.tags)
                match = match || (name == QLatin1String("tag-key")
                                      ? values.contains(t.key)
                                      : (t.key == name.mid(4) && values.contains(t.value)));
        } else if (field == QLatin1String("IsArrears")) {
            match = a.isArrears;
        } else if (!field.isEmpty()) {
            match = values.contains(j.value(field).toString());
        }
        if (match && (!wan || name == QLatin1String("address-type")))
            ++expected;
    }
    const auto r =
        m_client->call(str("DescribeAddresses"),
                       {{str("Filters"), QJsonArray{filter(name, values)}}, {str("Limit"), 100}});
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    QCOMPARE(r.response.value(QLatin1String("TotalCount")).toInt(), expected);
    if (!field.isEmpty())
        QVERIFY(expected > 0);
    for (const QJsonValue& v : r.response.value(QLatin1String("AddressSet")).toArray()) {
        const QJsonObject a = v.toObject();
        if (field == QLatin1String("IsArrears"))
            QVERIFY(a.value(field).toBool());
        else if (field != QLatin1String("TagSet"))
            QVERIFY(values.contains(a.value(field).toString()));
    }
}

void TestSandboxActions::pagingCoversEverything() {
    QSet<QString> seen;
    int total = -1;
    for (int offset = 0; total < 0 || offset < total; offset += 30) {
        const auto r =
            m_client->call(str("DescribeAddresses"), {{str("Offset"), offset}, {str("Limit"), 30}});
        total = r.response.value(QLatin1String("TotalCount")).toInt();
        for (const QJsonValue& v : r.response.value(QLatin1String("AddressSet")).toArray())
            seen.insert(v.toObject().value(QLatin1String("AddressId")).toString());
    }
    int nonWan = 0;
    for (const Address& a : regionAddresses())
        nonWan += a.addressType != QLatin1String("WanIP");
    QCOMPARE(total, nonWan);
    QCOMPARE(int(seen.size()), total);
    const auto defaults = m_client->call(str("DescribeAddresses"));
    QCOMPARE(defaults.response.value(QLatin1String("AddressSet")).toArray().size(), 20);
    const auto past = m_client->call(str("DescribeAddresses"), {{str("Offset"), 100000}});
    QCOMPARE(past.response.value(QLatin1String("AddressSet")).toArray().size(), 0);
    QCOMPARE(past.response.value(QLatin1String("TotalCount")).toInt(), total);
}

void TestSandboxActions::invalidParameters_data() {
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("code");
    QJsonArray eleven, manyValues;
    for (int i = 0; i < 11; ++i)
        eleven.append(filter(str("address-status"), {str("BIND")}));
    QStringList values;
    for (int i = 0; i < 101; ++i)
        values << str("BIND");
    QTest::newRow("Limit 101") << QJsonObject{{str("Limit"), 101}}
                               << str("InvalidParameterValue.LimitExceeded");
    QTest::newRow("Limit -1") << QJsonObject{{str("Limit"), -1}}
                              << str("InvalidParameterValue.LimitExceeded");
    QTest::newRow("Offset -1") << QJsonObject{{str("Offset"), -1}} << str("InvalidParameterValue");
    QTest::newRow("Limit as string")
        << QJsonObject{{str("Limit"), str("10")}} << str("InvalidParameter");
    QTest::newRow("Limit fractional")
        << QJsonObject{{str("Limit"), 1.5}} << str("InvalidParameter");
    QTest::newRow("Filters not an array")
        << QJsonObject{{str("Filters"), str("x")}} << str("InvalidParameter");
    QTest::newRow("Filter without Values")
        << QJsonObject{{str("Filters"), QJsonArray{QJsonObject{{str("Name"), str("address-id")}}}}}
        << str("InvalidParameter");
    QTest::newRow("11 filters") << QJsonObject{{str("Filters"), eleven}}
                                << str("LimitExceeded.NumberOfFilters");
    QTest::newRow("101 values") << QJsonObject{{str("Filters"),
                                                QJsonArray{filter(str("address-status"), values)}}}
                                << str("InvalidParameterValue.LimitExceeded");
    QTest::newRow("unknown filter")
        << QJsonObject{{str("Filters"), QJsonArray{filter(str("colour"), {str("red")})}}}
        << str("InvalidParameter.InvalidFilter");
    QTest::newRow("malformed AddressIds")
        << QJsonObject{{str("AddressIds"), QJsonArray{str("eip-1")}}}
        << str("InvalidParameterValue.AddressIdMalformed");
    QTest::newRow("malformed ENI filter")
        << QJsonObject{{str("Filters"),
                        QJsonArray{filter(str("network-interface-id"), {str("eni-")})}}}
        << str("InvalidParameterValue.NetworkInterfaceIdMalformed");
    QTest::newRow("AddressIds with address-id filter")
        << QJsonObject{{str("AddressIds"), QJsonArray{str("eip-00000000")}},
                       {str("Filters"),
                        QJsonArray{filter(str("address-id"), {str("eip-00000000")})}}}
        << str("InvalidParameter");
    QTest::newRow("unknown parameter")
        << QJsonObject{{str("AddressIDs"), QJsonArray{}}} << str("UnknownParameter");
}

void TestSandboxActions::invalidParameters() {
    QFETCH(QJsonObject, params);
    QFETCH(QString, code);
    const auto r = m_client->call(str("DescribeAddresses"), params);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.requestId().isEmpty());
}

void TestSandboxActions::routingErrors_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown action")
        << str("DescribeUnicorns") << str("2017-03-12") << Region << str("InvalidAction");
    QTest::newRow("wrong version")
        << str("DescribeAddresses") << str("2099-01-01") << Region << str("NoSuchVersion");
    QTest::newRow("no region") << str("DescribeAddresses") << str("2017-03-12") << QString()
                               << str("MissingParameter");
    QTest::newRow("unknown region") << str("DescribeAddresses") << str("2017-03-12")
                                    << str("mars-north-1") << str("UnsupportedRegion");
    QTest::newRow("region service without Product")
        << str("DescribeRegions") << str("2022-06-27") << QString() << str("MissingParameter");
}

void TestSandboxActions::routingErrors() {
    QFETCH(QString, action);
    QFETCH(QString, version);
    QFETCH(QString, region);
    QFETCH(QString, code);
    SandboxTestClient client(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    client.setRegion(region);
    QCOMPARE(client.call(action, {}, SandboxTestClient::Method::Tc3, version).errorCode(), code);
}

void TestSandboxActions::regionsLocalized() {
    SandboxTestClient client(m_sandbox.endpoint(), m_sandbox.secretId(), m_sandbox.secretKey());
    client.setRegion(QString());
    auto names = [&](const QString& language, const QString& version, const QJsonObject& params) {
        client.setLanguage(language);
        const auto r =
            client.call(str("DescribeRegions"), params, SandboxTestClient::Method::Tc3, version);
        QHash<QString, QString> out;
        for (const QJsonValue& v : r.response.value(QLatin1String("RegionSet")).toArray()) {
            out.insert(v[QLatin1String("Region")].toString(),
                       v[QLatin1String("RegionName")].toString());
            if (v[QLatin1String("RegionState")].toString() != QLatin1String("AVAILABLE"))
                out.insert(str("bad-state"), QString());
        }
        return out;
    };
    const auto zh = names(str("zh-CN"), str("2022-06-27"), {{str("Product"), str("vpc")}});
    const auto en = names(str("en-US"), str("2022-06-27"), {{str("Product"), str("vpc")}});
    const auto cvm = names(QString(), str("2017-03-12"), {});
    QCOMPARE(zh.size(), 4);
    QCOMPARE(zh.value(str("ap-guangzhou")), str("华南地区(广州)"));
    QCOMPARE(en.value(str("ap-guangzhou")), str("South China(Guangzhou)"));
    QVERIFY(en.contains(str("ap-hongkong"))); // mainland and international
    QCOMPARE(cvm.keys().size(), 4);
}

void TestSandboxActions::perRegionPorts() {
    const auto endpoints = m_sandbox.regionEndpoints();
    QCOMPARE(endpoints.size(), 4);
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        QVERIFY(it.value() != m_sandbox.endpoint());
        SandboxTestClient client(it.value(), m_sandbox.secretId(), m_sandbox.secretKey());
        client.setRegion(QString()); // the port decides
        const auto r = client.call(str("DescribeAddresses"), {{str("Limit"), 1}});
        QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
        const QString id =
            r.response[QLatin1String("AddressSet")][0][QLatin1String("AddressId")].toString();
        QCOMPARE(m_sandbox.world()->regionOfAddress(id), it.key());
        // Admin is only on the main port.
        client.setEndpoint(it.value().resolved(QUrl(str("/_admin/state"))));
        QCOMPARE(client.send("GET", {}, {}, {}).status, 404);
        QCOMPARE(m_sandbox.admin("GET", "/_admin/state").status, 200);
    }
}

void TestSandboxActions::networkInterfaces() {
    const Address first = regionAddresses().front();
    const auto r = m_client->call(
        str("DescribeNetworkInterfaces"),
        {{str("Filters"), QJsonArray{filter(str("attachment.instance-id"), {first.instanceId})}}});
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    const QJsonArray set = r.response.value(QLatin1String("NetworkInterfaceSet")).toArray();
    QVERIFY(!set.isEmpty());
    bool sawPrimaryIp = false;
    for (const QJsonValue& eni : set) {
        QCOMPARE(eni[QLatin1String("Attachment")][QLatin1String("InstanceId")].toString(),
                 first.instanceId);
        for (const QJsonValue& ip : eni[QLatin1String("PrivateIpAddressSet")].toArray())
            if (ip[QLatin1String("AddressId")].toString() == first.addressId) {
                QVERIFY(eni[QLatin1String("Primary")].toBool());
                QVERIFY(ip[QLatin1String("Primary")].toBool());
                QCOMPARE(ip[QLatin1String("PublicIpAddress")].toString(), first.addressIp);
                sawPrimaryIp = true;
            }
    }
    QVERIFY(sawPrimaryIp);
    QCOMPARE(m_client
                 ->call(str("DescribeNetworkInterfaces"),
                        {{str("NetworkInterfaceIds"), QJsonArray{str("eni-zzzzzzzz")}}})
                 .errorCode(),
             str("ResourceNotFound"));
    QCOMPARE(m_client
                 ->call(str("DescribeNetworkInterfaces"),
                        {{str("NetworkInterfaceIds"), QJsonArray{str("x")}}})
                 .errorCode(),
             str("InvalidParameterValue.Malformed"));
}

void TestSandboxActions::believableWorld() {
    for (const QString& region : m_sandbox.world()->regionIds()) {
        QSet<QString> statuses;
        bool nat = false, blocked = false, arrears = false, cascade = false, chinese = false,
             tags = false, nullBandwidth = false;
        for (const Address& a : m_sandbox.world()->region(region)->addresses) {
            statuses.insert(a.addressStatus);
            nat = nat || a.isNatGateway();
            blocked = blocked || a.isBlocked;
            arrears = arrears || a.isArrears;
            cascade = cascade || a.cascadeRelease;
            chinese = chinese || a.addressName.contains(QChar(0x672a)); // 未
            tags = tags || !a.tags.isEmpty();
            nullBandwidth = nullBandwidth || !a.bandwidth.has_value();
        }
        for (const char* s :
             {"BIND", "BIND_ENI", "UNBIND", "UNBINDING", "CREATING", "BINDING", "OFFLINING"})
            QVERIFY2(statuses.contains(QLatin1String(s)),
                     qPrintable(region + QLatin1Char(' ') + QLatin1String(s)));
        QVERIFY(nat && blocked && arrears && cascade && chinese && tags);
        Q_UNUSED(nullBandwidth)
    }
}

void TestSandboxActions::deterministicFromSeed() {
    auto snapshot = [](quint64 seed) {
        SystemClock clock;
        sandbox::SandboxWorld world(&clock);
        world.generate(seed, 300, 3);
        QByteArray out;
        for (const QString& r : world.regionIds())
            for (const Address& a : world.region(r)->addresses)
                out += QJsonDocument(sandbox::WireJson::address(a)).toJson(QJsonDocument::Compact);
        return out;
    };
    QCOMPARE(snapshot(5), snapshot(5));
    QVERIFY(snapshot(5) != snapshot(6));
}

QTEST_GUILESS_MAIN(TestSandboxActions)
#include "tst_sandbox_actions.moc"
