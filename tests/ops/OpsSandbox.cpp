// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpsSandbox.h"

#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/NetworkInterface.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"

#include <QHash>
#include <QRegularExpression>

namespace eipdesk::test {

sandbox::SandboxConfig OpsSandbox::defaultConfig() {
    sandbox::SandboxConfig c;
    c.seed = 7;
    c.addresses = 600;
    c.regions = 2;
    c.unbindDurationMs = 300;
    return c;
}

OpsSandbox::OpsSandbox(const sandbox::SandboxConfig& config)
    : m_config(config)
    , m_network(std::make_unique<CountingNetworkAccessManager>()) {}

OpsSandbox::~OpsSandbox() {
    m_api.reset();
    m_client.reset();
    m_server.stop();
}

bool OpsSandbox::start(QString* error) {
    if (!m_server.start(m_config, error))
        return false;
    m_client = std::make_unique<ApiClient>(m_network.get(), &m_clock);
    m_client->setCredentials({m_server.secretId(), m_server.secretKey(), {}});
    EndpointConfig endpoints;
    endpoints.customEndpoint = m_server.endpoint();
    endpoints.regionOverrides = m_server.regionEndpoints();
    m_client->setEndpointConfig(endpoints);
    m_client->setLanguage(QStringLiteral("en-US"));
    m_api = std::make_unique<VpcApi>(m_client.get());
    return true;
}

QList<Address> OpsSandbox::unbindable(int n, const std::function<bool(const Address&)>& extra) {
    QList<Address> out;
    sandbox::RegionData* r = m_server.world()->region(region());
    if (!r)
        return out;
    for (const Address& a : r->addresses) {
        if (out.size() >= n)
            break;
        if (!a.unbindBlocker().isEmpty() || a.addressType == QLatin1String("WanIP"))
            continue;
        if (m_server.world()->quirk(a.addressId) != sandbox::AddressQuirk::None)
            continue;
        if (extra ? !extra(a)
                  : (a.boundKind() != BoundKind::Cvm && a.boundKind() != BoundKind::Eni))
            continue;
        if (!a.isNatGateway()) { // the world's deliberate oddities answer with other codes
            if (a.networkInterfaceId.isEmpty() || !r->eni(a.networkInterfaceId))
                continue;
            static const QRegularExpression shortId(QStringLiteral("^ins-[a-z0-9]{8}$"));
            if (a.boundKind() == BoundKind::Cvm && !shortId.match(a.instanceId).hasMatch())
                continue;
            const auto inst = r->instances.find(a.instanceId);
            if (a.boundKind() == BoundKind::Cvm &&
                (!inst || (inst->state != QLatin1String("RUNNING") &&
                           inst->state != QLatin1String("STOPPED"))))
                continue;
        }
        Address copy = a;
        copy.region = region();
        out << copy;
    }
    return out;
}

QList<Address> OpsSandbox::reallocatable(int n) {
    sandbox::RegionData* r = m_server.world()->region(region());
    return unbindable(n, [r](const Address& a) {
        if (a.isNatGateway() || a.networkInterfaceId.isEmpty() || a.boundKind() != BoundKind::Cvm)
            return false;
        const auto eni = r->eni(a.networkInterfaceId);
        return eni && eni->isPrimaryIpOfPrimaryEni(a.privateAddressIp);
    });
}

std::optional<Address> OpsSandbox::natAddress() {
    sandbox::RegionData* r = m_server.world()->region(region());
    QHash<QString, int> perNat;
    for (const Address& a : r->addresses)
        if (a.isNatGateway() && a.isBound())
            ++perNat[a.instanceId];
    const QList<Address> found = unbindable(1, [&perNat](const Address& a) {
        return a.isNatGateway() && perNat.value(a.instanceId) >= 2;
    });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Address> OpsSandbox::current(const QString& addressId) {
    m_server.world()->settle();
    return m_server.world()->address(addressId);
}

OpsSandbox::TargetInstance OpsSandbox::addTargetInstance(const Address& eip) {
    sandbox::RegionData* r = m_server.world()->region(region());
    const int n = ++m_targets;
    TargetInstance out;
    out.id = QStringLiteral("ins-target%1").arg(n, 2, 10, QLatin1Char('0'));
    out.name = QStringLiteral("bind-target-%1").arg(n);
    out.primaryEniId = QStringLiteral("eni-target%1").arg(n, 2, 10, QLatin1Char('0'));
    out.primaryIp = QStringLiteral("10.250.%1.10").arg(n);
    out.secondaryIp = QStringLiteral("10.250.%1.11").arg(n);
    sandbox::SandboxInstance inst;
    inst.id = out.id;
    inst.name = out.name;
    inst.primaryEniId = out.primaryEniId;
    inst.dedicatedClusterId = eip.dedicatedClusterId;
    NetworkInterface eni;
    eni.networkInterfaceId = out.primaryEniId;
    eni.networkInterfaceName = out.name;
    eni.state = QStringLiteral("AVAILABLE");
    eni.primary = true;
    eni.attachedInstanceId = out.id;
    for (const QString& ip : {out.primaryIp, out.secondaryIp}) {
        PrivateIpAddress p;
        p.privateIpAddress = ip;
        p.primary = ip == out.primaryIp;
        p.state = QStringLiteral("AVAILABLE");
        eni.privateIpAddresses << p;
    }
    if (!r->enis.empty()) {
        eni.vpcId = r->enis.front().vpcId;
        eni.subnetId = r->enis.front().subnetId;
    }
    r->enis.append(eni);
    r->instances.insert(inst);
    return out;
}

Address OpsSandbox::plainBoundEip() {
    return unbindable(1,
                      [](const Address& x) {
                          return x.instanceId.startsWith(QLatin1String("ins-")) &&
                                 x.addressType == QLatin1String("EIP") && !x.isBlocked;
                      })
        .first();
}

Address OpsSandbox::plainIdleEip() {
    Address a = plainBoundEip();
    a.addressStatus = QStringLiteral("UNBIND");
    a.instanceId.clear();
    a.instanceType.clear();
    a.networkInterfaceId.clear();
    a.privateAddressIp.clear();
    const QString r = a.region;
    m_server.world()->updateAddress(a);
    a = *current(a.addressId);
    a.region = r;
    return a;
}

} // namespace eipdesk::test
