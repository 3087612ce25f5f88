// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/AddressQuirk.h"
#include "sandbox/RegionData.h"

#include <QHash>
#include <QSet>

#include <map>
#include <random>
#include <string>
#include <vector>

namespace eipdesk::sandbox {

// Builds a believable world, deterministic from the seed: every region starts with a curated
// set (every status, binding kind and special case), then a weighted random mix.
class WorldGenerator {
public:
    struct Result {
        std::vector<RegionData> regions;
        QHash<QString, AddressQuirk> quirks;
    };

    static Result generate(quint64 seed, int addressCount, int regionCount);
    // Instances per region that carry no EIP (bind targets): a few, then one per 20 EIPs.
    static int idleInstanceCount(int addressCount) { return 6 + addressCount / 20; }

    enum class Kind {
        PrimaryIp,
        SecondaryIp,
        SecondaryEni,
        BindEni,
        Nat,
        NatSingle,
        Unbind,
        Blocked,
        Arrears,
        ArrearsUnbind,
        Cascade,
        Creating,
        Binding,
        Unbinding,
        Offlining,
        WanIp,
        Clb,
        NoEniInfo,
        InstanceMissing,
        InstanceState,
        MalformedInstanceId,
        BrokenBackend,
        MasterEniMissing,
        SecondaryIpCascade,
        AnycastEip,     // UNBIND AnycastEIP
        HighQualityEip, // HighQualityEIP on a CVM's primary IP
        AntiDDoSEip,    // AntiDDoSEIP with its AntiDDoSPackageId, bound
        ResidentialEip, // UNBIND ResidentialEIP
        Cdc,            // UNBIND EIP of a CDC (DedicatedClusterId), plus a CVM in that CDC
        Legacy,         // UNBIND, bill-by-CVM account: Bandwidth and InternetChargeType null
        UnVpc,          // UNBIND with UnVpcId (classic elastic IPv6's VPC)
        WanIpBlocked,   // a blocked ordinary public IP on a CVM
        SpecialCvms     // UNBIND EIP, plus the restricted CVMs of the AssociateAddress table
    };

private:
    // The IDs handed out so far: per prefix ("eip-"), the 8 characters after it in base 36.
    using UsedIds = std::map<std::string, QSet<quint64>>;

    WorldGenerator(quint64 seed, int regionIndex, RegionData* region,
                   QHash<QString, AddressQuirk>* quirks, UsedIds* usedIds);
    void add(Kind kind);
    QString newId(const char* prefix);
    QString publicIp();
    QString privateIp();
    Address baseAddress();
    QString newCvm(bool withPrimaryEni = true);
    QString newEni(bool primary, const QString& instanceId);
    void bindToIp(Address& a, const QString& eniId, int ipIndex);
    void bindToNat(Address& a, bool single);
    void addSpecialCvms(Address& a);
    // After the addresses (so their IDs do not change): idle instances in every state, one
    // with an ordinary public IP; then names, types and creation times for all instances.
    void addIdleInstances(int count);
    void describeInstances();
    quint64 next(quint64 bound) { return m_rng() % bound; }

    std::mt19937_64 m_rng;
    int m_regionIndex;
    RegionData* m_region;
    QHash<QString, AddressQuirk>* m_quirks;
    UsedIds* m_usedIds;
    quint32 m_ipCounter = 0;
    quint32 m_privateCounter = 0;
    QString m_lastCvm;
    QString m_lastNat;
    int m_lastNatCount = 0;
    QString m_vpc;
    QString m_subnet;
};

} // namespace eipdesk::sandbox
