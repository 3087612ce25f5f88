// SPDX-License-Identifier: GPL-3.0-or-later
// AssociateAddress: one row per code of the action (47, Go SDK vpc/v20170312 client.go), each
// reached from a state of the sandbox's world (app/sandbox/README.md has the table).
#include "SandboxTestClient.h"

#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace eipdesk;
using sandbox::AddressQuirk;
using sandbox::SandboxInstance;

namespace {
QString str(const char* s) {
    return QString::fromUtf8(s);
}
} // namespace

class TestSandboxAssociate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCode_data();
    void everyCode();
    void onlyTheActionsCodes();
    void bindsAPlainEip();

private:
    using Request = std::function<QJsonObject()>;
    QString region() const { return m_sandbox.firstRegion(); }
    sandbox::RegionData* data() const { return m_sandbox.world()->region(region()); }
    // An UNBIND EIP with nothing special about it, of this type (and ISP, charge type).
    QString eip(const QString& type = str("EIP"),
                const std::function<bool(const Address&)>& extra = nullptr) const;
    QString address(const std::function<bool(const Address&)>& pred) const;
    // A running CVM whose primary IP is free, with nothing special, or one with the trait.
    QString cvm(const std::function<bool(const SandboxInstance&)>& trait = nullptr) const;
    std::optional<SandboxInstance> instanceWithWanIp(bool blocked) const;
    QHash<QString, Request> rows();

    test::SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxAssociate::initTestCase() {
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                   m_sandbox.secretKey());
    m_client->setRegion(region());
    // The rows follow one another faster than 10/s; only the RequestLimitExceeded row limits.
    m_sandbox.server().rateLimiter()->setEnabled(false);
}

QString TestSandboxAssociate::address(const std::function<bool(const Address&)>& pred) const {
    const auto a = m_sandbox.world()->findAddress(region(), pred);
    return a ? a->addressId : QString();
}

QString TestSandboxAssociate::eip(const QString& type,
                                  const std::function<bool(const Address&)>& extra) const {
    sandbox::SandboxWorld* w = m_sandbox.world();
    return address([&](const Address& a) {
        return a.addressStatus == QLatin1String("UNBIND") && a.addressType == type &&
               !a.isArrears && !a.isBlocked && w->quirk(a.addressId) == AddressQuirk::None &&
               !a.internetChargeType.isEmpty() && a.dedicatedClusterId.isEmpty() &&
               (extra ? extra(a)
                      : a.internetServiceProvider == QLatin1String("BGP") &&
                            a.internetChargeType != QLatin1String("BANDWIDTH_PACKAGE"));
    });
}

QString TestSandboxAssociate::cvm(const std::function<bool(const SandboxInstance&)>& trait) const {
    sandbox::RegionData* r = data();
    QStringList ids = r->instances.keys();
    ids.sort();
    for (const QString& id : ids) {
        const SandboxInstance& i = r->instances.value(id);
        const auto eni = r->eni(i.primaryEniId);
        if (!eni || !eni->privateIpAddresses[0].addressId.isEmpty())
            continue;
        bool wan = false;
        for (const Address& a : r->addresses)
            wan = wan || (a.instanceId == id && a.isOrdinaryPublicIp());
        if (wan)
            continue;
        const bool plain = i.state == QLatin1String("RUNNING") && !i.stoppedNoCharge &&
                           !i.bgpOnly && !i.anycastUnsupported && !i.residentialUnsupported &&
                           !i.directUnsupported && i.dedicatedClusterId.isEmpty() &&
                           i.maxAddresses == 0 &&
                           i.internetChargeType == QLatin1String("TRAFFIC_POSTPAID_BY_HOUR");
        if (trait ? trait(i) : plain)
            return id;
    }
    return {};
}

std::optional<SandboxInstance> TestSandboxAssociate::instanceWithWanIp(bool blocked) const {
    for (const Address& a : data()->addresses)
        if (a.isOrdinaryPublicIp() && a.isBlocked == blocked &&
            data()->instances.contains(a.instanceId))
            return data()->instances.find(a.instanceId);
    return std::nullopt;
}

QHash<QString, TestSandboxAssociate::Request> TestSandboxAssociate::rows() {
    sandbox::SandboxWorld* w = m_sandbox.world();
    auto toInstance = [](const QString& address, const QString& instance) {
        return QJsonObject{{str("AddressId"), address}, {str("InstanceId"), instance}};
    };
    auto toIp = [](const QString& address, const QString& eni, const QString& ip) {
        return QJsonObject{{str("AddressId"), address},
                           {str("NetworkInterfaceId"), eni},
                           {str("PrivateIpAddress"), ip}};
    };
    auto quirk = [this, w](AddressQuirk q) {
        return address([w, q](const Address& a) { return w->quirk(a.addressId) == q; });
    };
    auto bound = [this](const QString& kind) { // a plain EIP on a CVM's primary IP, or on a 2nd ENI
        return m_sandbox.world()->findAddress(region(), [this, kind](const Address& a) {
            const auto eni = data()->eni(a.networkInterfaceId);
            if (!eni || a.addressStatus != QLatin1String("BIND") || a.isOrdinaryPublicIp() ||
                a.isBlocked || a.isArrears || !data()->instances.contains(a.instanceId) ||
                m_sandbox.world()->quirk(a.addressId) != AddressQuirk::None ||
                data()->instances.value(a.instanceId).state != QLatin1String("RUNNING"))
                return false;
            return kind == QLatin1String("primary")
                       ? eni->isPrimaryIpOfPrimaryEni(a.privateAddressIp)
                       : !eni->primary;
        });
    };
    auto ipOf = [this](const QString& eniId, int index) {
        return data()->eni(eniId)->privateIpAddresses[index].privateIpAddress;
    };
    auto primaryEni = [this](const QString& instance) {
        return data()->instances.value(instance).primaryEniId;
    };
    QHash<QString, Request> r;
    r[str("FailedOperation.AddressEniInfoNotFound")] = [=] {
        return toInstance(quirk(AddressQuirk::NoEniInfo), cvm());
    };
    r[str("FailedOperation.TaskFailed")] = [=] {
        return toInstance(quirk(AddressQuirk::BrokenBackend), cvm());
    };
    r[str("InvalidAccount.NotSupported")] = [=] {
        w->setAccountSupported(m_sandbox.secretId(), false);
        return toInstance(eip(), cvm());
    };
    r[str("InvalidAddressId.Blocked")] = [=] {
        return toInstance(
            address([](const Address& a) { return a.isBlocked && !a.isOrdinaryPublicIp(); }),
            cvm());
    };
    r[str("InvalidAddressId.NotFound")] = [=] { return toInstance(str("eip-zzzzzzzz"), cvm()); };
    r[str("InvalidInstanceId.AlreadyBindEip")] = [=] {
        return toInstance(eip(), bound(str("primary"))->instanceId);
    };
    r[str("InvalidInstanceId.NotFound")] = [=] { return toInstance(eip(), str("ins-zzzzzzzz")); };
    r[str("InvalidNetworkInterfaceId.NotFound")] = [=] {
        return toIp(eip(), str("eni-zzzzzzzz"), str("10.0.0.1"));
    };
    r[str("InvalidParameter.Conflict")] = [=] {
        QJsonObject o = toInstance(eip(), cvm());
        o[str("PrivateIpAddress")] = str("10.0.0.1");
        return o;
    };
    r[str("InvalidParameterConflict")] = [=] {
        QJsonObject o = toInstance(eip(), cvm());
        o[str("NetworkInterfaceId")] = primaryEni(cvm());
        return o;
    };
    r[str("InvalidParameterValue.AddressIdMalformed")] = [=] {
        return toInstance(str("eip-1"), cvm());
    };
    r[str("InvalidParameterValue.AddressNotApplicable")] = [=] {
        return toInstance(
            eip(str("EIP"), [](const Address&) { return true; }), // any EIP
            cvm([](const SandboxInstance& i) { return !i.dedicatedClusterId.isEmpty(); }));
    };
    r[str("InvalidParameterValue.AddressNotFound")] = [=] {
        const QString other = w->regionIds().at(1);
        return toInstance(w->findAddress(other, [](const Address&) { return true; })->addressId,
                          cvm());
    };
    r[str("InvalidParameterValue.Combination")] = [=] {
        return QJsonObject{{str("AddressId"), eip()},
                           {str("NetworkInterfaceId"), primaryEni(cvm())}};
    };
    r[str("InvalidParameterValue.InstanceDoesNotSupportAnycast")] = [=] {
        return toInstance(eip(str("AnycastEIP"), [](const Address&) { return true; }),
                          cvm([](const SandboxInstance& i) { return i.anycastUnsupported; }));
    };
    r[str("InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni")] = [=] {
        const auto detached =
            address([](const Address& a) { return a.addressStatus == QLatin1String("BIND_ENI"); });
        const QString eni = w->address(detached)->networkInterfaceId;
        QJsonObject o = toIp(eip(), eni, ipOf(eni, 1));
        o[str("EipDirectConnection")] = true;
        return o;
    };
    r[str("InvalidParameterValue.InstanceHasNoWanIP")] = [=] {
        QJsonObject o =
            toInstance(eip(str("AnycastEIP"), [](const Address&) { return true; }), cvm());
        o[str("InstanceRegion")] = region();
        return o;
    };
    r[str("InvalidParameterValue.InstanceHasWanIP")] = [=] {
        return toInstance(eip(), instanceWithWanIp(false)->id);
    };
    r[str("InvalidParameterValue.InstanceIdMalformed")] = [=] {
        return toInstance(eip(), str("ins-1"));
    };
    r[str("InvalidParameterValue.InstanceNoWanIP")] = [=] {
        QJsonObject o = toInstance(eip(), cvm());
        o[str("InstanceRegion")] = region();
        return o;
    };
    r[str("InvalidParameterValue.InstanceNormalPublicIpBlocked")] = [=] {
        return toInstance(eip(), instanceWithWanIp(true)->id);
    };
    r[str("InvalidParameterValue.InstanceNotMatchAssociateEni")] = [=] {
        const auto a = bound(str("primary"));
        const QString other = primaryEni(cvm());
        return toIp(a->addressId, other, ipOf(other, 0));
    };
    r[str("InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni")] = [=] {
        const QString eni =
            primaryEni(cvm([](const SandboxInstance& i) { return i.directUnsupported; }));
        QJsonObject o = toIp(eip(), eni, ipOf(eni, 0));
        o[str("EipDirectConnection")] = true;
        return o;
    };
    r[str("InvalidParameterValue.InvalidInstanceInternetChargeType")] = [=] {
        return toInstance(eip(str("EIP"),
                              [](const Address& a) {
                                  return a.internetChargeType == QLatin1String("BANDWIDTH_PACKAGE");
                              }),
                          cvm([](const SandboxInstance& i) {
                              return i.internetChargeType ==
                                     QLatin1String("BANDWIDTH_PREPAID_BY_MONTH");
                          }));
    };
    r[str("InvalidParameterValue.InvalidInstanceState")] = [=] {
        return toInstance(eip(), cvm([](const SandboxInstance& i) {
                              return i.state == QLatin1String("STARTING");
                          }));
    };
    r[str("InvalidParameterValue.LBAlreadyBindEip")] = [=] {
        return toInstance(eip(), w->findAddress(region(), [](const Address& a) {
                                      return a.instanceType == QLatin1String("CLB");
                                  })->instanceId);
    };
    r[str("InvalidParameterValue.MissingAssociateEntity")] = [=] {
        return QJsonObject{{str("AddressId"), eip()}};
    };
    r[str("InvalidParameterValue.NetworkInterfaceIdNotMatch")] = [=] {
        const auto a = bound(str("secondary-eni"));
        const QString primary = primaryEni(a->instanceId);
        return toIp(a->addressId, primary, ipOf(primary, 1));
    };
    r[str("InvalidParameterValue.NetworkInterfaceNotFound")] = [=] {
        return toIp(eip(), primaryEni(cvm()), str("10.255.255.254"));
    };
    r[str("InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni")] = [=] {
        const QString eni = primaryEni(cvm());
        QJsonObject o = toIp(eip(), eni, ipOf(eni, 1));
        o[str("EipDirectConnection")] = true;
        return o;
    };
    r[str("InvalidParameterValue.PrivateIpAddressNotMatch")] = [=] {
        const auto a = bound(str("primary"));
        return toIp(a->addressId, a->networkInterfaceId, ipOf(a->networkInterfaceId, 1));
    };
    r[str("InvalidParameterValue.ResourceNotSupport")] = [=] {
        return toInstance(eip(), w->findAddress(region(), [](const Address& a) {
                                      return a.isNatGateway();
                                  })->instanceId);
    };
    r[str("InvalidPrivateIpAddress.AlreadyBindEip")] = [=] {
        const auto a = bound(str("primary"));
        return toIp(eip(), a->networkInterfaceId, a->privateAddressIp);
    };
    r[str("LimitExceeded.InstanceAddressQuota")] = [=] {
        return toInstance(eip(), cvm([](const SandboxInstance& i) { return i.maxAddresses > 0; }));
    };
    r[str("MissingParameter")] = [=] { return QJsonObject{{str("InstanceId"), cvm()}}; };
    r[str("OperationDenied.AddressInArrears")] = [=] {
        return toInstance(address([](const Address& a) {
                              return a.isArrears && a.addressStatus == QLatin1String("UNBIND");
                          }),
                          cvm());
    };
    r[str("OperationDenied.MutexTaskRunning")] = [=] {
        return toInstance(
            address([](const Address& a) { return a.addressStatus == QLatin1String("UNBINDING"); }),
            cvm());
    };
    r[str("RequestLimitExceeded")] = [=] {
        m_sandbox.server().rateLimiter()->setEnabled(true);
        m_sandbox.server().rateLimiter()->setLimit(str("AssociateAddress"), 1);
        m_client->call(str("AssociateAddress"), QJsonObject{{str("AddressId"), str("eip-1")}});
        return toInstance(eip(), cvm());
    };
    r[str("UnsupportedOperation.ActionNotFound")] = [=] { return toInstance(eip(), cvm()); };
    r[str("UnsupportedOperation.AddressIpNotSupportInstance")] = [=] {
        return toInstance(eip(str("ResidentialEIP"), [](const Address&) { return true; }),
                          cvm([](const SandboxInstance& i) { return i.residentialUnsupported; }));
    };
    r[str("UnsupportedOperation.AddressStatusNotPermit")] = [=] {
        return toInstance(
            address([](const Address& a) { return a.addressStatus == QLatin1String("CREATING"); }),
            cvm());
    };
    r[str("UnsupportedOperation.IncorrectAddressResourceType")] = [=] {
        return toInstance(
            address([](const Address& a) { return a.isOrdinaryPublicIp() && !a.isBlocked; }),
            cvm());
    };
    r[str("UnsupportedOperation.InstanceStateNotSupported")] = [=] {
        return toInstance(eip(), w->findAddress(region(), [w](const Address& a) {
                                      return w->quirk(a.addressId) ==
                                             AddressQuirk::InstanceStateNotSupported;
                                  })->instanceId);
    };
    r[str("UnsupportedOperation.InstanceStatusNotPermit")] = [=] {
        return toInstance(eip(), cvm([](const SandboxInstance& i) { return i.stoppedNoCharge; }));
    };
    r[str("UnsupportedOperation.InvalidAction")] = [=] {
        return toInstance(eip(), str("havip-zzzzzzzz"));
    };
    r[str("UnsupportedOperation.InvalidAddressInternetChargeType")] = [=] {
        return toInstance(address([](const Address& a) {
                              return a.addressStatus == QLatin1String("UNBIND") &&
                                     a.internetChargeType.isEmpty() && !a.isArrears;
                          }),
                          cvm());
    };
    r[str("UnsupportedOperation.IspNotSupported")] = [=] {
        return toInstance(eip(str("EIP"),
                              [](const Address& a) {
                                  return a.internetServiceProvider != QLatin1String("BGP") &&
                                         a.internetChargeType != QLatin1String("BANDWIDTH_PACKAGE");
                              }),
                          cvm([](const SandboxInstance& i) { return i.bgpOnly; }));
    };
    return r;
}

void TestSandboxAssociate::everyCode_data() {
    QTest::addColumn<QString>("code");
    QStringList codes = rows().keys();
    codes.sort();
    QCOMPARE(int(codes.size()), 47);
    for (const QString& c : codes)
        QTest::newRow(qPrintable(c)) << c;
}

void TestSandboxAssociate::everyCode() {
    QFETCH(QString, code);
    const QJsonObject params = rows().value(code)();
    const QString version = code == QLatin1String("UnsupportedOperation.ActionNotFound")
                                ? str("2016-01-01")
                                : str("2017-03-12");
    const auto r =
        m_client->call(str("AssociateAddress"), params, SandboxTestClient::Method::Tc3, version);
    m_sandbox.world()->setAccountSupported(m_sandbox.secretId(), true);
    m_sandbox.server().rateLimiter()->setLimit(str("AssociateAddress"), 10);
    m_sandbox.server().rateLimiter()->setEnabled(false);
    QVERIFY2(r.errorCode() == code,
             qPrintable(QStringLiteral("%1 for %2")
                            .arg(QString::fromUtf8(r.body),
                                 QString::fromUtf8(
                                     QJsonDocument(params).toJson(QJsonDocument::Compact)))));
    QVERIFY(!r.requestId().isEmpty());
}

// The codes the old sandbox invented are gone: a bound EIP, an occupied private IP and a wrong
// private IP get the real action's codes.
void TestSandboxAssociate::onlyTheActionsCodes() {
    const QStringList invented = {str("InvalidAddressState"),
                                  str("InvalidAddressIdStatus.NotPermit"),
                                  str("InvalidPrivateIpAddress.NotFound"), str("InvalidParameter"),
                                  str("FailedOperation.MasterEniNotFound")};
    const auto all = rows();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        QVERIFY2(!invented.contains(it.key()), qPrintable(it.key()));
    const auto a = m_client->call(str("AssociateAddress"),
                                  QJsonObject{{str("AddressId"), eip()},
                                              {str("InstanceId"), cvm()},
                                              {str("NetworkInterfaceId"), str("eni-zzzzzzzz")}});
    QCOMPARE(a.errorCode(), str("InvalidParameterConflict"));
}

void TestSandboxAssociate::bindsAPlainEip() {
    const QString id = eip();
    const QString instance = cvm();
    QVERIFY(!id.isEmpty() && !instance.isEmpty());
    const auto r =
        m_client->call(str("AssociateAddress"),
                       QJsonObject{{str("AddressId"), id}, {str("InstanceId"), instance}});
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    QCOMPARE(m_sandbox.world()->address(id)->addressStatus, str("BINDING"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.world()->address(id)->addressStatus, str("BIND"), 20000);
    QCOMPARE(m_sandbox.world()->address(id)->instanceId, instance);
}

QTEST_GUILESS_MAIN(TestSandboxAssociate)
#include "tst_sandbox_associate.moc"
