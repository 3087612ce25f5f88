// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QString>

namespace eipdesk {

// The equivalent Tencent Cloud CLI (tccli) command line for an address, for operators who
// script: the unbind for a bound address (DisassociateNatGatewayAddress for a NAT gateway's),
// DescribeAddresses otherwise. Values are single-quoted for POSIX shells when needed.
class TccliCommand {
public:
    static QString forAddress(const Address& address);
    static QString unbind(const Address& address);
    static QString describe(const Address& address);
    static QString shellQuote(const QString& value);
};

} // namespace eipdesk
