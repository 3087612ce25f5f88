// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/InstanceTable.h"

#include "sandbox/PackedText.h"

namespace eipdesk::sandbox {

void InstanceTable::shrinkToFit() {
    m_records.shrink_to_fit();
    m_index.squeeze();
}

InstanceTable::Record InstanceTable::pack(const SandboxInstance& c) {
    Record r;
    r.id = PackedText::pack(c.id, m_pool);
    r.primaryEniId = PackedText::pack(c.primaryEniId, m_pool);
    r.dedicatedClusterId = PackedText::pack(c.dedicatedClusterId, m_pool);
    r.normalPublicIp = PackedText::pack(c.normalPublicIp, m_pool);
    r.createdTime = c.createdTime;
    r.name = m_pool.intern(c.name);
    r.state = m_pool.intern(c.state);
    r.internetChargeType = m_pool.intern(c.internetChargeType);
    r.machineType = m_pool.intern(c.machineType);
    r.instanceChargeType = m_pool.intern(c.instanceChargeType);
    r.maxAddresses = c.maxAddresses;
    quint8 f = 0;
    f |= c.stoppedNoCharge ? StoppedNoCharge : 0;
    f |= c.bgpOnly ? BgpOnly : 0;
    f |= c.anycastUnsupported ? AnycastUnsupported : 0;
    f |= c.residentialUnsupported ? ResidentialUnsupported : 0;
    f |= c.directUnsupported ? DirectUnsupported : 0;
    r.flags = f;
    return r;
}

SandboxInstance InstanceTable::at(int i) const {
    const Record& r = m_records[size_t(i)];
    SandboxInstance c;
    c.id = PackedText::unpack(r.id, m_pool);
    c.name = m_pool.text(r.name);
    c.state = m_pool.text(r.state);
    c.primaryEniId = PackedText::unpack(r.primaryEniId, m_pool);
    c.internetChargeType = m_pool.text(r.internetChargeType);
    c.stoppedNoCharge = (r.flags & StoppedNoCharge) != 0;
    c.bgpOnly = (r.flags & BgpOnly) != 0;
    c.anycastUnsupported = (r.flags & AnycastUnsupported) != 0;
    c.residentialUnsupported = (r.flags & ResidentialUnsupported) != 0;
    c.directUnsupported = (r.flags & DirectUnsupported) != 0;
    c.dedicatedClusterId = PackedText::unpack(r.dedicatedClusterId, m_pool);
    c.maxAddresses = r.maxAddresses;
    c.machineType = m_pool.text(r.machineType);
    c.instanceChargeType = m_pool.text(r.instanceChargeType);
    c.normalPublicIp = PackedText::unpack(r.normalPublicIp, m_pool);
    c.createdTime = r.createdTime;
    return c;
}

int InstanceTable::indexOf(const QString& instanceId) const {
    const std::optional<quint64> packed = PackedText::find(instanceId, m_pool);
    if (!packed || PackedText::isEmpty(*packed))
        return -1;
    return m_index.value(*packed, -1);
}

std::optional<SandboxInstance> InstanceTable::find(const QString& instanceId) const {
    const int i = indexOf(instanceId);
    if (i < 0)
        return std::nullopt;
    return at(i);
}

SandboxInstance InstanceTable::value(const QString& instanceId) const {
    return find(instanceId).value_or(SandboxInstance());
}

QStringList InstanceTable::keys() const {
    QStringList ids;
    ids.reserve(size());
    for (const Record& r : m_records)
        ids.append(PackedText::unpack(r.id, m_pool));
    return ids;
}

void InstanceTable::insert(const SandboxInstance& instance) {
    const int i = indexOf(instance.id);
    Record r = pack(instance);
    if (i >= 0) {
        m_records[size_t(i)] = std::move(r);
        return;
    }
    m_index.insert(r.id, int(m_records.size()));
    m_records.push_back(std::move(r));
}

bool InstanceTable::remove(const QString& instanceId) {
    const int i = indexOf(instanceId);
    if (i < 0)
        return false;
    m_index.remove(m_records[size_t(i)].id);
    m_records.erase(m_records.begin() + i);
    for (size_t j = size_t(i); j < m_records.size(); ++j)
        m_index[m_records[j].id] = int(j);
    return true;
}

} // namespace eipdesk::sandbox
