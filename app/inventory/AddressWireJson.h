// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QJsonObject>

namespace eipdesk {

// An Address written back in DescribeAddresses' own form (spec §4.1, the Address model of the
// official SDK): VpcJson::address() reads it back field for field. The inventory cache keeps
// rows this way, so a file is read by the same hardened reader as a reply.
class AddressWireJson {
public:
    static QJsonObject toJson(const Address& address);
};

} // namespace eipdesk
