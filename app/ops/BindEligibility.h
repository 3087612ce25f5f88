// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "core/CvmInstance.h"
#include "core/NetworkInterface.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace eipdesk {

// Whether an instance, or one private IP of a network interface, can take an EIP, judged from
// what DescribeInstances / DescribeNetworkInterfaces report and from the region's EIPs:
// `blocker` (translated) makes the row unselectable, `warning` is shown but allows it.
struct BindCandidate {
    QString blocker;
    QString warning;
    QString eipId; // an EIP already on the target private IP
    QString eipIp;
    QString normalPublicIp; // an ordinary public IP on the target private IP
    bool selectable() const { return blocker.isEmpty(); }
};

class BindEligibility {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::BindEligibility)
public:
    // The region's EIPs (any status), indexed for the lookups below.
    explicit BindEligibility(const QList<Address>& regionAddresses = {});

    BindCandidate instance(const CvmInstance& instance) const;
    BindCandidate eniIp(const NetworkInterface& eni, const PrivateIpAddress& ip) const;
    // States in which an instance has no usable network for an EIP: being created, failed to
    // launch, isolated (SHUTDOWN) or being terminated.
    static bool stateBlocksBinding(const QString& state);
    QString instanceStateText(const QString& state) const;

private:
    const Address* find(const QHash<QString, int>& index, const QString& key) const;

    QList<Address> m_addresses;
    QHash<QString, int> m_byIp;          // AddressIp -> index in m_addresses
    QHash<QString, int> m_byInstanceIp;  // instanceId + '/' + private IP -> index
    QHash<QString, int> m_byInstanceAny; // instanceId -> index (no private IP known)
};

} // namespace eipdesk
