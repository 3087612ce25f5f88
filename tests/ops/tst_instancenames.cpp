// SPDX-License-Identifier: GPL-3.0-or-later
// Instance names for the bound EIPs: one DescribeInstances round per region per refresh
// (100 IDs per request), cached per region, labels "name (ins-…)", failures keep old names.
#include "OpsSandbox.h"
#include "api/VpcApi.h"
#include "inventory/InstanceNameCache.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxWorld.h"

#include <QSignalSpy>
#include <QtTest>

using namespace eipdesk;

class TestInstanceNames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_sb.start());
        bool done = false;
        m_sb.api()->describeAllAddresses(m_sb.region(), {}, nullptr,
                                         [&](const QList<Address>& list, const ApiError& e) {
                                             QVERIFY(!e.isError());
                                             m_addresses = list;
                                             done = true;
                                         });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    }

    void namesOfBoundInstancesInOneRound() {
        InstanceNameCache cache;
        cache.setClient(m_sb.client());
        QSignalSpy changed(&cache, &InstanceNameCache::namesChanged);
        m_sb.network().reset();
        cache.refresh(m_sb.region(), m_addresses);
        QVERIFY(cache.isLoading(m_sb.region()));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 60000);
        QCOMPARE(changed.at(0).at(0).toString(), m_sb.region());
        QSet<QString> bound;
        for (const Address& a : std::as_const(m_addresses))
            if (a.boundKind() == BoundKind::Cvm && a.instanceId.startsWith(QLatin1String("ins-")))
                bound.insert(a.instanceId);
        QVERIFY(bound.size() > 10);
        QCOMPARE(m_sb.network().sent(QStringLiteral("DescribeInstances")),
                 int((bound.size() + 99) / 100));
        auto* region = m_sb.server().world()->region(m_sb.region());
        int named = 0;
        for (const QString& id : std::as_const(bound)) {
            if (!region->instances.contains(id)) {
                QVERIFY(cache.name(id).isEmpty()); // gone: the ID alone
                QCOMPARE(cache.label(id), id);
                continue;
            }
            const QString name = region->instances.value(id).name;
            QCOMPARE(cache.name(id), name);
            QCOMPARE(cache.label(id), QStringLiteral("%1 (%2)").arg(name, id));
            ++named;
        }
        QVERIFY(named > 10);
    }

    void failureKeepsThePreviousNames() {
        InstanceNameCache cache;
        cache.setClient(m_sb.client());
        QSignalSpy changed(&cache, &InstanceNameCache::namesChanged);
        QSignalSpy failed(&cache, &InstanceNameCache::lookupFailed);
        cache.refresh(m_sb.region(), m_addresses);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 60000);
        const int before = cache.size();
        QVERIFY(before > 0);
        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DescribeInstances");
        rule.kind = sandbox::FaultRule::Kind::Error;
        rule.code = QStringLiteral("InternalServerError");
        m_sb.server().faults()->addRule(rule);
        cache.refresh(m_sb.region(), m_addresses);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        m_sb.server().faults()->clear();
        QCOMPARE(cache.size(), before);
        QCOMPARE(changed.size(), 1);
    }

private:
    test::OpsSandbox m_sb;
    QList<Address> m_addresses;
};

QTEST_GUILESS_MAIN(TestInstanceNames)
#include "tst_instancenames.moc"
