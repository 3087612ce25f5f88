// SPDX-License-Identifier: GPL-3.0-or-later
// UnbindEligibility: what a batch will and will not unbind, with every reason, before sending.
#include "ops/UnbindEligibility.h"

#include <QTest>

using namespace eipdesk;

namespace {
Address eip(const QString& id, const QString& status = QStringLiteral("BIND")) {
    Address a;
    a.region = QStringLiteral("ap-guangzhou");
    a.addressId = id;
    a.addressIp = QStringLiteral("43.0.0.1");
    a.addressStatus = status;
    if (status == QLatin1String("BIND")) {
        a.instanceId = QStringLiteral("ins-1");
        a.instanceType = QStringLiteral("CVM");
    }
    return a;
}
Address nat(const QString& id, const QString& natId) {
    Address a = eip(id);
    a.instanceId = natId;
    a.instanceType = QStringLiteral("NAT");
    return a;
}
} // namespace

class TestUnbindEligibility : public QObject {
    Q_OBJECT
private slots:
    void everyReasonIsListed() {
        Address a = eip(QStringLiteral("eip-1"), QStringLiteral("UNBIND"));
        a.isBlocked = true;
        const QStringList r = UnbindEligibility::reasons(a);
        QCOMPARE(r.size(), 2);
        QVERIFY(r.at(0).contains(QStringLiteral("not bound")));
        QVERIFY(r.at(1).contains(QStringLiteral("blocked")));
    }

    void boundCvmIsEligible() {
        QVERIFY(UnbindEligibility::reasons(eip(QStringLiteral("eip-1"))).isEmpty());
    }

    void arrearsWarnsButDoesNotRefuse() {
        Address a = eip(QStringLiteral("eip-1"));
        a.isArrears = true;
        const auto v = UnbindEligibility::assess({a}, {});
        QVERIFY(v.first().eligible());
        QCOMPARE(v.first().warnings.size(), 1);
    }

    void loadBalancerIsRefused() {
        Address a = eip(QStringLiteral("eip-1"));
        a.instanceId = QStringLiteral("lb-abc");
        a.instanceType = QStringLiteral("CLB");
        const QStringList r = UnbindEligibility::reasons(a);
        QCOMPARE(r.size(), 1);
        QVERIFY(r.first().contains(QStringLiteral("lb-abc")));
    }

    void lastNatGatewayEipIsRefused() {
        const QList<Address> inventory{nat(QStringLiteral("eip-1"), QStringLiteral("nat-a")),
                                       nat(QStringLiteral("eip-2"), QStringLiteral("nat-a")),
                                       nat(QStringLiteral("eip-3"), QStringLiteral("nat-b"))};
        const auto counts = UnbindEligibility::natGatewayEipCounts(inventory);
        // Both EIPs of nat-a and the only EIP of nat-b: one of nat-a goes, the other stays.
        const auto v = UnbindEligibility::assess(inventory, counts);
        QVERIFY(v.at(0).eligible());
        QVERIFY(!v.at(1).eligible());
        QVERIFY(v.at(1).reasons.first().contains(QStringLiteral("nat-a")));
        QVERIFY(!v.at(2).eligible());
        QCOMPARE(UnbindEligibility::eligible(v).size(), 1);
        // One of two: fine.
        QVERIFY(UnbindEligibility::assess({inventory.at(1)}, counts).first().eligible());
    }

    void mixedSelectionKeepsOrderAndAllEntries() {
        QList<Address> sel;
        for (int i = 0; i < 12; ++i)
            sel << eip(QStringLiteral("eip-%1").arg(i),
                       i % 2 ? QStringLiteral("UNBIND") : QStringLiteral("BIND"));
        const auto v = UnbindEligibility::assess(sel, {});
        QCOMPARE(v.size(), 12);
        int refused = 0;
        for (const auto& x : v)
            refused += x.eligible() ? 0 : 1;
        QCOMPARE(refused, 6); // all of them, not the first five
        QCOMPARE(UnbindEligibility::eligible(v).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestUnbindEligibility)
#include "tst_unbindeligibility.moc"
