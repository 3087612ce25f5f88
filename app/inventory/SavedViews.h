// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/AddressViewFilter.h"

#include <QStringList>

#include <optional>

namespace eipdesk {

// Named filter sets ("Blocked everywhere", "Idle in Guangzhou"), kept in the settings so an
// administrator picks one from a menu instead of setting four filters again.
class SavedViews {
public:
    static QStringList names(); // sorted
    static std::optional<AddressViewFilter> load(const QString& name);
    static bool save(const QString& name, const AddressViewFilter& filter); // false: bad name
    static void remove(const QString& name);
};

} // namespace eipdesk
