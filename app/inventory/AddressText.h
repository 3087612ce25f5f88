// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// Wire enum values of an Address (spec §4.1) in words for the table; a value we do not know is
// shown as it came (never hidden). The raw value stays visible in the details pane.
class AddressText {
    Q_DECLARE_TR_FUNCTIONS(AddressText)
public:
    static QString billingModeText(const QString& internetChargeType);
    static QString ispText(const QString& internetServiceProvider);
    static QString addressTypeText(const QString& addressType);
    static QString renewFlagText(const QString& renewFlag);
};

} // namespace eipdesk
