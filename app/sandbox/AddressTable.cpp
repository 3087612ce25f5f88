// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AddressTable.h"

#include "sandbox/PackedText.h"

namespace eipdesk::sandbox {

void AddressTable::reserve(size_t n) {
    m_records.reserve(n);
    m_index.reserve(qsizetype(n));
}

void AddressTable::shrinkToFit() {
    m_records.shrink_to_fit();
    m_index.squeeze();
}

AddressRecord AddressTable::pack(const Address& a) {
    AddressRecord r;
    r.addressId = PackedText::pack(a.addressId, m_pool);
    r.addressIp = PackedText::pack(a.addressIp, m_pool);
    r.instanceId = PackedText::pack(a.instanceId, m_pool);
    r.networkInterfaceId = PackedText::pack(a.networkInterfaceId, m_pool);
    r.privateAddressIp = PackedText::pack(a.privateAddressIp, m_pool);
    r.bandwidthPackageId = PackedText::pack(a.bandwidthPackageId, m_pool);
    r.antiDDoSPackageId = PackedText::pack(a.antiDDoSPackageId, m_pool);
    r.unVpcId = PackedText::pack(a.unVpcId, m_pool);
    r.dedicatedClusterId = PackedText::pack(a.dedicatedClusterId, m_pool);
    r.bandwidth = a.bandwidth.value_or(0);
    r.createdTime = a.createdTime;
    r.addressName = m_pool.intern(a.addressName);
    r.addressStatus = m_pool.intern(a.addressStatus);
    r.addressType = m_pool.intern(a.addressType);
    r.instanceType = m_pool.intern(a.instanceType);
    r.internetServiceProvider = m_pool.intern(a.internetServiceProvider);
    r.internetChargeType = m_pool.intern(a.internetChargeType);
    r.deadlineDate = m_pool.intern(a.deadlineDate);
    r.renewFlag = m_pool.intern(a.renewFlag);
    r.egress = m_pool.intern(a.egress);
    r.tags = m_pool.internTags(a.tags);
    quint16 f = 0;
    f |= a.isArrears ? AddressRecord::IsArrears : 0;
    f |= a.isBlocked ? AddressRecord::IsBlocked : 0;
    f |= a.isEipDirectConnection ? AddressRecord::IsEipDirectConnection : 0;
    f |= a.cascadeRelease ? AddressRecord::CascadeRelease : 0;
    f |= a.localBgp ? AddressRecord::LocalBgp : 0;
    f |= a.algFtp ? AddressRecord::HasAlgFtp : 0;
    f |= a.algFtp.value_or(false) ? AddressRecord::AlgFtp : 0;
    f |= a.algSip ? AddressRecord::HasAlgSip : 0;
    f |= a.algSip.value_or(false) ? AddressRecord::AlgSip : 0;
    f |= a.bandwidth ? AddressRecord::HasBandwidth : 0;
    r.flags = f;
    return r;
}

Address AddressTable::at(int i) const {
    const AddressRecord& r = record(i);
    Address a;
    a.region = m_region;
    a.addressId = PackedText::unpack(r.addressId, m_pool);
    a.addressName = m_pool.text(r.addressName);
    a.addressIp = PackedText::unpack(r.addressIp, m_pool);
    a.addressStatus = m_pool.text(r.addressStatus);
    a.addressType = m_pool.text(r.addressType);
    a.instanceId = PackedText::unpack(r.instanceId, m_pool);
    a.instanceType = m_pool.text(r.instanceType);
    a.networkInterfaceId = PackedText::unpack(r.networkInterfaceId, m_pool);
    a.privateAddressIp = PackedText::unpack(r.privateAddressIp, m_pool);
    a.internetServiceProvider = m_pool.text(r.internetServiceProvider);
    a.internetChargeType = m_pool.text(r.internetChargeType);
    a.deadlineDate = m_pool.text(r.deadlineDate);
    a.renewFlag = m_pool.text(r.renewFlag);
    a.bandwidthPackageId = PackedText::unpack(r.bandwidthPackageId, m_pool);
    a.egress = m_pool.text(r.egress);
    a.antiDDoSPackageId = PackedText::unpack(r.antiDDoSPackageId, m_pool);
    a.unVpcId = PackedText::unpack(r.unVpcId, m_pool);
    a.dedicatedClusterId = PackedText::unpack(r.dedicatedClusterId, m_pool);
    if (r.has(AddressRecord::HasAlgFtp))
        a.algFtp = r.has(AddressRecord::AlgFtp);
    if (r.has(AddressRecord::HasAlgSip))
        a.algSip = r.has(AddressRecord::AlgSip);
    if (r.has(AddressRecord::HasBandwidth))
        a.bandwidth = r.bandwidth;
    a.createdTime = r.createdTime;
    a.isArrears = r.has(AddressRecord::IsArrears);
    a.isBlocked = r.has(AddressRecord::IsBlocked);
    a.isEipDirectConnection = r.has(AddressRecord::IsEipDirectConnection);
    a.cascadeRelease = r.has(AddressRecord::CascadeRelease);
    a.localBgp = r.has(AddressRecord::LocalBgp);
    a.tags = m_pool.tags(r.tags);
    return a;
}

std::vector<Address> AddressTable::all() const {
    std::vector<Address> out;
    out.reserve(m_records.size());
    for (int i = 0; i < int(m_records.size()); ++i)
        out.push_back(at(i));
    return out;
}

int AddressTable::indexOf(const QString& addressId) const {
    const auto packed = PackedText::find(addressId, m_pool);
    if (!packed || *packed == 0)
        return -1;
    return m_index.value(*packed, -1);
}

std::optional<Address> AddressTable::find(const QString& addressId) const {
    const int i = indexOf(addressId);
    if (i < 0)
        return std::nullopt;
    return at(i);
}

void AddressTable::append(const Address& a) {
    const AddressRecord r = pack(a);
    m_index.insert(r.addressId, int(m_records.size()));
    m_records.push_back(r);
}

void AddressTable::set(int i, const Address& a) {
    AddressRecord r = pack(a);
    r.addressId = m_records[size_t(i)].addressId;
    m_records[size_t(i)] = r;
}

bool AddressTable::replace(const Address& a) {
    const int i = indexOf(a.addressId);
    if (i < 0)
        return false;
    set(i, a);
    return true;
}

void AddressTable::erase(int i) {
    m_records.erase(m_records.begin() + i);
    reindex();
}

void AddressTable::setStatus(int i, const QString& status) {
    m_records[size_t(i)].addressStatus = m_pool.intern(status);
}

void AddressTable::reindex() {
    m_index.clear();
    m_index.reserve(qsizetype(m_records.size()));
    for (size_t i = 0; i < m_records.size(); ++i)
        m_index.insert(m_records[i].addressId, int(i));
}

QString AddressTable::addressId(int i) const {
    return PackedText::unpack(record(i).addressId, m_pool);
}

QString AddressTable::addressIp(int i) const {
    return PackedText::unpack(record(i).addressIp, m_pool);
}

QString AddressTable::instanceId(int i) const {
    return PackedText::unpack(record(i).instanceId, m_pool);
}

QString AddressTable::networkInterfaceId(int i) const {
    return PackedText::unpack(record(i).networkInterfaceId, m_pool);
}

QString AddressTable::privateAddressIp(int i) const {
    return PackedText::unpack(record(i).privateAddressIp, m_pool);
}

QString AddressTable::dedicatedClusterId(int i) const {
    return PackedText::unpack(record(i).dedicatedClusterId, m_pool);
}

std::optional<quint64> AddressTable::packedInstanceId(const QString& instanceId) const {
    return PackedText::find(instanceId, m_pool);
}

bool AddressTable::isOrdinaryPublicIp(int i) const {
    return text(record(i).addressType).compare(QLatin1String("WanIP"), Qt::CaseInsensitive) == 0;
}

} // namespace eipdesk::sandbox
