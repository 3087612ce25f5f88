// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Address.h"
#include "core/ManualClock.h"
#include "core/NetworkInterface.h"

#include <QtTest>

using namespace eipdesk;

class TestAddress : public QObject {
    Q_OBJECT
private slots:
    void boundKind_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("instanceType");
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QString>("eni");
        QTest::addColumn<int>("kind");
        QTest::newRow("cvm") << "BIND"
                             << "CVM"
                             << "ins-1"
                             << "eni-1" << int(BoundKind::Cvm);
        QTest::newRow("nat by type") << "BIND"
                                     << "NAT"
                                     << "nat-1"
                                     << "" << int(BoundKind::NatGateway);
        QTest::newRow("nat by id") << "BIND"
                                   << ""
                                   << "nat-2"
                                   << "" << int(BoundKind::NatGateway);
        QTest::newRow("eni") << "BIND_ENI"
                             << ""
                             << ""
                             << "eni-2" << int(BoundKind::Eni);
        QTest::newRow("clb") << "BIND"
                             << "CLB"
                             << "lb-1"
                             << "" << int(BoundKind::Other);
        QTest::newRow("idle") << "UNBIND"
                              << ""
                              << ""
                              << "" << int(BoundKind::None);
    }
    void boundKind() {
        QFETCH(QString, status);
        QFETCH(QString, instanceType);
        QFETCH(QString, instanceId);
        QFETCH(QString, eni);
        QFETCH(int, kind);
        Address a;
        a.addressStatus = status;
        a.instanceType = instanceType;
        a.instanceId = instanceId;
        a.networkInterfaceId = eni;
        QCOMPARE(int(a.boundKind()), kind);
    }

    void unbindBlocker_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<bool>("arrears");
        QTest::addColumn<QString>("blocker");
        QTest::newRow("bound") << "BIND" << false << false << "";
        QTest::newRow("bound eni") << "BIND_ENI" << false << false << "";
        QTest::newRow("idle") << "UNBIND" << false << false << "not-bound";
        QTest::newRow("blocked") << "BIND" << true << false << "blocked";
        // In arrears is not a refusal: the documentation forbids only non-bound and blocked EIPs.
        QTest::newRow("arrears") << "BIND" << false << true << "";
        QTest::newRow("unbinding") << "UNBINDING" << false << false << "transitional";
        QTest::newRow("creating") << "CREATING" << false << false << "transitional";
    }
    void unbindBlocker() {
        QFETCH(QString, status);
        QFETCH(bool, blocked);
        QFETCH(bool, arrears);
        QFETCH(QString, blocker);
        Address a;
        a.addressStatus = status;
        a.isBlocked = blocked;
        a.isArrears = arrears;
        QCOMPARE(a.unbindBlocker(), blocker);
    }

    void tagsText() {
        Address a;
        a.tags = {{QStringLiteral("env"), QStringLiteral("prod")},
                  {QStringLiteral("团队"), QString()}};
        QCOMPARE(a.tagsText(), QStringLiteral("env=prod, 团队"));
    }

    void primaryEniRule() {
        NetworkInterface eni;
        eni.primary = true;
        eni.privateIpAddresses = {{QStringLiteral("10.0.0.2"), true, {}, {}, {}},
                                  {QStringLiteral("10.0.0.3"), false, {}, {}, {}}};
        QVERIFY(eni.isPrimaryIpOfPrimaryEni(QStringLiteral("10.0.0.2")));
        QVERIFY(!eni.isPrimaryIpOfPrimaryEni(QStringLiteral("10.0.0.3")));
        QVERIFY(!eni.isPrimaryIpOfPrimaryEni(QStringLiteral("10.0.0.9")));
        eni.primary = false;
        QVERIFY(!eni.isPrimaryIpOfPrimaryEni(QStringLiteral("10.0.0.2")));
    }

    void manualClock() {
        ManualClock clock(1000);
        clock.advance(1500);
        QCOMPARE(clock.nowMSecs(), 2500);
        QCOMPARE(clock.monotonicMSecs(), 1500);
        QCOMPARE(clock.nowSecs(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
