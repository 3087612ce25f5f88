// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkInterface.h"
#include "sandbox/AddressTable.h"
#include "sandbox/EniTable.h"
#include "sandbox/InstanceTable.h"
#include "sandbox/SandboxNat.h"

#include <QHash>
#include <QString>

#include <optional>

namespace eipdesk::sandbox {

// Everything of one region. Addresses, ENIs and instances live in compact tables (ordered for
// paging, with an ID index) and come out as values: a change is find, edit, write back.
struct RegionData {
    QString id;
    AddressTable addresses;
    EniTable enis;
    InstanceTable instances;
    QHash<QString, SandboxNat> nats;

    std::optional<NetworkInterface> eni(const QString& eniId) const { return enis.find(eniId); }
};

} // namespace eipdesk::sandbox
