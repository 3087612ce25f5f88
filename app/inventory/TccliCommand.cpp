// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/TccliCommand.h"

namespace eipdesk {

QString TccliCommand::shellQuote(const QString& value) {
    bool plain = !value.isEmpty();
    for (const QChar c : value) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('_') && c != QLatin1Char('.') && c != QLatin1Char(':') &&
            c != QLatin1Char('/')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return value;
    QString v = value;
    v.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString TccliCommand::unbind(const Address& a) {
    if (a.isNatGateway()) {
        return QStringLiteral("tccli vpc DisassociateNatGatewayAddress --region %1 --NatGatewayId "
                              "%2 --PublicIpAddresses %3")
            .arg(shellQuote(a.region), shellQuote(a.instanceId),
                 shellQuote(QStringLiteral("[\"%1\"]").arg(a.addressIp)));
    }
    return QStringLiteral("tccli vpc DisassociateAddress --region %1 --AddressId %2")
        .arg(shellQuote(a.region), shellQuote(a.addressId));
}

QString TccliCommand::describe(const Address& a) {
    return QStringLiteral("tccli vpc DescribeAddresses --region %1 --AddressIds %2")
        .arg(shellQuote(a.region), shellQuote(QStringLiteral("[\"%1\"]").arg(a.addressId)));
}

QString TccliCommand::forAddress(const Address& a) {
    return a.isBound() ? unbind(a) : describe(a);
}

} // namespace eipdesk
