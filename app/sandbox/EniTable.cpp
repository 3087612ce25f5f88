// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/EniTable.h"

#include "sandbox/PackedText.h"

namespace eipdesk::sandbox {

void EniTable::reserve(size_t n) {
    m_records.reserve(n);
    m_index.reserve(qsizetype(n));
}

void EniTable::shrinkToFit() {
    m_records.shrink_to_fit();
    m_index.squeeze();
}

EniTable::Record EniTable::pack(const NetworkInterface& eni) {
    Record r;
    r.id = PackedText::pack(eni.networkInterfaceId, m_pool);
    r.vpcId = PackedText::pack(eni.vpcId, m_pool);
    r.subnetId = PackedText::pack(eni.subnetId, m_pool);
    r.attachedInstanceId = PackedText::pack(eni.attachedInstanceId, m_pool);
    r.name = m_pool.intern(eni.networkInterfaceName);
    r.state = m_pool.intern(eni.state);
    r.primary = eni.primary;
    r.ips.reserve(eni.privateIpAddresses.size());
    for (const PrivateIpAddress& p : eni.privateIpAddresses) {
        IpRecord ip;
        ip.privateIp = PackedText::pack(p.privateIpAddress, m_pool);
        ip.publicIp = PackedText::pack(p.publicIpAddress, m_pool);
        ip.addressId = PackedText::pack(p.addressId, m_pool);
        ip.state = m_pool.intern(p.state);
        ip.primary = p.primary;
        r.ips.append(ip);
    }
    return r;
}

NetworkInterface EniTable::at(int i) const {
    const Record& r = m_records[size_t(i)];
    NetworkInterface eni;
    eni.networkInterfaceId = PackedText::unpack(r.id, m_pool);
    eni.networkInterfaceName = m_pool.text(r.name);
    eni.vpcId = PackedText::unpack(r.vpcId, m_pool);
    eni.subnetId = PackedText::unpack(r.subnetId, m_pool);
    eni.state = m_pool.text(r.state);
    eni.primary = r.primary;
    eni.attachedInstanceId = PackedText::unpack(r.attachedInstanceId, m_pool);
    eni.privateIpAddresses.reserve(r.ips.size());
    for (const IpRecord& ip : r.ips) {
        PrivateIpAddress p;
        p.privateIpAddress = PackedText::unpack(ip.privateIp, m_pool);
        p.primary = ip.primary;
        p.publicIpAddress = PackedText::unpack(ip.publicIp, m_pool);
        p.addressId = PackedText::unpack(ip.addressId, m_pool);
        p.state = m_pool.text(ip.state);
        eni.privateIpAddresses.append(p);
    }
    return eni;
}

int EniTable::indexOf(const QString& eniId) const {
    const std::optional<quint64> packed = PackedText::find(eniId, m_pool);
    if (!packed || PackedText::isEmpty(*packed))
        return -1;
    return m_index.value(*packed, -1);
}

std::optional<NetworkInterface> EniTable::find(const QString& eniId) const {
    const int i = indexOf(eniId);
    if (i < 0)
        return std::nullopt;
    return at(i);
}

void EniTable::append(const NetworkInterface& eni) {
    if (replace(eni))
        return;
    Record r = pack(eni);
    m_index.insert(r.id, int(m_records.size()));
    m_records.push_back(std::move(r));
}

bool EniTable::replace(const NetworkInterface& eni) {
    const int i = indexOf(eni.networkInterfaceId);
    if (i < 0)
        return false;
    m_records[size_t(i)] = pack(eni);
    return true;
}

} // namespace eipdesk::sandbox
