// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/AddressText.h"

namespace eipdesk {

QString AddressText::billingModeText(const QString& v) {
    if (v == QLatin1String("BANDWIDTH_PREPAID_BY_MONTH"))
        return tr("Monthly bandwidth (prepaid)");
    if (v == QLatin1String("TRAFFIC_POSTPAID_BY_HOUR"))
        return tr("Hourly by traffic");
    if (v == QLatin1String("BANDWIDTH_POSTPAID_BY_HOUR"))
        return tr("Hourly by bandwidth");
    if (v == QLatin1String("BANDWIDTH_PACKAGE"))
        return tr("Bandwidth package");
    return v;
}

QString AddressText::ispText(const QString& v) {
    if (v == QLatin1String("BGP"))
        return tr("BGP (multi-line)");
    if (v == QLatin1String("CMCC"))
        return tr("China Mobile");
    if (v == QLatin1String("CTCC"))
        return tr("China Telecom");
    if (v == QLatin1String("CUCC"))
        return tr("China Unicom");
    return v;
}

QString AddressText::addressTypeText(const QString& v) {
    if (v == QLatin1String("EIP"))
        return tr("Elastic IP");
    if (v == QLatin1String("WanIP"))
        return tr("Ordinary public IP");
    if (v == QLatin1String("CalcIP"))
        return tr("Device IP");
    if (v == QLatin1String("AnycastEIP"))
        return tr("Anycast EIP");
    if (v == QLatin1String("AntiDDoSEIP"))
        return tr("Anti-DDoS EIP");
    if (v == QLatin1String("HighQualityEIP"))
        return tr("High-quality EIP");
    if (v == QLatin1String("ResidentialEIP"))
        return tr("Residential EIP");
    return v;
}

QString AddressText::renewFlagText(const QString& v) {
    if (v == QLatin1String("NOTIFY_AND_AUTO_RENEW"))
        return tr("Renews automatically");
    if (v == QLatin1String("NOTIFY_AND_MANUAL_RENEW"))
        return tr("Manual renewal, with reminders");
    if (v == QLatin1String("DISABLE_NOTIFY_AND_MANUAL_RENEW"))
        return tr("Manual renewal, no reminders");
    return v;
}

} // namespace eipdesk
