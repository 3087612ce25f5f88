// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkInterface.h"
#include "sandbox/AddressTable.h"
#include "sandbox/SandboxInstance.h"
#include "sandbox/SandboxNat.h"

#include <QHash>
#include <QString>

#include <vector>

namespace eipdesk::sandbox {

// Everything of one region. Addresses (AddressTable: compact) and ENIs live in vectors,
// ordered for paging, with an ID index.
struct RegionData {
    QString id;
    AddressTable addresses;
    std::vector<NetworkInterface> enis;
    QHash<QString, int> eniIndex;
    QHash<QString, SandboxInstance> instances;
    QHash<QString, SandboxNat> nats;

    NetworkInterface* eni(const QString& eniId) {
        const auto it = eniIndex.constFind(eniId);
        return it == eniIndex.constEnd() ? nullptr : &enis[size_t(*it)];
    }
    void reindexEnis() {
        eniIndex.clear();
        eniIndex.reserve(qsizetype(enis.size()));
        for (size_t i = 0; i < enis.size(); ++i)
            eniIndex.insert(enis[i].networkInterfaceId, int(i));
    }
};

} // namespace eipdesk::sandbox
