// SPDX-License-Identifier: GPL-3.0-or-later
// Unbinding through the real client against the sandbox, for every signature method and both
// endpoint layouts: DisassociateAddress -> DescribeTaskResult SUCCESS -> UNBIND, with
// ReallocateNormalPublicIp on a primary IP of a primary ENI (the daily quota goes down), the
// OnlySupportedForMasterNetworkCard refusal on a secondary IP, the NAT path, binding back, and
// OperationDenied.MutexTaskRunning on a second unbind.
#include "IntegrationHarness.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"

using namespace eipdesk;
using namespace eipdesk::test;
using H = IntegrationHarness;

class TestIntegUnbind : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void reallocateLifecycleAndBindBack_data();
    void reallocateLifecycleAndBindBack();
    void secondaryIpRefusesReallocate_data();
    void secondaryIpRefusesReallocate();
    void natGatewayPath_data();
    void natGatewayPath();
    void secondUnbindIsMutex_data();
    void secondUnbindIsMutex();
    void failedTaskLeavesAddressBound_data();
    void failedTaskLeavesAddressBound();
    void cascadeReleaseRemovesAddress_data();
    void cascadeReleaseRemovesAddress();
    void dailyQuotaExhausted_data();
    void dailyQuotaExhausted();
    void eniBoundAddressRoundTrip_data();
    void eniBoundAddressRoundTrip();

private:
    // A healthy CVM-bound EIP whose IP is (or is not) the primary IP of the primary ENI.
    std::optional<Address> cvmAddress(bool primaryIp);
    qint64 dailyUsed(); // DAILY_PUBLIC_IP_ASSIGN current, read through the client
    bool eniSaysPrimary(const Address& a, bool* ok);
    H::Result<AsyncTaskStarted> unbind(const QString& id, bool reallocate);
    H m_h;
};

void TestIntegUnbind::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
}

void TestIntegUnbind::init() {
    m_h.resetSandbox();
}

std::optional<Address> TestIntegUnbind::cvmAddress(bool primaryIp) {
    sandbox::SandboxWorld* w = m_h.world();
    sandbox::RegionData* r = w->region(m_h.region());
    return w->findAddress(m_h.region(), [&](const Address& a) {
        if (a.addressStatus != QLatin1String("BIND") || a.instanceType != QLatin1String("CVM") ||
            a.isBlocked || a.isArrears || a.cascadeRelease ||
            a.addressType != QLatin1String("EIP") ||
            w->quirk(a.addressId) != sandbox::AddressQuirk::None)
            return false;
        const auto inst = r->instances.find(a.instanceId);
        if (!inst || inst->state != QLatin1String("RUNNING") || !r->eni(inst->primaryEniId))
            return false;
        const auto eni = r->eni(a.networkInterfaceId);
        return eni && eni->isPrimaryIpOfPrimaryEni(a.privateAddressIp) == primaryIp;
    });
}

qint64 TestIntegUnbind::dailyUsed() {
    const auto r = m_h.wait<QList<Quota>>([&](QObject* ctx, Callback<QList<Quota>> done) {
        return m_h.api().describeAddressQuota(m_h.region(), ctx, done);
    });
    if (!r.finished || r.error)
        return -1;
    for (const Quota& q : r.value)
        if (q.quotaId == QLatin1String(DailyPublicIpAssignQuota))
            return q.quotaCurrent;
    return -2;
}

bool TestIntegUnbind::eniSaysPrimary(const Address& a, bool* ok) {
    const auto r = m_h.wait<QList<NetworkInterface>>([&](QObject* ctx,
                                                         Callback<QList<NetworkInterface>> done) {
        return m_h.api().describeNetworkInterfaces(m_h.region(), {a.networkInterfaceId}, ctx, done);
    });
    *ok = r.finished && !r.error && r.value.size() == 1;
    return *ok && r.value.at(0).isPrimaryIpOfPrimaryEni(a.privateAddressIp);
}

H::Result<AsyncTaskStarted> TestIntegUnbind::unbind(const QString& id, bool reallocate) {
    return m_h.wait<AsyncTaskStarted>([&](QObject* ctx, Callback<AsyncTaskStarted> done) {
        return m_h.api().disassociateAddress(m_h.region(), id, reallocate, ctx, done);
    });
}

void TestIntegUnbind::reallocateLifecycleAndBindBack_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegUnbind::reallocateLifecycleAndBindBack() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    const auto a = cvmAddress(true);
    QVERIFY(a);
    bool ok = false;
    QVERIFY(eniSaysPrimary(*a, &ok));
    QVERIFY(ok);
    const qint64 usedBefore = dailyUsed();
    QCOMPARE(usedBefore, qint64(0));

    const auto started = unbind(a->addressId, true);
    QVERIFY(started.finished);
    QVERIFY2(!started.error, qPrintable(started.error.toString()));
    QVERIFY(!started.value.requestId.isEmpty());
    bool numeric = false;
    const quint64 taskId = started.value.taskId.toULongLong(&numeric);
    QVERIFY2(numeric, qPrintable(started.value.taskId));
    QCOMPARE(m_h.waitForTask(region, taskId), TaskResult::State::Success);
    QCOMPARE(m_h.waitForStatus(region, a->addressId, QStringLiteral("UNBIND")),
             QStringLiteral("UNBIND"));
    QCOMPARE(dailyUsed(), usedBefore + 1); // DAILY_PUBLIC_IP_ASSIGN: one fewer left today
    const auto unbound = m_h.world()->address(a->addressId);
    QVERIFY(unbound);
    QVERIFY(unbound->instanceId.isEmpty());

    // And back onto the same instance (its primary IP of the primary ENI).
    const auto bound =
        m_h.wait<AsyncTaskStarted>([&](QObject* ctx, Callback<AsyncTaskStarted> done) {
            return m_h.api().associateAddress(region, a->addressId, a->instanceId, QString(),
                                              QString(), ctx, done);
        });
    QVERIFY(bound.finished);
    QVERIFY2(!bound.error, qPrintable(bound.error.toString()));
    const quint64 bindTask = bound.value.taskId.toULongLong(&numeric);
    QVERIFY2(numeric, qPrintable(bound.value.taskId));
    QVERIFY(bindTask != taskId);
    QCOMPARE(m_h.waitForTask(region, bindTask), TaskResult::State::Success);
    QCOMPARE(m_h.waitForStatus(region, a->addressId, QStringLiteral("BIND")),
             QStringLiteral("BIND"));
    const auto again =
        m_h.wait<std::optional<Address>>([&](QObject* ctx, Callback<std::optional<Address>> done) {
            return m_h.api().describeAddress(region, a->addressId, ctx, done);
        });
    QVERIFY(again.finished && again.value);
    QCOMPARE(again.value->instanceId, a->instanceId);
    QCOMPARE(again.value->privateAddressIp, a->privateAddressIp);
    QCOMPARE(again.value->networkInterfaceId, a->networkInterfaceId);
}

void TestIntegUnbind::secondaryIpRefusesReallocate_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegUnbind::secondaryIpRefusesReallocate() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    const auto a = cvmAddress(false);
    QVERIFY(a);
    bool ok = false;
    QVERIFY(!eniSaysPrimary(*a, &ok)); // the client would not even offer it
    QVERIFY(ok);
    const auto refused = unbind(a->addressId, true);
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind, ApiError::Kind::Service);
    QCOMPARE(refused.error.code,
             QStringLiteral("InvalidParameterValue.OnlySupportedForMasterNetworkCard"));
    QVERIFY(!refused.error.requestId.isEmpty());
    QCOMPARE(m_h.world()->address(a->addressId)->addressStatus, QStringLiteral("BIND"));
    QCOMPARE(dailyUsed(), qint64(0));

    // Without the reallocation it goes through.
    const auto started = unbind(a->addressId, false);
    QVERIFY(started.finished);
    QVERIFY2(!started.error, qPrintable(started.error.toString()));
    QCOMPARE(m_h.waitForTask(region, started.value.taskId.toULongLong()),
             TaskResult::State::Success);
    QCOMPARE(m_h.waitForStatus(region, a->addressId, QStringLiteral("UNBIND")),
             QStringLiteral("UNBIND"));
    QCOMPARE(dailyUsed(), qint64(0));
}

void TestIntegUnbind::natGatewayPath_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegUnbind::natGatewayPath() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    // A gateway with at least two EIPs (a NAT gateway must keep one).
    QHash<QString, QList<Address>> byNat;
    for (const Address& a : m_h.world()->region(region)->addresses)
        if (a.isNatGateway() && a.addressStatus == QLatin1String("BIND"))
            byNat[a.instanceId] << a;
    QString natId;
    for (auto it = byNat.constBegin(); it != byNat.constEnd(); ++it)
        if (it->size() >= 2 && (natId.isEmpty() || it.key() < natId))
            natId = it.key();
    QVERIFY2(!natId.isEmpty(), "the world should have a NAT gateway with two EIPs");
    const Address nat = byNat.value(natId).at(0);
    QVERIFY(nat.isNatGateway());

    // The EIP route refuses NAT EIPs.
    const auto wrong = unbind(nat.addressId, false);
    QVERIFY(wrong.finished);
    QCOMPARE(wrong.error.code, QStringLiteral("InvalidParameterValue.ResourceNotSupport"));

    const auto r = m_h.wait<QString>([&](QObject* ctx, Callback<QString> done) {
        return m_h.api().disassociateNatGatewayAddress(region, natId, {nat.addressIp}, ctx, done);
    });
    QVERIFY(r.finished);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QVERIFY(!r.value.isEmpty()); // the RequestId; there is no TaskId
    QCOMPARE(m_h.waitForStatus(region, nat.addressId, QStringLiteral("UNBIND")),
             QStringLiteral("UNBIND"));
    // The other EIP of the gateway is untouched.
    const Address other = byNat.value(natId).at(1);
    QCOMPARE(m_h.world()->address(other.addressId)->addressStatus, QStringLiteral("BIND"));
}

void TestIntegUnbind::secondUnbindIsMutex_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegUnbind::secondUnbindIsMutex() {
    m_h.configureFromRow();
    const auto a = cvmAddress(true);
    QVERIFY(a);
    // The first task never finishes, so the second unbind meets it however slow the machine is.
    m_h.world()->scriptTaskOutcome(a->addressId, sandbox::TaskOutcome::NeverFinish);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const auto first = unbind(a->addressId, false);
    QVERIFY(first.finished);
    QVERIFY2(!first.error, qPrintable(first.error.toString()));
    const auto second = unbind(a->addressId, false);
    QVERIFY(second.finished);
    QCOMPARE(second.error.kind, ApiError::Kind::Service);
    QCOMPARE(second.error.code, QStringLiteral("OperationDenied.MutexTaskRunning"));
    QCOMPARE(sent.count(), 2); // an unbind is never re-sent on its own
    QCOMPARE(m_h.waitForTask(m_h.region(), first.value.taskId.toULongLong(), 2000),
             TaskResult::State::Running);
    QCOMPARE(m_h.world()->address(a->addressId)->addressStatus, QStringLiteral("UNBINDING"));
}

void TestIntegUnbind::failedTaskLeavesAddressBound_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

// FAILED is an error, not a success: the client reports the state and the address is BIND again.
void TestIntegUnbind::failedTaskLeavesAddressBound() {
    m_h.configureFromRow();
    const auto a = cvmAddress(true);
    QVERIFY(a);
    m_h.world()->scriptTaskOutcome(a->addressId, sandbox::TaskOutcome::Fail);
    const auto started = unbind(a->addressId, false);
    QVERIFY(started.finished);
    QVERIFY2(!started.error, qPrintable(started.error.toString()));
    QCOMPARE(m_h.waitForTask(m_h.region(), started.value.taskId.toULongLong()),
             TaskResult::State::Failed);
    QCOMPARE(m_h.waitForStatus(m_h.region(), a->addressId, QStringLiteral("BIND")),
             QStringLiteral("BIND"));
}

void TestIntegUnbind::cascadeReleaseRemovesAddress_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegUnbind::cascadeReleaseRemovesAddress() {
    m_h.configureFromRow();
    const auto a = m_h.world()->findAddress(m_h.region(), [&](const Address& x) {
        return x.cascadeRelease && m_h.isCleanlyUnbindable(m_h.region(), x);
    });
    QVERIFY(a);
    const auto started = unbind(a->addressId, false);
    QVERIFY(started.finished);
    QVERIFY2(!started.error, qPrintable(started.error.toString()));
    QCOMPARE(m_h.waitForTask(m_h.region(), started.value.taskId.toULongLong()),
             TaskResult::State::Success);
    // Released once unbound: it disappears from DescribeAddresses (describeAddress: nullopt).
    QCOMPARE(m_h.waitForStatus(m_h.region(), a->addressId, QStringLiteral("(gone)")),
             QStringLiteral("(gone)"));
}

void TestIntegUnbind::dailyQuotaExhausted_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegUnbind::dailyQuotaExhausted() {
    m_h.configureFromRow();
    m_h.world()->setDailyReallocateLimit(1);
    const auto a = cvmAddress(true);
    QVERIFY(a);
    const auto first = unbind(a->addressId, true);
    QVERIFY(first.finished);
    QVERIFY2(!first.error, qPrintable(first.error.toString()));
    QCOMPARE(m_h.waitForTask(m_h.region(), first.value.taskId.toULongLong()),
             TaskResult::State::Success);
    const auto b = cvmAddress(true); // the next primary-IP address (a is UNBIND now)
    QVERIFY(b);
    QVERIFY(b->addressId != a->addressId);
    const auto refused = unbind(b->addressId, true);
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.code, QStringLiteral("AddressQuotaLimitExceeded.DailyAllocate"));
    // The quota as the client reads it: used up.
    const auto quotas = m_h.wait<QList<Quota>>([&](QObject* ctx, Callback<QList<Quota>> done) {
        return m_h.api().describeAddressQuota(m_h.region(), ctx, done);
    });
    QVERIFY(quotas.finished);
    QVERIFY2(!quotas.error, qPrintable(quotas.error.toString()));
    bool seen = false;
    for (const Quota& q : quotas.value) {
        if (q.quotaId != QLatin1String(DailyPublicIpAssignQuota))
            continue;
        seen = true;
        QCOMPARE(q.quotaLimit, qint64(1));
        QCOMPARE(q.quotaCurrent, qint64(1));
        QCOMPARE(q.remaining(), qint64(0));
    }
    QVERIFY(seen);
    // Without reallocation the same address still unbinds.
    const auto plain = unbind(b->addressId, false);
    QVERIFY(plain.finished);
    QVERIFY2(!plain.error, qPrintable(plain.error.toString()));
}

void TestIntegUnbind::eniBoundAddressRoundTrip_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

// BIND_ENI (an ENI attached to no instance): unbind, then bind back by NetworkInterfaceId and
// PrivateIpAddress (the other AssociateAddress form).
void TestIntegUnbind::eniBoundAddressRoundTrip() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    const auto a = m_h.world()->findAddress(region, [&](const Address& x) {
        return x.addressStatus == QLatin1String("BIND_ENI") && m_h.isCleanlyUnbindable(region, x);
    });
    QVERIFY(a);
    const auto refused = unbind(a->addressId, true); // not on a primary ENI of an instance
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.code,
             QStringLiteral("InvalidParameterValue.OnlySupportedForMasterNetworkCard"));
    const auto started = unbind(a->addressId, false);
    QVERIFY(started.finished);
    QVERIFY2(!started.error, qPrintable(started.error.toString()));
    QCOMPARE(m_h.waitForTask(region, started.value.taskId.toULongLong()),
             TaskResult::State::Success);
    QCOMPARE(m_h.waitForStatus(region, a->addressId, QStringLiteral("UNBIND")),
             QStringLiteral("UNBIND"));
    const auto bound = m_h.wait<AsyncTaskStarted>([&](QObject* ctx,
                                                      Callback<AsyncTaskStarted> done) {
        return m_h.api().associateAddress(region, a->addressId, QString(), a->networkInterfaceId,
                                          a->privateAddressIp, ctx, done);
    });
    QVERIFY(bound.finished);
    QVERIFY2(!bound.error, qPrintable(bound.error.toString()));
    QCOMPARE(m_h.waitForTask(region, bound.value.taskId.toULongLong()), TaskResult::State::Success);
    QCOMPARE(m_h.waitForStatus(region, a->addressId, QStringLiteral("BIND_ENI")),
             QStringLiteral("BIND_ENI"));
    const auto after = m_h.world()->address(a->addressId);
    QVERIFY(after);
    QCOMPARE(after->networkInterfaceId, a->networkInterfaceId);
    QCOMPARE(after->privateAddressIp, a->privateAddressIp);
}

QTEST_GUILESS_MAIN(TestIntegUnbind)
#include "tst_integ_unbind.moc"
