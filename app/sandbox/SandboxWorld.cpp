// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxWorld.h"

#include "core/AddressStatus.h"
#include "core/Clock.h"
#include "sandbox/WorldGenerator.h"

#include <QJsonArray>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace eipdesk::sandbox {

SandboxWorld::SandboxWorld(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {}

SandboxWorld::~SandboxWorld() = default;

void SandboxWorld::generate(quint64 seed, int addressCount, int regionCount) {
    m_seed = seed;
    m_generatedAddresses = qMax(0, addressCount);
    m_generatedRegions = regionCount;
    m_writes.clear();
    WorldGenerator::Result result =
        WorldGenerator::generate(seed, m_generatedAddresses, regionCount);
    m_regions = std::move(result.regions);
    m_quirks = std::move(result.quirks);
    m_regionIndex.clear();
    for (size_t i = 0; i < m_regions.size(); ++i)
        m_regionIndex.insert(m_regions[i].id, int(i));
    m_scripts.clear();
    m_tasks.clear();
    m_running.clear();
    m_reallocations.clear();
    m_nextTaskId = 61531411ULL + (seed % 1000) * 1000;
#ifdef __GLIBC__
    // Generation leaves its scratch (the ID set, temporaries) as free heap in between the
    // world's own allocations: hand the free pages back, 100,000 EIPs leave tens of MB.
    malloc_trim(0);
#endif
}

RegionData* SandboxWorld::regionHolding(const QString& addressId) {
    // Each region's ID index answers; a world-wide ID -> region map would cost as much
    // memory again for 100,000 EIPs.
    for (RegionData& r : m_regions)
        if (r.addresses.contains(addressId))
            return &r;
    return nullptr;
}

void SandboxWorld::regenerate() {
    generate(m_seed, m_generatedAddresses, m_generatedRegions);
}

QStringList SandboxWorld::regionIds() const {
    QStringList ids;
    for (const RegionData& r : m_regions)
        ids << r.id;
    return ids;
}

RegionData* SandboxWorld::region(const QString& id) {
    const auto it = m_regionIndex.constFind(id);
    return it == m_regionIndex.constEnd() ? nullptr : &m_regions[size_t(*it)];
}

int SandboxWorld::addressCount() const {
    int n = 0;
    for (const RegionData& r : m_regions)
        n += int(r.addresses.size());
    return n;
}

std::optional<Address> SandboxWorld::address(const QString& addressId) {
    settle();
    RegionData* r = regionHolding(addressId);
    if (!r)
        return std::nullopt;
    return r->addresses.find(addressId);
}

QString SandboxWorld::regionOfAddress(const QString& addressId) const {
    for (const RegionData& r : m_regions)
        if (r.addresses.contains(addressId))
            return r.id;
    return QString();
}

bool SandboxWorld::updateAddress(const Address& address) {
    RegionData* r = regionHolding(address.addressId);
    return r && r->addresses.replace(address); // the table's region is the address's
}

void SandboxWorld::removeAddress(const QString& addressIdRef) {
    // A copy: callers may pass a reference into the very address erased below.
    const QString addressId = addressIdRef;
    RegionData* r = regionHolding(addressId);
    const int index = r ? r->addresses.indexOf(addressId) : -1;
    if (index < 0)
        return;
    r->addresses.erase(index);
    m_quirks.remove(addressId);
}

std::optional<Address> SandboxWorld::findAddress(const QString& regionId,
                                                 const std::function<bool(const Address&)>& pred) {
    settle();
    for (RegionData& r : m_regions) {
        if (!regionId.isEmpty() && r.id != regionId)
            continue;
        for (const Address& a : r.addresses)
            if (pred(a))
                return a;
    }
    return std::nullopt;
}

void SandboxWorld::setQuirk(const QString& addressId, AddressQuirk quirk) {
    if (quirk == AddressQuirk::None)
        m_quirks.remove(addressId);
    else
        m_quirks.insert(addressId, quirk);
}

std::optional<SandboxInstance> SandboxWorld::instance(const QString& regionId,
                                                      const QString& instanceId) {
    RegionData* r = region(regionId);
    if (!r)
        return std::nullopt;
    return r->instances.find(instanceId);
}

void SandboxWorld::setInstanceState(const QString& regionId, const QString& instanceId,
                                    const QString& state) {
    if (RegionData* r = region(regionId))
        r->instances.update(instanceId, [&](SandboxInstance& c) { c.state = state; });
}

void SandboxWorld::setNatRestricted(const QString& regionId, const QString& natId,
                                    bool restricted) {
    if (RegionData* r = region(regionId); r && r->nats.contains(natId))
        r->nats[natId].restricted = restricted;
}

void SandboxWorld::scriptTaskOutcome(const QString& addressId, TaskOutcome outcome) {
    m_scripts.insert(addressId, outcome);
}

TaskOutcome SandboxWorld::takeScriptedOutcome(const QString& addressId) {
    return m_scripts.take(addressId);
}

quint64 SandboxWorld::startTask(SandboxTask task) {
    task.id = ++m_nextTaskId;
    task.result = SandboxTask::Result::Running;
    task.finishAtMs = m_clock->monotonicMSecs() + m_unbindDurationMs;
    if (m_neverFinish)
        task.neverFinish = true;
    m_tasks.insert(task.id, task);
    m_running.insert(task.id, true);
    return task.id;
}

std::optional<SandboxTask> SandboxWorld::task(quint64 taskId) {
    settle();
    const auto it = m_tasks.constFind(taskId);
    if (it == m_tasks.constEnd())
        return std::nullopt;
    return *it;
}

bool SandboxWorld::hasRunningTaskFor(const QString& addressId) const {
    for (auto it = m_running.constBegin(); it != m_running.constEnd(); ++it) {
        const SandboxTask& t = m_tasks[it.key()];
        for (const Address& a : t.before)
            if (a.addressId == addressId)
                return true;
    }
    return false;
}

int SandboxWorld::runningTaskCount() const {
    return int(m_running.size());
}

void SandboxWorld::settle() {
    if (m_running.isEmpty())
        return;
    const qint64 now = m_clock->monotonicMSecs();
    const QList<quint64> ids = m_running.keys();
    for (quint64 id : ids) {
        SandboxTask& t = m_tasks[id];
        if (t.neverFinish || now < t.finishAtMs)
            continue;
        m_running.remove(id);
        finishTask(t);
        emit taskFinished(id, t.result == SandboxTask::Result::Success);
    }
}

void SandboxWorld::finishTask(SandboxTask& task) {
    RegionData* r = region(task.region);
    if (!r) {
        task.result = SandboxTask::Result::Failed;
        return;
    }
    if (task.fail) {
        for (const Address& after : task.after) // a failed bind releases the reserved IP
            r->enis.update(after.networkInterfaceId, [&](NetworkInterface& eni) {
                for (PrivateIpAddress& ip : eni.privateIpAddresses)
                    if (ip.addressId == after.addressId)
                        ip.addressId.clear();
            });
        for (const Address& before : task.before)
            r->addresses.replace(before);
        task.result = SandboxTask::Result::Failed;
        return;
    }
    if (task.kind == SandboxTask::Kind::Bind) {
        for (const Address& after : task.after)
            applyBound(*r, after);
    } else {
        for (const Address& before : task.before)
            applyUnbound(*r, before);
    }
    task.result = SandboxTask::Result::Success;
}

void SandboxWorld::applyUnbound(RegionData& region, const Address& before) {
    std::optional<Address> a = region.addresses.find(before.addressId);
    if (!a)
        return;
    region.enis.update(a->networkInterfaceId, [&](NetworkInterface& eni) {
        for (PrivateIpAddress& ip : eni.privateIpAddresses)
            if (ip.addressId == a->addressId) {
                ip.addressId.clear();
                ip.publicIpAddress.clear();
            }
    });
    if (a->cascadeRelease) {
        removeAddress(a->addressId);
        return;
    }
    a->addressStatus = QLatin1String(AddressStatus::Unbind);
    a->instanceId.clear();
    a->instanceType.clear();
    a->networkInterfaceId.clear();
    a->privateAddressIp.clear();
    region.addresses.replace(*a);
}

void SandboxWorld::applyBound(RegionData& region, const Address& after) {
    if (!region.addresses.replace(after))
        return;
    region.enis.update(after.networkInterfaceId, [&](NetworkInterface& eni) {
        for (PrivateIpAddress& ip : eni.privateIpAddresses)
            if (ip.privateIpAddress == after.privateAddressIp) {
                ip.addressId = after.addressId;
                ip.publicIpAddress = after.addressIp;
            }
    });
}

QDate SandboxWorld::today() const {
    return m_clock->nowUtc().date();
}

int SandboxWorld::reallocationsToday(const QString& secretId) const {
    const auto used = m_reallocations.value(secretId);
    return used.first == today() ? used.second : 0;
}

void SandboxWorld::recordReallocation(const QString& secretId) {
    m_reallocations.insert(secretId, {today(), reallocationsToday(secretId) + 1});
}

QJsonObject SandboxWorld::summary() {
    settle();
    QJsonObject byStatus;
    QJsonObject byRegion;
    int total = 0;
    for (const RegionData& r : m_regions) {
        byRegion.insert(r.id, int(r.addresses.size()));
        total += int(r.addresses.size());
        for (int i = 0; i < int(r.addresses.size()); ++i) {
            const QString& status = r.addresses.text(r.addresses.record(i).addressStatus);
            byStatus.insert(status, byStatus.value(status).toInt() + 1);
        }
    }
    return QJsonObject{{QStringLiteral("seed"), QString::number(m_seed)},
                       {QStringLiteral("addresses"), total},
                       {QStringLiteral("regions"), byRegion},
                       {QStringLiteral("statuses"), byStatus},
                       {QStringLiteral("runningTasks"), int(m_running.size())},
                       {QStringLiteral("tasks"), int(m_tasks.size())},
                       {QStringLiteral("unbindDurationMs"), m_unbindDurationMs},
                       {QStringLiteral("neverFinishTasks"), m_neverFinish},
                       {QStringLiteral("dailyReallocateLimit"), m_dailyLimit}};
}

void SandboxWorld::setAccountSupported(const QString& secretId, bool supported) {
    if (supported)
        m_unsupportedAccounts.remove(secretId);
    else
        m_unsupportedAccounts.insert(secretId);
}

} // namespace eipdesk::sandbox
