// SPDX-License-Identifier: GPL-3.0-or-later
// OperationQueue: the binding kinds — bind, move (one item in two steps) and undo (a re-bind
// linked to the entry it takes back). The rest of the class is in OperationQueue.cpp.
#include "ops/OperationQueue.h"

#include "core/AddressStatus.h"
#include "core/Clock.h"
#include "ops/Journal.h"

namespace eipdesk {

qint64 OperationQueue::enqueueBind(const Address& address, JournalEntry::Kind kind,
                                   const OperationTarget& target, qint64 parentId) {
    if (m_shutDown || (kind != JournalEntry::Kind::Bind && kind != JournalEntry::Kind::Rebind) ||
        target.isEmpty() || isBusy(address.addressId))
        return 0;
    OperationItem item = newItem(address, target, kind);
    JournalEntry& e = item.entry;
    e.parentId = parentId;
    if (kind == JournalEntry::Kind::Rebind) {
        // A re-bind's target is where the EIP was: the "previous" columns say so too.
        e.previousInstanceId = target.instanceId;
        e.previousInstanceType =
            target.isInstance() ? QStringLiteral("CVM") : QStringLiteral("ENI");
        e.previousEniId = target.networkInterfaceId;
        e.previousPrivateIp = target.privateIp;
    }
    return addSingle(item);
}

qint64 OperationQueue::enqueueMove(const Address& address, const OperationTarget& target) {
    const bool bound = address.addressStatus == QLatin1String(AddressStatus::Bind) ||
                       address.addressStatus == QLatin1String(AddressStatus::BindEni);
    if (m_shutDown || target.isEmpty() || !bound || isBusy(address.addressId) ||
        address.isNatGateway())
        return 0;
    OperationItem item = newItem(address, target, JournalEntry::Kind::Move);
    JournalEntry& e = item.entry;
    e.previousInstanceId = address.instanceId;
    e.previousInstanceType = address.instanceType;
    e.previousEniId = address.networkInterfaceId;
    e.previousPrivateIp = address.privateAddressIp;
    // Only CVM and ENI bindings move (AssociateAddress takes nothing else), and never to where
    // the EIP is: its own private IP, or its own instance (the instance form means the primary
    // IP; another IP of the same instance is chosen by its ENI and IP).
    if (e.previousTarget().isEmpty() || e.previousTarget() == target ||
        (target.isInstance() && target.instanceId == address.instanceId))
        return 0;
    return addSingle(item);
}

bool OperationQueue::canUndo(const JournalEntry& entry) const {
    const bool unbound =
        entry.kind == JournalEntry::Kind::Unbind && entry.state == OperationState::Succeeded;
    const bool leftIdle = entry.kind == JournalEntry::Kind::Move &&
                          entry.state == OperationState::Failed && entry.step == 1;
    if (m_shutDown || !(unbound || leftIdle) || entry.profile != m_profile ||
        entry.previousTarget().isEmpty() || isBusy(entry.addressId))
        return false;
    return !(m_journal && m_journal->isOpen() && m_journal->hasChild(entry.id));
}

qint64 OperationQueue::enqueueUndo(const JournalEntry& unbound) {
    // `unbound`: a succeeded unbind, or a move left idle by its failed bind.
    if (!canUndo(unbound))
        return 0;
    Address address;
    address.region = unbound.region;
    address.addressId = unbound.addressId;
    address.addressIp = unbound.addressIp;
    address.addressStatus = QLatin1String(AddressStatus::Unbind); // checked before sending
    return enqueueBind(address, JournalEntry::Kind::Rebind, unbound.previousTarget(), unbound.id);
}

OperationItem OperationQueue::newItem(const Address& address, const OperationTarget& target,
                                      JournalEntry::Kind kind) {
    OperationItem item;
    item.key = m_nextKey++;
    item.address = address;
    item.target = target;
    item.entry.kind = kind;
    return item;
}

qint64 OperationQueue::addSingle(OperationItem& item) {
    JournalEntry& e = item.entry;
    e.startedAt = m_clock->nowUtc();
    e.profile = m_profile;
    e.region = item.address.region;
    e.addressId = item.address.addressId;
    e.addressIp = item.address.addressIp;
    e.targetInstanceId = item.target.instanceId;
    e.targetEniId = item.target.networkInterfaceId;
    e.targetPrivateIp = item.target.privateIp;
    e.state = OperationState::Queued;
    if (m_journal)
        m_journal->add(e);
    appendItem(item);
    emit itemAdded(item.key);
    noteBusy(item);
    m_waiting << QList<qint64>{item.key};
    emit progressChanged();
    m_dispatchTimer.start();
    return item.key;
}

} // namespace eipdesk
