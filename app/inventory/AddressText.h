// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// The enum values of an Address as words a person reads (translated), for the details pane,
// the exports and the table. Each function returns the value itself when it does not know it
// (a newer API value is shown as sent, never hidden). withRaw() puts the wire value alongside.
class AddressText {
    Q_DECLARE_TR_FUNCTIONS(AddressText)
public:
    static QString addressType(const QString& wire);  // EIP, WanIP (WanIp), AnycastEIP, ...
    static QString chargeType(const QString& wire);   // InternetChargeType
    static QString isp(const QString& wire);          // InternetServiceProvider
    static QString renewFlag(const QString& wire);    // RenewFlag
    static QString instanceType(const QString& wire); // InstanceType
    // "Words (RAW)"; just the words when they are the value; empty for an empty value.
    static QString withRaw(const QString& words, const QString& wire);
    // The address's kind and the actions of EIP Desk that apply to it.
    static QString kind(const Address& a);
    static QString applicableActions(const Address& a);
    static QString algText(const Address& a); // EipAlgType: "FTP on, SIP off"
    // The table's names for the same words (one source: the functions above).
    static QString billingModeText(const QString& v) { return chargeType(v); }
    static QString ispText(const QString& v) { return isp(v); }
    static QString addressTypeText(const QString& v) { return addressType(v); }
    static QString renewFlagText(const QString& v) { return renewFlag(v); }
};

} // namespace eipdesk
