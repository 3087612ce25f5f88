// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/WorldGenerator.h"

#include "core/AddressStatus.h"
#include "sandbox/RegionCatalog.h"

#include <QDateTime>

#include <cstdio>

namespace eipdesk::sandbox {

namespace {

using Kind = WorldGenerator::Kind;

// Every region starts with these, so each status and special case exists everywhere.
const Kind kCurated[] = {
    Kind::PrimaryIp,     Kind::PrimaryIp,
    Kind::SecondaryIp,   Kind::SecondaryEni,
    Kind::BindEni,       Kind::Nat,
    Kind::Nat,           Kind::NatSingle,
    Kind::Unbind,        Kind::Blocked,
    Kind::Arrears,       Kind::Cascade,
    Kind::PrimaryIp,     Kind::Creating,
    Kind::Binding,       Kind::Unbinding,
    Kind::Offlining,     Kind::ArrearsUnbind,
    Kind::WanIp,         Kind::Clb,
    Kind::NoEniInfo,     Kind::InstanceMissing,
    Kind::InstanceState, Kind::MalformedInstanceId,
    Kind::BrokenBackend, Kind::MasterEniMissing,
    Kind::Unbind,        Kind::SecondaryIpCascade,
    Kind::SecondaryIp,   Kind::BindEni,
    Kind::PrimaryIp,     Kind::PrimaryIp,
    Kind::AnycastEip,    Kind::HighQualityEip,
    Kind::AntiDDoSEip,   Kind::ResidentialEip,
    Kind::Cdc,           Kind::Legacy,
    Kind::UnVpc,         Kind::WanIpBlocked,
    Kind::SpecialCvms,
};

struct Weighted {
    Kind kind;
    int weight;
};
const Weighted kMix[] = {
    {Kind::PrimaryIp, 37},    {Kind::SecondaryIp, 8}, {Kind::SecondaryEni, 6}, {Kind::BindEni, 5},
    {Kind::Nat, 6},           {Kind::Unbind, 25},     {Kind::Blocked, 2},      {Kind::Arrears, 2},
    {Kind::ArrearsUnbind, 1}, {Kind::Cascade, 4},     {Kind::Creating, 1},     {Kind::Binding, 1},
    {Kind::Unbinding, 1},     {Kind::Offlining, 1},
};

const char* const kNames[] = {
    "未命名",     "生产-web-01", "生产-web-02", "测试环境", "数据库主库",
    "办公网出口", "跳板机",      "api-gateway", "bastion",  "k8s-ingress",
    "官网",       "支付回调",    "游戏服-华南", "日志采集", "mail-relay",
    "备用出口",   "CDN回源",     "监控告警",    "staging",  "vpn-出口",
};

QList<Tag> tagSet(quint64 pick) {
    static const QList<QList<Tag>> sets = {
        {},
        {{QStringLiteral("env"), QStringLiteral("prod")}},
        {{QString::fromUtf8("环境"), QString::fromUtf8("生产")},
         {QString::fromUtf8("负责人"), QString::fromUtf8("张三")}},
        {{QStringLiteral("env"), QStringLiteral("test")},
         {QStringLiteral("project"), QStringLiteral("eipdesk")}},
        {{QString::fromUtf8("部门"), QString::fromUtf8("运维")}},
        {{QStringLiteral("team"), QStringLiteral("payments")},
         {QStringLiteral("env"), QStringLiteral("prod")}},
        {},
        {{QStringLiteral("cost-center"), QStringLiteral("cc-1024")}},
    };
    return sets[int(pick % quint64(sets.size()))];
}

const char* const kIsp[] = {"BGP", "BGP", "BGP", "BGP", "BGP", "CMCC", "CUCC", "CTCC"};
const char* const kCharge[] = {"TRAFFIC_POSTPAID_BY_HOUR", "TRAFFIC_POSTPAID_BY_HOUR",
                               "BANDWIDTH_POSTPAID_BY_HOUR", "BANDWIDTH_PREPAID_BY_MONTH",
                               "BANDWIDTH_PACKAGE"};
const int kBandwidth[] = {1, 2, 5, 10, 20, 50, 100, 200};
const int kFirstOctet[] = {43,  49,  81,  101, 106, 111, 119, 124, 129, 134,
                           150, 159, 162, 170, 175, 182, 203, 211, 212, 222};

// One shared copy of each repeated string: 100,000 addresses must stay small in memory.
const QString& interned(const char* utf8) {
    thread_local QHash<const char*, QString> pool;
    auto it = pool.find(utf8);
    if (it == pool.end())
        it = pool.insert(utf8, QString::fromUtf8(utf8));
    return *it;
}

// "a.b.c.d" in a string of exactly its length (no spare capacity, unlike QString::arg()).
QString exactIpv4(quint32 a, quint32 b, quint32 c, quint32 d) {
    char text[16];
    const int n = std::snprintf(text, sizeof(text), "%u.%u.%u.%u", a, b, c, d);
    return QString::fromLatin1(text, n);
}

} // namespace

WorldGenerator::Result WorldGenerator::generate(quint64 seed, int addressCount, int regionCount) {
    Result result;
    const QList<RegionInfo> regions = RegionCatalog::first(regionCount);
    const int n = int(regions.size());
    UsedIds usedIds;
    result.regions.resize(size_t(n));
    for (int r = 0; r < n; ++r) {
        RegionData& region = result.regions[size_t(r)];
        region.id = regions[r].id;
        region.addresses.setRegion(region.id);
        const int count = addressCount / n + (r < addressCount % n ? 1 : 0);
        region.addresses.reserve(size_t(count));
        WorldGenerator gen(seed, r, &region, &result.quirks, &usedIds);
        const int curated = int(sizeof(kCurated) / sizeof(kCurated[0]));
        int totalWeight = 0;
        for (const Weighted& w : kMix)
            totalWeight += w.weight;
        for (int i = 0; i < count; ++i) {
            if (i < curated) {
                gen.add(kCurated[i]);
                continue;
            }
            int pick = int(gen.next(quint64(totalWeight)));
            for (const Weighted& w : kMix) {
                if (pick < w.weight) {
                    gen.add(w.kind);
                    break;
                }
                pick -= w.weight;
            }
        }
        gen.addIdleInstances(idleInstanceCount(count));
        gen.describeInstances();
        region.enis.shrinkToFit(); // the tables grew by doubling
        region.instances.shrinkToFit();
    }
    return result;
}

WorldGenerator::WorldGenerator(quint64 seed, int regionIndex, RegionData* region,
                               QHash<QString, AddressQuirk>* quirks, UsedIds* usedIds)
    : m_rng(seed * 0x9E3779B97F4A7C15ULL + quint64(regionIndex) * 1000003ULL + 1)
    , m_regionIndex(regionIndex)
    , m_region(region)
    , m_quirks(quirks)
    , m_usedIds(usedIds) {
    m_vpc = newId("vpc-");
    m_subnet = newId("subnet-");
}

QString WorldGenerator::newId(const char* prefix) {
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    const QLatin1String head(prefix);
    for (;;) {
        // Written into place: a string grown character by character keeps spare capacity,
        // and the world keeps hundreds of thousands of IDs.
        // The 8 characters as a number: the used-ID set keeps 8 bytes an ID, not a string.
        QString id(head.size() + 8, Qt::Uninitialized);
        QChar* out = id.data();
        for (qsizetype i = 0; i < head.size(); ++i)
            out[i] = QLatin1Char(head.at(i));
        quint64 digits = 0;
        for (int i = 0; i < 8; ++i) {
            const quint64 d = next(36);
            digits = digits * 36 + d;
            out[head.size() + i] = QLatin1Char(alphabet[d]);
        }
        QSet<quint64>& used = (*m_usedIds)[std::string(prefix)];
        if (!used.contains(digits)) {
            used.insert(digits);
            return id;
        }
    }
}

QString WorldGenerator::publicIp() {
    const quint32 n = m_ipCounter++;
    const int first = kFirstOctet[m_regionIndex % 20];
    return exactIpv4(quint32(first), (n / (254 * 256)) % 256, (n / 254) % 256, n % 254 + 1);
}

QString WorldGenerator::privateIp() {
    const quint32 n = m_privateCounter++;
    return exactIpv4(10, n / (254 * 256) % 256, (n / 254) % 256, n % 254 + 1);
}

Address WorldGenerator::baseAddress() {
    Address a;
    a.region = m_region->id;
    a.addressId = newId("eip-");
    a.addressName = interned(kNames[next(sizeof(kNames) / sizeof(kNames[0]))]);
    a.addressIp = publicIp();
    a.addressType = QStringLiteral("EIP");
    a.addressStatus = interned(AddressStatus::Unbind);
    a.internetServiceProvider = interned(kIsp[next(8)]);
    a.internetChargeType = interned(kCharge[next(5)]);
    // Picks that came later take bits of the ID's hash, so the random draws (and the world of
    // a given seed) stay as they were.
    const size_t h = qHash(a.addressId);
    if (a.internetChargeType == QLatin1String("BANDWIDTH_PREPAID_BY_MONTH")) {
        a.deadlineDate =
            QStringLiteral("2027-%1-15T00:00:00Z").arg(1 + next(12), 2, 10, QLatin1Char('0'));
        static const char* const renew[] = {"NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW",
                                            "DISABLE_NOTIFY_AND_MANUAL_RENEW"};
        a.renewFlag = interned(renew[h % 3]);
    }
    if (a.internetChargeType == QLatin1String("BANDWIDTH_PACKAGE"))
        a.bandwidthPackageId = QStringLiteral("bwp-") + a.addressId.mid(4);
    next(30); // was: a legacy address now and then; legacy addresses are curated (Kind::Legacy)
    a.bandwidth = kBandwidth[next(8)];
    a.algFtp = (h >> 2) % 2 == 0;
    a.algSip = (h >> 3) % 3 == 0;
    if ((h >> 4) % 5 != 0) // the egress of a static single-line IP; null now and then
        a.egress = interned("center_egress1");
    a.createdTime =
        QDateTime::fromSecsSinceEpoch(1609459200LL + qint64(next(3LL * 365 * 86400)), Qt::UTC);
    a.tags = tagSet(next(8));
    return a;
}

QString WorldGenerator::newEni(bool primary, const QString& instanceId) {
    NetworkInterface eni;
    eni.networkInterfaceId = newId("eni-");
    eni.networkInterfaceName = primary ? interned("主网卡") : interned("辅助网卡");
    eni.vpcId = m_vpc;
    eni.subnetId = m_subnet;
    eni.state = QStringLiteral("AVAILABLE");
    eni.primary = primary;
    eni.attachedInstanceId = instanceId;
    eni.privateIpAddresses.reserve(2);
    for (int i = 0; i < 2; ++i) {
        PrivateIpAddress ip;
        ip.privateIpAddress = privateIp();
        ip.primary = i == 0;
        ip.state = QStringLiteral("AVAILABLE");
        eni.privateIpAddresses.append(ip);
    }
    m_region->enis.append(eni);
    return eni.networkInterfaceId;
}

QString WorldGenerator::newCvm(bool withPrimaryEni) {
    SandboxInstance cvm;
    cvm.id = newId("ins-");
    if (withPrimaryEni)
        cvm.primaryEniId = newEni(true, cvm.id);
    m_region->instances.insert(cvm);
    m_lastCvm = cvm.id;
    return cvm.id;
}

void WorldGenerator::bindToIp(Address& a, const QString& eniId, int ipIndex) {
    std::optional<NetworkInterface> eni = m_region->eni(eniId);
    PrivateIpAddress& ip = eni->privateIpAddresses[ipIndex];
    ip.addressId = a.addressId;
    ip.publicIpAddress = a.addressIp;
    m_region->enis.replace(*eni);
    a.networkInterfaceId = eni->networkInterfaceId;
    a.privateAddressIp = ip.privateIpAddress;
    a.instanceId = eni->attachedInstanceId;
    if (eni->attachedInstanceId.isEmpty()) {
        a.addressStatus = interned(AddressStatus::BindEni);
        a.instanceType = QStringLiteral("ENI");
    } else {
        a.addressStatus = interned(AddressStatus::Bind);
        a.instanceType = QStringLiteral("CVM");
    }
}

void WorldGenerator::bindToNat(Address& a, bool single) {
    if (single || m_lastNat.isEmpty() || m_lastNatCount >= 3) {
        SandboxNat nat;
        nat.id = newId("nat-");
        m_region->nats.insert(nat.id, nat);
        m_lastNat = nat.id;
        m_lastNatCount = 0;
    }
    a.instanceId = m_lastNat;
    a.instanceType = QStringLiteral("NAT");
    a.addressStatus = interned(AddressStatus::Bind);
    ++m_lastNatCount;
    if (single)
        m_lastNatCount = 3; // keep this gateway at one EIP
}

void WorldGenerator::add(Kind kind) {
    Address a = baseAddress();
    auto primaryOfNewCvm = [&] {
        const QString cvm = newCvm();
        bindToIp(a, m_region->instances.value(cvm).primaryEniId, 0);
    };
    switch (kind) {
    case Kind::PrimaryIp:
        primaryOfNewCvm();
        break;
    case Kind::SecondaryIp:
    case Kind::SecondaryIpCascade: {
        QString cvm = m_lastCvm;
        const std::optional<SandboxInstance> inst = m_region->instances.find(cvm);
        const std::optional<NetworkInterface> eni =
            inst ? m_region->eni(inst->primaryEniId) : std::nullopt;
        if (!eni || !eni->privateIpAddresses[1].addressId.isEmpty())
            cvm = newCvm();
        bindToIp(a, m_region->instances.value(cvm).primaryEniId, 1);
        a.cascadeRelease = kind == Kind::SecondaryIpCascade;
        break;
    }
    case Kind::SecondaryEni: {
        const QString cvm = m_lastCvm.isEmpty() ? newCvm() : m_lastCvm;
        bindToIp(a, newEni(false, cvm), 0);
        break;
    }
    case Kind::BindEni:
        bindToIp(a, newEni(false, QString()), 0);
        break;
    case Kind::Nat:
    case Kind::NatSingle:
        bindToNat(a, kind == Kind::NatSingle);
        break;
    case Kind::Unbind:
        break;
    case Kind::Blocked:
        primaryOfNewCvm();
        a.isBlocked = true;
        break;
    case Kind::Arrears:
        primaryOfNewCvm();
        a.isArrears = true;
        break;
    case Kind::ArrearsUnbind:
        a.isArrears = true;
        break;
    case Kind::Cascade:
        primaryOfNewCvm();
        a.cascadeRelease = true;
        break;
    case Kind::Creating:
        a.addressStatus = interned(AddressStatus::Creating);
        break;
    case Kind::Binding:
        primaryOfNewCvm();
        a.addressStatus = interned(AddressStatus::Binding);
        break;
    case Kind::Unbinding:
        primaryOfNewCvm();
        a.addressStatus = interned(AddressStatus::Unbinding);
        break;
    case Kind::Offlining:
        a.addressStatus = interned(AddressStatus::Offlining);
        break;
    case Kind::WanIp:
        primaryOfNewCvm();
        a.addressType = QStringLiteral("WanIP");
        a.addressName.clear();
        break;
    case Kind::Clb:
        a.instanceId = newId("lb-");
        a.instanceType = QStringLiteral("CLB");
        a.addressStatus = interned(AddressStatus::Bind);
        break;
    case Kind::NoEniInfo:
        newCvm();
        a.instanceId = m_lastCvm;
        a.instanceType = QStringLiteral("CVM");
        a.addressStatus = interned(AddressStatus::Bind);
        m_quirks->insert(a.addressId, AddressQuirk::NoEniInfo);
        break;
    case Kind::InstanceMissing: {
        const QString cvm = newCvm();
        bindToIp(a, m_region->instances.value(cvm).primaryEniId, 0);
        m_region->instances.remove(cvm);
        m_lastCvm.clear();
        m_quirks->insert(a.addressId, AddressQuirk::InstanceMissing);
        break;
    }
    case Kind::InstanceState:
        primaryOfNewCvm();
        m_region->instances.update(
            a.instanceId, [](SandboxInstance& c) { c.state = QStringLiteral("TERMINATING"); });
        m_lastCvm.clear();
        m_quirks->insert(a.addressId, AddressQuirk::InstanceStateNotSupported);
        break;
    case Kind::MalformedInstanceId: {
        primaryOfNewCvm();
        const QString legacy = QStringLiteral("ins_legacy_") + a.instanceId.mid(4);
        SandboxInstance inst = m_region->instances.value(a.instanceId);
        m_region->instances.remove(a.instanceId);
        inst.id = legacy;
        m_region->instances.insert(inst);
        m_region->enis.update(a.networkInterfaceId,
                              [&](NetworkInterface& eni) { eni.attachedInstanceId = legacy; });
        a.instanceId = legacy;
        m_lastCvm.clear();
        m_quirks->insert(a.addressId, AddressQuirk::MalformedInstanceId);
        break;
    }
    case Kind::BrokenBackend:
        primaryOfNewCvm();
        m_quirks->insert(a.addressId, AddressQuirk::BrokenBackend);
        break;
    case Kind::MasterEniMissing: {
        const QString cvm = newCvm(false);
        const QString missing = newId("eni-"); // never created
        m_region->instances.update(cvm, [&](SandboxInstance& c) { c.primaryEniId = missing; });
        bindToIp(a, newEni(false, cvm), 0);
        m_lastCvm.clear();
        m_quirks->insert(a.addressId, AddressQuirk::MasterEniMissing);
        break;
    }
    case Kind::AnycastEip:
        a.addressType = QStringLiteral("AnycastEIP");
        break;
    case Kind::HighQualityEip:
        primaryOfNewCvm();
        a.addressType = QStringLiteral("HighQualityEIP");
        break;
    case Kind::AntiDDoSEip:
        primaryOfNewCvm();
        a.addressType = QStringLiteral("AntiDDoSEIP");
        a.antiDDoSPackageId = newId("bgp-");
        break;
    case Kind::ResidentialEip:
        a.addressType = QStringLiteral("ResidentialEIP");
        break;
    case Kind::Cdc: {
        a.dedicatedClusterId = newId("cluster-");
        const QString cvm = newCvm();
        m_region->instances.update(
            cvm, [&](SandboxInstance& c) { c.dedicatedClusterId = a.dedicatedClusterId; });
        break;
    }
    case Kind::Legacy:
        a.bandwidth.reset();
        a.internetChargeType.clear();
        a.deadlineDate.clear();
        a.renewFlag.clear();
        a.bandwidthPackageId.clear();
        break;
    case Kind::UnVpc:
        a.unVpcId = m_vpc;
        break;
    case Kind::WanIpBlocked:
        primaryOfNewCvm();
        a.addressType = QStringLiteral("WanIP");
        a.addressName.clear();
        a.isBlocked = true;
        break;
    case Kind::SpecialCvms:
        addSpecialCvms(a);
        break;
    }
    m_region->addresses.append(a);
}

// The restricted CVMs of the AssociateAddress table (sandbox README), each with a primary ENI
// and no EIP, and a CVM that may have one EIP and has it: this kind's address, on its
// secondary IP.
void WorldGenerator::addSpecialCvms(Address& a) {
    auto cvm = [this](auto&& edit) {
        const QString id = newCvm();
        m_region->instances.update(id, edit);
        return id;
    };
    cvm([](SandboxInstance& c) {
        c.internetChargeType = QStringLiteral("BANDWIDTH_PREPAID_BY_MONTH");
    });
    cvm([](SandboxInstance& c) { c.bgpOnly = true; });
    cvm([](SandboxInstance& c) { c.anycastUnsupported = true; });
    cvm([](SandboxInstance& c) { c.residentialUnsupported = true; });
    cvm([](SandboxInstance& c) { c.directUnsupported = true; });
    cvm([](SandboxInstance& c) {
        c.state = QStringLiteral("STOPPED");
        c.stoppedNoCharge = true;
    });
    cvm([](SandboxInstance& c) { c.state = QStringLiteral("STARTING"); });
    const QString full = cvm([](SandboxInstance& c) { c.maxAddresses = 1; });
    bindToIp(a, m_region->instances.value(full).primaryEniId, 1);
    m_lastCvm.clear();
}

void WorldGenerator::addIdleInstances(int count) {
    // States an administrator meets; most instances run.
    static const char* const states[] = {
        "RUNNING", "RUNNING",   "RUNNING", "STOPPED",     "RUNNING",  "PENDING",
        "RUNNING", "STOPPING",  "RUNNING", "SHUTDOWN",    "RUNNING",  "LAUNCH_FAILED",
        "RUNNING", "REBOOTING", "RUNNING", "TERMINATING", "STARTING", "RUNNING"};
    const int kinds = int(sizeof(states) / sizeof(states[0]));
    for (int i = 0; i < count; ++i) {
        SandboxInstance cvm = m_region->instances.value(newCvm());
        cvm.state = interned(states[i % kinds]);
        if (i % 7 == 4) { // an ordinary public IP on the primary private IP
            cvm.normalPublicIp = publicIp();
            m_region->enis.update(cvm.primaryEniId, [&](NetworkInterface& eni) {
                eni.privateIpAddresses[0].publicIpAddress = cvm.normalPublicIp;
            });
        }
        m_region->instances.insert(cvm);
    }
    m_lastCvm.clear();
}

void WorldGenerator::describeInstances() {
    static const char* const names[] = {
        "web",     "api",   "db-primary", "db-replica", "cache",   "worker", "bastion",
        "gateway", "batch", "monitor",    "ci-runner",  "staging", "游戏服", "支付",
        "日志",    "官网",  "k8s-node",   "mail",       "vpn",     "search"};
    static const char* const types[] = {"S5.MEDIUM4",   "S5.LARGE8",  "SA2.MEDIUM4",
                                        "S6.2XLARGE16", "M5.LARGE16", "C6.LARGE8"};
    QStringList ids = m_region->instances.keys(); // the draws go in ID order
    ids.sort();
    // 20 names x 40 numbers: each of the 800 texts is built once and shared by the instances
    // that carry it (100,000 EIPs have about as many instances).
    QHash<quint32, QString> nameTexts;
    for (const QString& id : std::as_const(ids)) {
        SandboxInstance cvm = m_region->instances.value(id);
        const quint32 nameIndex = quint32(next(sizeof(names) / sizeof(names[0])));
        const quint32 number = quint32(1 + next(40));
        QString& name = nameTexts[nameIndex * 100 + number];
        if (name.isNull()) {
            name = QStringLiteral("%1-%2")
                       .arg(QString::fromUtf8(names[nameIndex]))
                       .arg(number, 2, 10, QLatin1Char('0'));
            name.squeeze();
        }
        cvm.name = name;
        cvm.machineType = interned(types[next(sizeof(types) / sizeof(types[0]))]);
        cvm.instanceChargeType = next(4) == 0 ? interned("PREPAID") : interned("POSTPAID_BY_HOUR");
        cvm.createdTime =
            QDateTime::fromSecsSinceEpoch(1577836800LL + qint64(next(4LL * 365 * 86400)), Qt::UTC);
        m_region->instances.insert(cvm);
    }
}

} // namespace eipdesk::sandbox
