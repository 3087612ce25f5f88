// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiRequest.h"

namespace eipdesk {

bool ApiRequest::isIdempotent() const {
    return action != QLatin1String("DisassociateAddress") &&
           action != QLatin1String("AssociateAddress") &&
           action != QLatin1String("DisassociateNatGatewayAddress");
}

} // namespace eipdesk
