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
            const auto inst = r->instances.constFind(a.instanceId);
            if (a.boundKind() == BoundKind::Cvm &&
                (inst == r->instances.constEnd() || (inst->state != QLatin1String("RUNNING") &&
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
        const NetworkInterface* eni = r->eni(a.networkInterfaceId);
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

sandbox::SandboxInstance OpsSandbox::addInstance(const Address& eip, int n) {
    sandbox::RegionData* regionData = m_server.world()->region(region());
    sandbox::SandboxInstance inst;
    inst.id = QStringLiteral("ins-bmtest%1").arg(n, 2, 10, QLatin1Char('0'));
    inst.name = QStringLiteral("bind-move-target-%1").arg(n);
    inst.primaryEniId = QStringLiteral("eni-bmtest%1").arg(n, 2, 10, QLatin1Char('0'));
    inst.dedicatedClusterId = eip.dedicatedClusterId;
    NetworkInterface eni;
    eni.networkInterfaceId = inst.primaryEniId;
    eni.networkInterfaceName = inst.name;
    eni.state = QStringLiteral("AVAILABLE");
    eni.primary = true;
    eni.attachedInstanceId = inst.id;
    for (int ip = 0; ip < 2; ++ip) {
        PrivateIpAddress p;
        p.privateIpAddress = QStringLiteral("10.250.%1.%2").arg(n).arg(10 + ip);
        p.primary = ip == 0;
        p.state = QStringLiteral("AVAILABLE");
        eni.privateIpAddresses << p;
    }
    if (!regionData->enis.empty()) {
        eni.vpcId = regionData->enis.front().vpcId;
        eni.subnetId = regionData->enis.front().subnetId;
    }
    regionData->enis.push_back(eni);
    regionData->reindexEnis();
    regionData->instances.insert(inst.id, inst);
    return inst;
}

} // namespace eipdesk::test
