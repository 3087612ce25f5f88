// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace eipdesk {

// One DescribeAddresses reply: its AddressSet, TotalCount and RequestId.
struct AddressPage {
    QList<Address> addresses; // region is filled in
    qint64 totalCount = 0;
    QString requestId;
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::AddressPage)
