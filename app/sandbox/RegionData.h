// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "core/NetworkInterface.h"
#include "sandbox/SandboxInstance.h"
#include "sandbox/SandboxNat.h"

#include <QHash>
#include <QString>

#include <vector>

namespace eipdesk::sandbox {

// Everything of one region. Addresses and ENIs live in vectors (compact, ordered for paging)
// with an ID index.
struct RegionData {
    QString id;
    std::vector<Address> addresses;
    QHash<QString, int> addressIndex;
    std::vector<NetworkInterface> enis;
    QHash<QString, int> eniIndex;
    QHash<QString, SandboxInstance> instances;
    QHash<QString, SandboxNat> nats;

    Address* address(const QString& addressId) {
        const auto it = addressIndex.constFind(addressId);
        return it == addressIndex.constEnd() ? nullptr : &addresses[size_t(*it)];
    }
    NetworkInterface* eni(const QString& eniId) {
        const auto it = eniIndex.constFind(eniId);
        return it == eniIndex.constEnd() ? nullptr : &enis[size_t(*it)];
    }
    void reindexAddresses() {
        addressIndex.clear();
        addressIndex.reserve(qsizetype(addresses.size()));
        for (size_t i = 0; i < addresses.size(); ++i)
            addressIndex.insert(addresses[i].addressId, int(i));
    }
    void reindexEnis() {
        eniIndex.clear();
        eniIndex.reserve(qsizetype(enis.size()));
        for (size_t i = 0; i < enis.size(); ++i)
            eniIndex.insert(enis[i].networkInterfaceId, int(i));
    }
};

} // namespace eipdesk::sandbox
