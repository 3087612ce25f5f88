// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "core/Region.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace eipdesk {

// What a profile's inventory looked like last time, as InventoryCache keeps it: the region list
// (in the language it was read in), each region's address count and the time of that read, and
// the rows themselves only when the user chose to see them before fresh data arrives. Never a
// secret: no key, no profile name.
struct InventorySnapshot {
    QString language; // the API language the region names are in
    QList<Region> regions;
    QHash<QString, qint64> counts;    // region -> addresses at its last good read
    QHash<QString, QDateTime> readAt; // region -> that read (UTC)
    QHash<QString, QList<Address>> rows;
};

} // namespace eipdesk
