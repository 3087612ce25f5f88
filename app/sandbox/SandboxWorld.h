// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "sandbox/AddressQuirk.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxTask.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace eipdesk {
class Clock;
}

namespace eipdesk::sandbox {

// The emulated cloud: regions with their EIPs, ENIs, CVMs and NAT gateways, the running
// asynchronous tasks and the daily reallocation quota. Deterministic from the seed. Time
// comes from the injected clock; tasks finish lazily when the world is looked at (settle()).
class SandboxWorld : public QObject {
    Q_OBJECT
public:
    explicit SandboxWorld(const Clock* clock, QObject* parent = nullptr);
    ~SandboxWorld() override;

    void generate(quint64 seed, int addressCount, int regionCount);
    void regenerate(); // the same seed and sizes; drops tasks, scripts and quota use
    quint64 seed() const { return m_seed; }

    const Clock* clock() const { return m_clock; }
    void setClock(const Clock* clock) { m_clock = clock; }

    QStringList regionIds() const;
    RegionData* region(const QString& id);
    int addressCount() const;
    std::optional<Address> address(const QString& addressId);
    QString regionOfAddress(const QString& addressId) const;
    // Test control: replaces the address with the same ID (its region is kept).
    bool updateAddress(const Address& address);
    void removeAddress(const QString& addressId);
    // The first address of the region (all regions when empty) matching pred, in list order.
    std::optional<Address> findAddress(const QString& region,
                                       const std::function<bool(const Address&)>& pred);
    AddressQuirk quirk(const QString& addressId) const { return m_quirks.value(addressId); }
    void setQuirk(const QString& addressId, AddressQuirk quirk);
    std::optional<SandboxInstance> instance(const QString& region, const QString& instanceId);
    void setInstanceState(const QString& region, const QString& instanceId, const QString& state);
    void setNatRestricted(const QString& region, const QString& natId, bool restricted);

    // Asynchronous tasks.
    int unbindDurationMs() const { return m_unbindDurationMs; }
    void setUnbindDurationMs(int ms) { m_unbindDurationMs = qMax(0, ms); }
    bool neverFinishTasks() const { return m_neverFinish; }
    void setNeverFinishTasks(bool never) { m_neverFinish = never; }
    void scriptTaskOutcome(const QString& addressId, TaskOutcome outcome);
    TaskOutcome takeScriptedOutcome(const QString& addressId);
    quint64 startTask(SandboxTask task); // fills id, finish time; returns the id
    std::optional<SandboxTask> task(quint64 taskId);
    bool hasRunningTaskFor(const QString& addressId) const;
    int runningTaskCount() const;
    void settle(); // finishes every task whose time has come

    // The site the sandbox plays (spec: where the China and international sites differ):
    // DescribeAddresses' default address types and the daily reassignment quota's ID.
    bool international() const { return m_international; }
    void setInternational(bool international) { m_international = international; }
    // Accounts AssociateAddress refuses with InvalidAccount.NotSupported (test control).
    bool accountSupported(const QString& secretId) const {
        return !m_unsupportedAccounts.contains(secretId);
    }
    void setAccountSupported(const QString& secretId, bool supported);

    // The daily reassignment quota (DAILY_PUBLIC_IP_ASSIGN; DAILY_EIP_ASSIGN on the
    // international site), per account and UTC day.
    int dailyReallocateLimit() const { return m_dailyLimit; }
    void setDailyReallocateLimit(int limit) { m_dailyLimit = limit; }
    int reallocationsToday(const QString& secretId) const;
    void recordReallocation(const QString& secretId);

    // Write requests (DisassociateAddress, AssociateAddress, DisassociateNatGatewayAddress)
    // that named this existing EIP, accepted or refused: tests check that no operation is
    // lost or sent twice. Counted from the last generate() (or regenerate()).
    int writeCount(const QString& addressId) const { return m_writes.value(addressId); }
    void countWrite(const QString& addressId) { ++m_writes[addressId]; }

    QJsonObject summary();

signals:
    void taskFinished(quint64 taskId, bool success);

private:
    RegionData* regionHolding(const QString& addressId);
    void finishTask(SandboxTask& task);
    void applyUnbound(RegionData& region, const Address& before);
    void applyBound(RegionData& region, const Address& after);
    QDate today() const;

    const Clock* m_clock;
    quint64 m_seed = 1;
    int m_generatedAddresses = 0;
    int m_generatedRegions = 0;
    std::vector<RegionData> m_regions;
    QHash<QString, int> m_regionIndex;
    QHash<QString, AddressQuirk> m_quirks;
    QHash<QString, TaskOutcome> m_scripts;
    QHash<quint64, SandboxTask> m_tasks;
    QHash<quint64, bool> m_running; // ids of running tasks
    quint64 m_nextTaskId = 0;
    int m_unbindDurationMs = 3000;
    bool m_neverFinish = false;
    int m_dailyLimit = 10;
    bool m_international = false;
    QSet<QString> m_unsupportedAccounts;
    QHash<QString, QPair<QDate, int>> m_reallocations;
    QHash<QString, int> m_writes; // address ID -> write requests naming it
};

} // namespace eipdesk::sandbox
