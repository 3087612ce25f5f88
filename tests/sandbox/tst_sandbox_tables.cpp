// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's compact ENI and instance tables (EniTable, InstanceTable): every field comes
// back as it went in, including values that do not pack (odd IDs, IPv6, non-ASCII names),
// changes by ID land on the right row, and lookups by IDs that are not there find nothing.
#include "sandbox/EniTable.h"
#include "sandbox/InstanceTable.h"

#include <QtTest>

using namespace eipdesk;
using namespace eipdesk::sandbox;

namespace {

PrivateIpAddress ip(const QString& privateIp, bool primary, const QString& publicIp = {},
                    const QString& addressId = {},
                    const QString& state = QStringLiteral("AVAILABLE")) {
    PrivateIpAddress p;
    p.privateIpAddress = privateIp;
    p.primary = primary;
    p.publicIpAddress = publicIp;
    p.addressId = addressId;
    p.state = state;
    return p;
}

NetworkInterface eni(const QString& id, const QString& instance) {
    NetworkInterface e;
    e.networkInterfaceId = id;
    e.networkInterfaceName = QStringLiteral("主网卡");
    e.vpcId = QStringLiteral("vpc-2zfo3lps");
    e.subnetId = QStringLiteral("subnet-7y2ci64h");
    e.state = QStringLiteral("AVAILABLE");
    e.primary = true;
    e.attachedInstanceId = instance;
    e.privateIpAddresses = {ip(QStringLiteral("10.0.0.7"), true, QStringLiteral("43.128.1.9"),
                               QStringLiteral("eip-k2s8d0yp")),
                            ip(QStringLiteral("10.0.0.8"), false)};
    return e;
}

void compare(const NetworkInterface& a, const NetworkInterface& b) {
    QCOMPARE(a.networkInterfaceId, b.networkInterfaceId);
    QCOMPARE(a.networkInterfaceName, b.networkInterfaceName);
    QCOMPARE(a.vpcId, b.vpcId);
    QCOMPARE(a.subnetId, b.subnetId);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.primary, b.primary);
    QCOMPARE(a.attachedInstanceId, b.attachedInstanceId);
    QCOMPARE(a.privateIpAddresses.size(), b.privateIpAddresses.size());
    for (qsizetype i = 0; i < a.privateIpAddresses.size(); ++i) {
        const PrivateIpAddress& x = a.privateIpAddresses.at(i);
        const PrivateIpAddress& y = b.privateIpAddresses.at(i);
        QCOMPARE(x.privateIpAddress, y.privateIpAddress);
        QCOMPARE(x.primary, y.primary);
        QCOMPARE(x.publicIpAddress, y.publicIpAddress);
        QCOMPARE(x.addressId, y.addressId);
        QCOMPARE(x.state, y.state);
    }
}

SandboxInstance instance(const QString& id) {
    SandboxInstance c;
    c.id = id;
    c.name = QStringLiteral("游戏服-07");
    c.primaryEniId = QStringLiteral("eni-5k9mx1ab");
    c.createdTime = QDateTime(QDate(2023, 4, 5), QTime(6, 7, 8), Qt::UTC);
    return c;
}

void compare(const SandboxInstance& a, const SandboxInstance& b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.primaryEniId, b.primaryEniId);
    QCOMPARE(a.internetChargeType, b.internetChargeType);
    QCOMPARE(a.stoppedNoCharge, b.stoppedNoCharge);
    QCOMPARE(a.bgpOnly, b.bgpOnly);
    QCOMPARE(a.anycastUnsupported, b.anycastUnsupported);
    QCOMPARE(a.residentialUnsupported, b.residentialUnsupported);
    QCOMPARE(a.directUnsupported, b.directUnsupported);
    QCOMPARE(a.dedicatedClusterId, b.dedicatedClusterId);
    QCOMPARE(a.maxAddresses, b.maxAddresses);
    QCOMPARE(a.machineType, b.machineType);
    QCOMPARE(a.instanceChargeType, b.instanceChargeType);
    QCOMPARE(a.normalPublicIp, b.normalPublicIp);
    QCOMPARE(a.createdTime, b.createdTime);
    QCOMPARE(a.createdTime.isValid(), b.createdTime.isValid());
}

} // namespace

class TestSandboxTables : public QObject {
    Q_OBJECT
private slots:
    void eniFieldsComeBack() {
        EniTable t;
        const NetworkInterface plain =
            eni(QStringLiteral("eni-5k9mx1ab"), QStringLiteral("ins-a1b2c3d4"));
        NetworkInterface odd = eni(QStringLiteral("eni_legacy_77"), QStringLiteral("ins_legacy_x"));
        odd.primary = false;
        odd.networkInterfaceName = QStringLiteral("name \"quoted\" \\ 网卡");
        odd.vpcId.clear();
        odd.state = QStringLiteral("ATTACHING");
        odd.privateIpAddresses << ip(QStringLiteral("fd00::7"), false, QStringLiteral("010.1.2.3"),
                                     QStringLiteral("eip-UPPER123"), QStringLiteral("DELETING"));
        t.append(plain);
        t.append(odd);
        QCOMPARE(t.size(), size_t(2));
        compare(t.at(0), plain);
        compare(t.at(1), odd);
        compare(*t.find(odd.networkInterfaceId), odd);
        compare(t.front(), plain);
        int n = 0;
        for (const NetworkInterface& e : t)
            compare(e, n++ == 0 ? plain : odd);
        QCOMPARE(n, 2);
    }

    void eniLookupsOfAbsentIds() {
        EniTable t;
        t.append(eni(QStringLiteral("eni-5k9mx1ab"), {}));
        QVERIFY(!t.find(QStringLiteral("eni-5k9mx1ac")));
        QVERIFY(!t.find(QStringLiteral("ENI-5K9MX1AB")));
        QVERIFY(!t.find(QString()));
        QVERIFY(!t.contains(QStringLiteral("something else")));
        QCOMPARE(t.indexOf(QStringLiteral("eni-5k9mx1ab")), 0);
        bool called = false;
        QVERIFY(
            !t.update(QStringLiteral("eni-00000000"), [&](NetworkInterface&) { called = true; }));
        QVERIFY(!called);
        QVERIFY(!t.replace(eni(QStringLiteral("eni-00000000"), {})));
        QCOMPARE(t.size(), size_t(1));
    }

    void eniChangesLandOnTheirRow() {
        EniTable t;
        for (const char* id : {"eni-aaaaaaaa", "eni-bbbbbbbb", "eni-cccccccc"})
            t.append(eni(QLatin1String(id), QStringLiteral("ins-a1b2c3d4")));
        QVERIFY(t.update(QStringLiteral("eni-bbbbbbbb"), [](NetworkInterface& e) {
            e.privateIpAddresses[1].addressId = QStringLiteral("eip-zzzzzzzz");
            e.privateIpAddresses[1].publicIpAddress = QStringLiteral("1.2.3.4");
            e.privateIpAddresses.append(ip(QStringLiteral("10.0.0.9"), false));
            e.attachedInstanceId.clear();
        }));
        const NetworkInterface b = *t.find(QStringLiteral("eni-bbbbbbbb"));
        QCOMPARE(b.privateIpAddresses.size(), 3);
        QCOMPARE(b.privateIpAddresses[1].addressId, QStringLiteral("eip-zzzzzzzz"));
        QCOMPARE(b.privateIpAddresses[1].publicIpAddress, QStringLiteral("1.2.3.4"));
        QVERIFY(b.attachedInstanceId.isEmpty());
        // The others are as they were, and appending an existing ID replaces it in place.
        compare(t.at(0), eni(QStringLiteral("eni-aaaaaaaa"), QStringLiteral("ins-a1b2c3d4")));
        compare(t.at(2), eni(QStringLiteral("eni-cccccccc"), QStringLiteral("ins-a1b2c3d4")));
        t.append(eni(QStringLiteral("eni-aaaaaaaa"), QStringLiteral("ins-99999999")));
        QCOMPARE(t.size(), size_t(3));
        QCOMPARE(t.at(0).attachedInstanceId, QStringLiteral("ins-99999999"));
    }

    void instanceFieldsComeBack() {
        InstanceTable t;
        const SandboxInstance plain = instance(QStringLiteral("ins-a1b2c3d4"));
        SandboxInstance odd = instance(QStringLiteral("ins_legacy_a1b2c3d4"));
        odd.state = QStringLiteral("STOPPED");
        odd.internetChargeType = QStringLiteral("BANDWIDTH_PREPAID_BY_MONTH");
        odd.stoppedNoCharge = true;
        odd.bgpOnly = true;
        odd.anycastUnsupported = true;
        odd.residentialUnsupported = true;
        odd.directUnsupported = true;
        odd.dedicatedClusterId = QStringLiteral("cluster-xyz01234");
        odd.maxAddresses = 3;
        odd.machineType = QStringLiteral("SA2.MEDIUM4");
        odd.instanceChargeType = QStringLiteral("PREPAID");
        odd.normalPublicIp = QStringLiteral("43.128.9.1");
        odd.primaryEniId.clear();
        odd.createdTime = QDateTime();
        t.insert(plain);
        t.insert(odd);
        QCOMPARE(t.size(), 2);
        compare(t.at(0), plain);
        compare(t.at(1), odd);
        compare(*t.find(odd.id), odd);
        compare(t.value(plain.id), plain);
        compare(t.value(QStringLiteral("ins-00000000")), SandboxInstance());
        QCOMPARE(t.keys(), QStringList({plain.id, odd.id}));
        int n = 0;
        for (const SandboxInstance& c : t)
            compare(c, n++ == 0 ? plain : odd);
        QCOMPARE(n, 2);
    }

    void instanceChangesAndRemovals() {
        InstanceTable t;
        const QStringList ids{QStringLiteral("ins-aaaaaaaa"), QStringLiteral("ins-bbbbbbbb"),
                              QStringLiteral("ins-cccccccc"), QStringLiteral("ins-dddddddd")};
        for (const QString& id : ids)
            t.insert(instance(id));
        QVERIFY(
            t.update(ids[2], [](SandboxInstance& c) { c.state = QStringLiteral("TERMINATING"); }));
        QCOMPARE(t.value(ids[2]).state, QStringLiteral("TERMINATING"));
        QCOMPARE(t.value(ids[1]).state, QStringLiteral("RUNNING"));
        bool called = false;
        QVERIFY(
            !t.update(QStringLiteral("ins-00000000"), [&](SandboxInstance&) { called = true; }));
        QVERIFY(!called);
        // Removing one in the middle keeps every later ID findable at its new place.
        QVERIFY(t.remove(ids[1]));
        QVERIFY(!t.remove(ids[1]));
        QCOMPARE(t.size(), 3);
        QVERIFY(!t.contains(ids[1]));
        QCOMPARE(t.keys(), QStringList({ids[0], ids[2], ids[3]}));
        for (const QString& id : {ids[0], ids[2], ids[3]})
            QCOMPARE(t.at(t.indexOf(id)).id, id);
        QCOMPARE(t.value(ids[2]).state, QStringLiteral("TERMINATING"));
        // Inserting an existing ID replaces it in place.
        SandboxInstance again = instance(ids[3]);
        again.maxAddresses = 1;
        t.insert(again);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.indexOf(ids[3]), 2);
        QCOMPARE(t.value(ids[3]).maxAddresses, 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTables)
#include "tst_sandbox_tables.moc"
