// SPDX-License-Identifier: GPL-3.0-or-later
// DisassociateAddress and friends: the asynchronous lifecycle, every §5.1 code reachable from
// the world, the primary-ENI rule, the daily quota, CascadeRelease, the NAT path, rebinding.
#include "SandboxTestClient.h"
#include "core/AddressStatus.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace eipdesk;
using eipdesk::sandbox::SandboxWorld;

namespace {
const QString Region = QStringLiteral("ap-guangzhou");
QString str(const char* s) {
    return QString::fromLatin1(s);
}
} // namespace

class TestSandboxUnbind : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyDisassociateCode_data();
    void everyDisassociateCode();
    void lifecycleToUnbind();
    void failedTaskReturnsToBound();
    void neverFinishingTask();
    void reallocateUsesDailyQuota();
    void cascadeReleaseDisappears();
    void natGatewayPath();
    void associateBindsAgain();
    void arrearsIsUnbound();

private:
    QString find(const QString& kind);
    QString taskResult(const QString& taskId);
    QString status(const QString& addressId);
    SandboxTestClient* client() { return m_client.get(); }

    test::SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxUnbind::initTestCase() {
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_sandbox.server().rateLimiter()->setEnabled(false);
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                   m_sandbox.secretKey());
    m_client->setRegion(Region);
}

void TestSandboxUnbind::cleanup() {
    m_sandbox.world()->regenerate();
    m_sandbox.world()->setDailyReallocateLimit(10);
    m_sandbox.world()->setUnbindDurationMs(200);
    m_sandbox.world()->setNeverFinishTasks(false);
}

// An address of the given kind in ap-guangzhou (the curated part of the world has them all).
QString TestSandboxUnbind::find(const QString& kind) {
    SandboxWorld* w = m_sandbox.world();
    sandbox::RegionData* r = w->region(Region);
    auto cvm = [&](const Address& a) {
        return a.addressStatus == QLatin1String("BIND") && a.instanceType == QLatin1String("CVM");
    };
    auto healthy = [&](const Address& a) {
        const auto inst = r->instances.find(a.instanceId);
        return cvm(a) && !a.isBlocked && !a.isArrears && a.addressType == QLatin1String("EIP") &&
               w->quirk(a.addressId) == sandbox::AddressQuirk::None && inst &&
               inst->state == QLatin1String("RUNNING") && r->eni(inst->primaryEniId) &&
               r->eni(a.networkInterfaceId);
    };
    std::function<bool(const Address&)> pred;
    if (kind == QLatin1String("primary"))
        pred = [&](const Address& a) {
            return healthy(a) && !a.cascadeRelease &&
                   r->eni(a.networkInterfaceId)->isPrimaryIpOfPrimaryEni(a.privateAddressIp);
        };
    else if (kind == QLatin1String("secondary"))
        pred = [&](const Address& a) {
            return healthy(a) &&
                   !r->eni(a.networkInterfaceId)->isPrimaryIpOfPrimaryEni(a.privateAddressIp);
        };
    else if (kind == QLatin1String("cascade"))
        pred = [&](const Address& a) { return healthy(a) && a.cascadeRelease; };
    else if (kind == QLatin1String("noeni"))
        pred = [&](const Address& a) { return cvm(a) && a.networkInterfaceId.isEmpty(); };
    else if (kind == QLatin1String("mastereni"))
        pred = [&](const Address& a) {
            return cvm(a) && r->instances.contains(a.instanceId) &&
                   !r->eni(r->instances.value(a.instanceId).primaryEniId);
        };
    else if (kind == QLatin1String("broken"))
        pred = [&](const Address& a) {
            return w->quirk(a.addressId) == sandbox::AddressQuirk::BrokenBackend;
        };
    else if (kind == QLatin1String("blocked"))
        pred = [&](const Address& a) { return a.isBlocked; };
    else if (kind == QLatin1String("unbind"))
        pred = [&](const Address& a) {
            return a.addressStatus == QLatin1String("UNBIND") && !a.isArrears;
        };
    else if (kind == QLatin1String("clb"))
        pred = [&](const Address& a) { return a.instanceType == QLatin1String("CLB"); };
    else if (kind == QLatin1String("instmissing"))
        pred = [&](const Address& a) {
            return cvm(a) && a.instanceId.startsWith(QLatin1String("ins-")) &&
                   !r->instances.contains(a.instanceId);
        };
    else if (kind == QLatin1String("legacy"))
        pred = [&](const Address& a) { return a.instanceId.startsWith(QLatin1String("ins_")); };
    else if (kind == QLatin1String("nat"))
        pred = [&](const Address& a) {
            return a.isNatGateway() && a.addressStatus == QLatin1String("BIND");
        };
    else if (kind == QLatin1String("unbinding"))
        pred = [&](const Address& a) { return a.addressStatus == QLatin1String("UNBINDING"); };
    else if (kind == QLatin1String("creating"))
        pred = [&](const Address& a) { return a.addressStatus == QLatin1String("CREATING"); };
    else if (kind == QLatin1String("terminating"))
        pred = [&](const Address& a) {
            return cvm(a) && r->instances.value(a.instanceId).state == QLatin1String("TERMINATING");
        };
    else if (kind == QLatin1String("wanip"))
        pred = [&](const Address& a) { return a.addressType == QLatin1String("WanIP"); };
    else if (kind == QLatin1String("otherregion"))
        return w->findAddress(QStringLiteral("ap-hongkong"), [](const Address&) { return true; })
            ->addressId;
    else
        return kind; // a literal ID
    const auto a = w->findAddress(Region, pred);
    return a ? a->addressId : QString();
}

QString TestSandboxUnbind::taskResult(const QString& taskId) {
    const auto r = client()->call(str("DescribeTaskResult"), {{str("TaskId"), taskId.toDouble()}});
    return r.response.value(QLatin1String("Result")).toString();
}

QString TestSandboxUnbind::status(const QString& addressId) {
    const auto r =
        client()->call(str("DescribeAddresses"), {{str("AddressIds"), QJsonArray{addressId}}});
    const QJsonArray set = r.response.value(QLatin1String("AddressSet")).toArray();
    return set.isEmpty() ? str("(gone)")
                         : set.at(0).toObject().value(QLatin1String("AddressStatus")).toString();
}

void TestSandboxUnbind::everyDisassociateCode_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("reallocate");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("code");
    const QString v = str("2017-03-12");
    QTest::newRow("AddressQuotaLimitExceeded.DailyAllocate")
        << str("primary") << true << v << str("AddressQuotaLimitExceeded.DailyAllocate");
    QTest::newRow("FailedOperation.AddressEniInfoNotFound")
        << str("noeni") << false << v << str("FailedOperation.AddressEniInfoNotFound");
    QTest::newRow("FailedOperation.MasterEniNotFound")
        << str("mastereni") << true << v << str("FailedOperation.MasterEniNotFound");
    QTest::newRow("FailedOperation.TaskFailed")
        << str("broken") << false << v << str("FailedOperation.TaskFailed");
    QTest::newRow("InvalidAddressId.Blocked")
        << str("blocked") << false << v << str("InvalidAddressId.Blocked");
    QTest::newRow("InvalidAddressId.NotFound")
        << str("eip-zzzzzzzz") << false << v << str("InvalidAddressId.NotFound");
    QTest::newRow("InvalidAddressIdStatus.NotPermit")
        << str("unbind") << false << v << str("InvalidAddressIdStatus.NotPermit");
    QTest::newRow("InvalidInstance.NotSupported")
        << str("clb") << false << v << str("InvalidInstance.NotSupported");
    QTest::newRow("InvalidInstanceId.NotFound")
        << str("instmissing") << false << v << str("InvalidInstanceId.NotFound");
    QTest::newRow("InvalidParameter") << str("(number)") << false << v << str("InvalidParameter");
    QTest::newRow("InvalidParameterValue.AddressIdMalformed")
        << str("eip_bad") << false << v << str("InvalidParameterValue.AddressIdMalformed");
    QTest::newRow("InvalidParameterValue.AddressNotFound")
        << str("otherregion") << false << v << str("InvalidParameterValue.AddressNotFound");
    QTest::newRow("InvalidParameterValue.InstanceIdMalformed")
        << str("legacy") << false << v << str("InvalidParameterValue.InstanceIdMalformed");
    QTest::newRow("InvalidParameterValue.OnlySupportedForMasterNetworkCard")
        << str("secondary") << true << v
        << str("InvalidParameterValue.OnlySupportedForMasterNetworkCard");
    QTest::newRow("InvalidParameterValue.ResourceNotSupport")
        << str("nat") << false << v << str("InvalidParameterValue.ResourceNotSupport");
    QTest::newRow("OperationDenied.MutexTaskRunning")
        << str("unbinding") << false << v << str("OperationDenied.MutexTaskRunning");
    QTest::newRow("UnsupportedOperation.ActionNotFound")
        << str("primary") << false << str("2020-01-01")
        << str("UnsupportedOperation.ActionNotFound");
    QTest::newRow("UnsupportedOperation.AddressStatusNotPermit")
        << str("creating") << false << v << str("UnsupportedOperation.AddressStatusNotPermit");
    QTest::newRow("UnsupportedOperation.InstanceStateNotSupported")
        << str("terminating") << false << v
        << str("UnsupportedOperation.InstanceStateNotSupported");
    QTest::newRow("UnsupportedOperation.InvalidAction")
        << str("wanip") << false << v << str("UnsupportedOperation.InvalidAction");
}

void TestSandboxUnbind::everyDisassociateCode() {
    QFETCH(QString, kind);
    QFETCH(bool, reallocate);
    QFETCH(QString, version);
    QFETCH(QString, code);
    if (code == QLatin1String("AddressQuotaLimitExceeded.DailyAllocate"))
        m_sandbox.world()->setDailyReallocateLimit(0);
    QJsonObject params;
    if (kind == QLatin1String("(number)")) {
        params.insert(str("AddressId"), 12345);
    } else {
        const QString id = find(kind);
        QVERIFY2(!id.isEmpty(), qPrintable(kind));
        params.insert(str("AddressId"), id);
    }
    if (reallocate)
        params.insert(str("ReallocateNormalPublicIp"), true);
    const auto before = m_sandbox.world()->addressCount();
    const auto r =
        client()->call(str("DisassociateAddress"), params, SandboxTestClient::Method::Tc3, version);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.requestId().isEmpty());
    QVERIFY(!r.response.contains(QLatin1String("TaskId")));
    QCOMPARE(m_sandbox.world()->runningTaskCount(), 0); // nothing was started
    QCOMPARE(m_sandbox.world()->addressCount(), before);
}

void TestSandboxUnbind::lifecycleToUnbind() {
    const QString id = find(str("primary"));
    const QString eni = m_sandbox.world()->address(id)->networkInterfaceId;
    const auto r = client()->call(str("DisassociateAddress"), {{str("AddressId"), id}});
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    const QString taskId = r.response.value(QLatin1String("TaskId")).toString();
    QVERIFY(!taskId.isEmpty());
    bool numeric = false;
    taskId.toULongLong(&numeric);
    QVERIFY(numeric);
    QCOMPARE(status(id), str("UNBINDING"));
    QCOMPARE(taskResult(taskId), str("RUNNING"));
    // A second unbind while the task runs.
    QCOMPARE(client()->call(str("DisassociateAddress"), {{str("AddressId"), id}}).errorCode(),
             str("OperationDenied.MutexTaskRunning"));
    QTRY_COMPARE_WITH_TIMEOUT(taskResult(taskId), str("SUCCESS"), 20000);
    QCOMPARE(status(id), str("UNBIND"));
    const auto a = m_sandbox.world()->address(id);
    QVERIFY(a->instanceId.isEmpty() && a->networkInterfaceId.isEmpty() &&
            a->privateAddressIp.isEmpty());
    // The ENI no longer carries the EIP.
    const auto e = client()->call(str("DescribeNetworkInterfaces"),
                                  {{str("NetworkInterfaceIds"), QJsonArray{eni}}});
    const QJsonArray ips = e.response.value(QLatin1String("NetworkInterfaceSet"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("PrivateIpAddressSet"))
                               .toArray();
    QVERIFY(!ips.isEmpty());
    for (const QJsonValue& ip : ips)
        QVERIFY(ip.toObject().value(QLatin1String("AddressId")).toString() != id);
}

void TestSandboxUnbind::failedTaskReturnsToBound() {
    const QString id = find(str("primary"));
    m_sandbox.world()->scriptTaskOutcome(id, sandbox::TaskOutcome::Fail);
    const auto r = client()->call(str("DisassociateAddress"), {{str("AddressId"), id}});
    const QString taskId = r.response.value(QLatin1String("TaskId")).toString();
    QVERIFY(!taskId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(taskResult(taskId), str("FAILED"), 20000);
    QCOMPARE(status(id), str("BIND"));
}

void TestSandboxUnbind::neverFinishingTask() {
    const QString id = find(str("primary"));
    m_sandbox.world()->setUnbindDurationMs(0);
    m_sandbox.world()->scriptTaskOutcome(id, sandbox::TaskOutcome::NeverFinish);
    const auto r = client()->call(str("DisassociateAddress"), {{str("AddressId"), id}});
    const QString taskId = r.response.value(QLatin1String("TaskId")).toString();
    QTest::qWait(300);
    QCOMPARE(taskResult(taskId), str("RUNNING"));
    QCOMPARE(status(id), str("UNBINDING"));
}

void TestSandboxUnbind::reallocateUsesDailyQuota() {
    auto quotaUsed = [&] {
        const auto q = client()->call(str("DescribeAddressQuota"));
        for (const QJsonValue& v : q.response.value(QLatin1String("QuotaSet")).toArray())
            if (v.toObject().value(QLatin1String("QuotaId")).toString() ==
                QLatin1String("DAILY_PUBLIC_IP_ASSIGN"))
                return v.toObject().value(QLatin1String("QuotaCurrent")).toInt();
        return -1;
    };
    QCOMPARE(quotaUsed(), 0);
    m_sandbox.world()->setDailyReallocateLimit(2);
    QStringList done;
    for (int i = 0; i < 3; ++i) {
        const auto a = m_sandbox.world()->findAddress(Region, [&](const Address& x) {
            sandbox::RegionData* r = m_sandbox.world()->region(Region);
            const auto eni = r->eni(x.networkInterfaceId);
            return x.addressStatus == QLatin1String("BIND") && !x.isBlocked && !x.isArrears &&
                   !done.contains(x.addressId) && eni &&
                   eni->isPrimaryIpOfPrimaryEni(x.privateAddressIp) &&
                   r->instances.value(x.instanceId).state == QLatin1String("RUNNING") &&
                   m_sandbox.world()->quirk(x.addressId) == sandbox::AddressQuirk::None &&
                   r->eni(r->instances.value(x.instanceId).primaryEniId);
        });
        QVERIFY(a);
        done << a->addressId;
        const auto r =
            client()->call(str("DisassociateAddress"), {{str("AddressId"), a->addressId},
                                                        {str("ReallocateNormalPublicIp"), true}});
        QCOMPARE(r.errorCode(), i < 2 ? QString() : str("AddressQuotaLimitExceeded.DailyAllocate"));
    }
    QCOMPARE(quotaUsed(), 2);
    // Without reallocation the same address still unbinds.
    QVERIFY(client()
                ->call(str("DisassociateAddress"), {{str("AddressId"), done.last()}})
                .errorCode()
                .isEmpty());
}

void TestSandboxUnbind::cascadeReleaseDisappears() {
    const QString id = find(str("cascade"));
    QVERIFY(!id.isEmpty());
    const auto r = client()->call(str("DisassociateAddress"), {{str("AddressId"), id}});
    const QString taskId = r.response.value(QLatin1String("TaskId")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(taskResult(taskId), str("SUCCESS"), 20000);
    QCOMPARE(status(id), str("(gone)"));
    QVERIFY(!m_sandbox.world()->address(id));
}

void TestSandboxUnbind::natGatewayPath() {
    sandbox::RegionData* r = m_sandbox.world()->region(Region);
    // A gateway with two EIPs, and one with a single EIP.
    QHash<QString, QStringList> ipsByNat;
    for (const Address& a : r->addresses)
        if (a.isNatGateway() && a.addressStatus == QLatin1String("BIND"))
            ipsByNat[a.instanceId] << a.addressIp;
    QString multi, single;
    for (auto it = ipsByNat.begin(); it != ipsByNat.end(); ++it) {
        if (it->size() >= 2 && multi.isEmpty())
            multi = it.key();
        if (it->size() == 1 && single.isEmpty())
            single = it.key();
    }
    QVERIFY(!multi.isEmpty() && !single.isEmpty());
    auto call = [&](const QString& nat, const QStringList& ips) {
        return client()->call(str("DisassociateNatGatewayAddress"),
                              {{str("NatGatewayId"), nat},
                               {str("PublicIpAddresses"), QJsonArray::fromStringList(ips)}});
    };
    QCOMPARE(call(single, ipsByNat[single]).errorCode(),
             str("UnsupportedOperation.PublicIpAddressDisassociate"));
    QCOMPARE(call(multi, ipsByNat[multi]).errorCode(),
             str("UnsupportedOperation.PublicIpAddressDisassociate"));
    QCOMPARE(call(str("nat-zzzzzzzz"), {ipsByNat[multi].first()}).errorCode(),
             str("ResourceNotFound"));
    QCOMPARE(call(str("bogus"), {ipsByNat[multi].first()}).errorCode(),
             str("InvalidParameterValue.Malformed"));
    m_sandbox.world()->setNatRestricted(Region, multi, true);
    QCOMPARE(call(multi, {ipsByNat[multi].first()}).errorCode(),
             str("UnsupportedOperation.NatGatewayRestricted"));
    m_sandbox.world()->setNatRestricted(Region, multi, false);

    const auto ok = call(multi, {ipsByNat[multi].first()});
    QVERIFY2(ok.errorCode().isEmpty(), ok.body.constData());
    QVERIFY(!ok.response.contains(QLatin1String("TaskId")));
    const auto eip = m_sandbox.world()->findAddress(
        Region, [&](const Address& a) { return a.addressIp == ipsByNat[multi].first(); });
    QCOMPARE(status(eip->addressId), str("UNBINDING"));
    QCOMPARE(call(multi, {ipsByNat[multi].first()}).errorCode(), str("ResourceInUse"));
    QTRY_COMPARE_WITH_TIMEOUT(status(eip->addressId), str("UNBIND"), 20000);
}

void TestSandboxUnbind::associateBindsAgain() {
    const QString id = find(str("primary"));
    const QString instance = m_sandbox.world()->address(id)->instanceId;
    const auto r = client()->call(str("DisassociateAddress"), {{str("AddressId"), id}});
    QTRY_COMPARE_WITH_TIMEOUT(taskResult(r.response.value(QLatin1String("TaskId")).toString()),
                              str("SUCCESS"), 20000);
    QCOMPARE(client()
                 ->call(str("AssociateAddress"),
                        {{str("AddressId"), id}, {str("InstanceId"), str("ins-zzzzzzzz")}})
                 .errorCode(),
             str("InvalidInstanceId.NotFound"));
    const auto b = client()->call(str("AssociateAddress"),
                                  {{str("AddressId"), id}, {str("InstanceId"), instance}});
    QVERIFY2(b.errorCode().isEmpty(), b.body.constData());
    QCOMPARE(status(id), str("BINDING"));
    QTRY_COMPARE_WITH_TIMEOUT(taskResult(b.response.value(QLatin1String("TaskId")).toString()),
                              str("SUCCESS"), 20000);
    QCOMPARE(status(id), str("BIND"));
    QCOMPARE(m_sandbox.world()->address(id)->instanceId, instance);
}

// Being in arrears is not among DisassociateAddress's documented preconditions (BIND or
// BIND_ENI, not blocked): the sandbox unbinds such an EIP like any other.
void TestSandboxUnbind::arrearsIsUnbound() {
    SandboxWorld* w = m_sandbox.world();
    const auto a = w->findAddress(Region, [w](const Address& x) {
        return x.isArrears && !x.isBlocked && x.addressStatus == QLatin1String("BIND") &&
               x.instanceType == QLatin1String("CVM") &&
               w->quirk(x.addressId) == sandbox::AddressQuirk::None;
    });
    QVERIFY(a.has_value());
    const auto r = client()->call(str("DisassociateAddress"), {{str("AddressId"), a->addressId}});
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(taskResult(r.response.value(QLatin1String("TaskId")).toString()),
                              str("SUCCESS"), 20000);
    QCOMPARE(status(a->addressId), str("UNBIND"));
}

QTEST_GUILESS_MAIN(TestSandboxUnbind)
#include "tst_sandbox_unbind.moc"
