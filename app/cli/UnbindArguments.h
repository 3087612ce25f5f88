// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace eipdesk {

// The parsed command line of `eipdesk unbind`. parse() never talks to the network: it only
// checks the shape of the options and that every target looks like an EIP ID or an IP.
class UnbindArguments {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::UnbindArguments)
public:
    QString profile; // --profile NAME (empty: the active profile)
    QString region;  // --region REGION (empty: the profile's default region)
    bool reallocate = false;
    bool yes = false;
    bool noWait = false;
    bool wait = false; // --wait: an EIP another EIP Desk works on is waited for, not skipped
    bool help = false;
    QStringList targets; // eip-… IDs and public IPs, in order, without duplicates

    // `args` are the arguments after "unbind". Returns false with a translated problem.
    bool parse(const QStringList& args, QString* problem);

    static bool isAddressId(const QString& text); // eip-xxxxxxxx
    static bool isIp(const QString& text);        // IPv4 or IPv6
    static QString usageText();
};

} // namespace eipdesk
