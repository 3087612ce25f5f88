// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/AddressColumn.h"

#include "core/AddressStatus.h"
#include "inventory/AddressText.h"

#include <QLocale>
#include <QStringList>

namespace eipdesk {

QList<AddressColumn> AddressColumns::all() {
    QList<AddressColumn> columns;
    for (int i = 0; i < Count; ++i)
        columns << AddressColumn(i);
    return columns;
}

QString AddressColumns::title(AddressColumn column) {
    switch (column) {
    case AddressColumn::PublicIp:
        return tr("Public IP");
    case AddressColumn::AddressId:
        return tr("ID");
    case AddressColumn::Name:
        return tr("Name");
    case AddressColumn::Status:
        return tr("Status");
    case AddressColumn::BoundResource:
        return tr("Bound resource");
    case AddressColumn::BoundKind:
        return tr("Kind");
    case AddressColumn::PrivateIp:
        return tr("Private IP");
    case AddressColumn::Type:
        return tr("Type");
    case AddressColumn::Bandwidth:
        return tr("Bandwidth");
    case AddressColumn::BillingMode:
        return tr("Billing mode");
    case AddressColumn::Isp:
        return tr("ISP");
    case AddressColumn::Tags:
        return tr("Tags");
    case AddressColumn::Blocked:
        return tr("Blocked");
    case AddressColumn::Arrears:
        return tr("In arrears");
    case AddressColumn::Created:
        return tr("Created");
    case AddressColumn::Region:
        return tr("Region");
    }
    return {};
}

QString AddressColumns::key(AddressColumn column) {
    switch (column) {
    case AddressColumn::PublicIp:
        return QStringLiteral("AddressIp");
    case AddressColumn::AddressId:
        return QStringLiteral("AddressId");
    case AddressColumn::Name:
        return QStringLiteral("AddressName");
    case AddressColumn::Status:
        return QStringLiteral("AddressStatus");
    case AddressColumn::BoundResource:
        return QStringLiteral("InstanceId");
    case AddressColumn::BoundKind:
        return QStringLiteral("BoundKind");
    case AddressColumn::PrivateIp:
        return QStringLiteral("PrivateAddressIp");
    case AddressColumn::Type:
        return QStringLiteral("AddressType");
    case AddressColumn::Bandwidth:
        return QStringLiteral("Bandwidth");
    case AddressColumn::BillingMode:
        return QStringLiteral("InternetChargeType");
    case AddressColumn::Isp:
        return QStringLiteral("InternetServiceProvider");
    case AddressColumn::Tags:
        return QStringLiteral("Tags");
    case AddressColumn::Blocked:
        return QStringLiteral("IsBlocked");
    case AddressColumn::Arrears:
        return QStringLiteral("IsArrears");
    case AddressColumn::Created:
        return QStringLiteral("CreatedTime");
    case AddressColumn::Region:
        return QStringLiteral("Region");
    }
    return {};
}

QString AddressColumns::boundKindText(BoundKind kind) {
    switch (kind) {
    case BoundKind::None:
        return {};
    case BoundKind::Cvm:
        return tr("CVM");
    case BoundKind::Eni:
        return tr("ENI");
    case BoundKind::NatGateway:
        return tr("NAT gateway");
    case BoundKind::Other:
        return tr("Other");
    }
    return {};
}

QString AddressColumns::statusText(const QString& s) {
    if (s == QLatin1String(AddressStatus::Bind))
        return tr("Bound");
    if (s == QLatin1String(AddressStatus::BindEni))
        return tr("Bound to ENI");
    if (s == QLatin1String(AddressStatus::Unbind))
        return tr("Unbound");
    if (s == QLatin1String(AddressStatus::Binding))
        return tr("Binding");
    if (s == QLatin1String(AddressStatus::Unbinding))
        return tr("Unbinding");
    if (s == QLatin1String(AddressStatus::Creating))
        return tr("Creating");
    if (s == QLatin1String(AddressStatus::Offlining))
        return tr("Releasing");
    return s;
}

QString AddressColumns::statusLabel(const Address& a) {
    QStringList parts;
    if (a.isBlocked)
        parts << blockedText();
    if (a.isArrears)
        parts << arrearsText();
    parts << statusText(a.addressStatus);
    return parts.join(QStringLiteral(" · "));
}

QString AddressColumns::yesNo(bool value) {
    return value ? tr("Yes") : tr("No");
}

quint32 AddressColumns::ipv4Key(const QString& ip) {
    quint32 key = 0;
    int parts = 0;
    quint32 part = 0;
    bool digit = false;
    for (const QChar c : ip) {
        if (c.isDigit()) {
            part = part * 10 + quint32(c.unicode() - '0');
            if (part > 255)
                return 0;
            digit = true;
        } else if (c == QLatin1Char('.') && digit && parts < 3) {
            key = (key << 8) | part;
            part = 0;
            digit = false;
            ++parts;
        } else {
            return 0;
        }
    }
    if (parts != 3 || !digit)
        return 0;
    return (key << 8) | part;
}

QString AddressColumns::text(const Address& a, AddressColumn column) {
    switch (column) {
    case AddressColumn::PublicIp:
        return a.addressIp;
    case AddressColumn::AddressId:
        return a.addressId;
    case AddressColumn::Name:
        return a.addressName;
    case AddressColumn::Status:
        return statusLabel(a);
    case AddressColumn::BoundResource:
        return !a.instanceId.isEmpty() ? a.instanceId : a.networkInterfaceId;
    case AddressColumn::BoundKind:
        return boundKindText(a.boundKind());
    case AddressColumn::PrivateIp:
        return a.privateAddressIp;
    case AddressColumn::Type:
        return AddressText::addressTypeText(a.addressType);
    case AddressColumn::Bandwidth:
        return a.bandwidth ? tr("%1 Mbps").arg(*a.bandwidth) : QString();
    case AddressColumn::BillingMode:
        return AddressText::billingModeText(a.internetChargeType);
    case AddressColumn::Isp:
        return AddressText::ispText(a.internetServiceProvider);
    case AddressColumn::Tags:
        return a.tagsText();
    case AddressColumn::Blocked:
        return yesNo(a.isBlocked);
    case AddressColumn::Arrears:
        return yesNo(a.isArrears);
    case AddressColumn::Created:
        return a.createdTime.isValid()
                   ? a.createdTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : QString();
    case AddressColumn::Region:
        return a.region;
    }
    return {};
}

QVariant AddressColumns::sortKey(const Address& a, AddressColumn column) {
    switch (column) {
    case AddressColumn::PublicIp:
        return QVariant::fromValue(ipv4Key(a.addressIp));
    case AddressColumn::PrivateIp:
        return QVariant::fromValue(ipv4Key(a.privateAddressIp));
    case AddressColumn::Bandwidth:
        return QVariant::fromValue(a.bandwidth ? *a.bandwidth : qint64(-1));
    case AddressColumn::Created:
        return QVariant::fromValue(a.createdTime.isValid() ? a.createdTime.toMSecsSinceEpoch()
                                                           : qint64(0));
    case AddressColumn::Blocked:
        return int(a.isBlocked);
    case AddressColumn::Arrears:
        return int(a.isArrears);
    case AddressColumn::Status:
        return a.addressStatus;
    default:
        return text(a, column);
    }
}

} // namespace eipdesk
