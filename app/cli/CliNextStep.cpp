// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliNextStep.h"

#include <QHash>

namespace eipdesk {

namespace {
// Codes whose catalog text points at the window, and what a command-line user does instead.
const QHash<QString, const char*>& cliTexts() {
    static const char* const lookAgain = QT_TRANSLATE_NOOP(
        "eipdesk::CliNextStep",
        "Run the command again: it reads the EIP's current state before it sends anything.");
    static const char* const history = QT_TRANSLATE_NOOP(
        "eipdesk::CliNextStep",
        "Check the previous target with \"eipdesk history --requests\"; it may be gone.");
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("EipDesk.NotHappened"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Run the same eipdesk unbind command again to send it again.")},
        {QStringLiteral("EipDesk.BindNotHappened"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Look at the EIP's state; if it is still unbound, bind it again.")},
        {QStringLiteral("EipDesk.StillRunning"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Run \"eipdesk settle\" later: it follows the task to its end.")},
        {QStringLiteral("InvalidNetworkInterfaceId.NotFound"), history},
        {QStringLiteral("InvalidParameterValue.ResourceNotSupport"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "NAT gateway EIPs are unbound through the NAT gateway: name the EIP "
                           "again and eipdesk unbind takes that path.")},
        {QStringLiteral("EipDesk.AddressChanged"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "It was skipped: run the command again if it is still needed (it "
                           "shows the EIP's current state first).")},
        {QStringLiteral("EipDesk.AddressGone"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep", "It was skipped: nothing is left to do.")},
        {QStringLiteral("InvalidParameterValue.InstanceNotMatchAssociateEni"), history},
        {QStringLiteral("InvalidParameterValue.NetworkInterfaceNotFound"), history},
        {QStringLiteral("InvalidParameterValue"), lookAgain},
        {QStringLiteral("FailedOperation"), lookAgain},
        {QStringLiteral("FailedOperation.AddressEniInfoNotFound"), lookAgain},
        {QStringLiteral("FailedOperation.TaskFailed"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Run the command again once; if it fails again, contact support with "
                           "the RequestId.")},
        {QStringLiteral("InvalidAddressId.NotFound"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Nothing to do: the EIP is probably gone already.")},
        {QStringLiteral("InvalidAddressIdStatus.NotPermit"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Usually nothing is left to do; run the command again to see the "
                           "EIP's current state.")},
        {QStringLiteral("InvalidInstanceId.NotFound"), lookAgain},
        {QStringLiteral("InvalidParameterValue.AddressIdMalformed"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Check the EIP ID (eip-xxxxxxxx) on the command line.")},
        {QStringLiteral("InvalidParameterValue.AddressNotFound"), lookAgain},
        {QStringLiteral("InvalidParameterValue.InstanceIdMalformed"), lookAgain},
        {QStringLiteral("UnsupportedOperation.AddressStatusNotPermit"),
         QT_TRANSLATE_NOOP("eipdesk::CliNextStep",
                           "Run the command again once the EIP's state is BIND or BIND_ENI.")},
        {QStringLiteral("InvalidParameterValue.NetworkInterfaceIdMalformed"), lookAgain},
        {QStringLiteral("InvalidParameterValue.ResourceIdMalformed"), lookAgain},
        {QStringLiteral("InvalidParameterValue.Malformed"), lookAgain},
        {QStringLiteral("ResourceNotFound"), lookAgain},
        {QStringLiteral("InvalidParameterValue.NetworkInterfaceIdNotMatch"), lookAgain},
        {QStringLiteral("InvalidParameterValue.PrivateIpAddressNotMatch"), lookAgain},
    };
    return texts;
}
} // namespace

QString CliNextStep::forCode(const QString& code, const QString& catalogText) {
    const auto it = cliTexts().constFind(code);
    if (it != cliTexts().constEnd())
        return QCoreApplication::translate("eipdesk::CliNextStep", *it);
    return catalogText;
}

} // namespace eipdesk
