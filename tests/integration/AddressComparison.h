// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "core/NetworkInterface.h"

#include <QString>

namespace eipdesk::test {

// Field-by-field comparison of what the client parsed with what the sandbox world holds.
// Each function returns an empty string when they agree, else "Field: expected X, got Y".
class AddressComparison {
public:
    static QString difference(const Address& expected, const Address& actual);
    static QString difference(const NetworkInterface& expected, const NetworkInterface& actual);
};

} // namespace eipdesk::test
