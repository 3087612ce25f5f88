// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/AddressExporter.h"

#include "core/CsvWriter.h"
#include "inventory/AddressText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace eipdesk {

namespace {
QString exportText(const Address& a, AddressColumn column) {
    // Exports use wire values where the table shows translated words, so files are stable.
    switch (column) {
    case AddressColumn::Status:
        return a.addressStatus;
    case AddressColumn::Type:
        return a.addressType;
    case AddressColumn::BillingMode:
        return a.internetChargeType;
    case AddressColumn::Isp:
        return a.internetServiceProvider;
    case AddressColumn::Bandwidth:
        return a.bandwidth ? QString::number(*a.bandwidth) : QString();
    case AddressColumn::Blocked:
        return a.isBlocked ? QStringLiteral("true") : QStringLiteral("false");
    case AddressColumn::Arrears:
        return a.isArrears ? QStringLiteral("true") : QStringLiteral("false");
    case AddressColumn::Created:
        return a.createdTime.isValid() ? a.createdTime.toUTC().toString(Qt::ISODate) : QString();
    case AddressColumn::BoundKind:
        switch (a.boundKind()) {
        case BoundKind::None:
            return {};
        case BoundKind::Cvm:
            return QStringLiteral("CVM");
        case BoundKind::Eni:
            return QStringLiteral("ENI");
        case BoundKind::NatGateway:
            return QStringLiteral("NAT");
        case BoundKind::Other:
            return QStringLiteral("OTHER");
        }
        return {};
    default:
        return AddressColumns::text(a, column);
    }
}
} // namespace

QString AddressExporter::csvField(const QString& value) {
    return CsvWriter::field(value);
}

QByteArray AddressExporter::toCsv(const QList<Address>& addresses,
                                  const QList<AddressColumn>& columns) {
    CsvWriter csv;
    QStringList header;
    for (AddressColumn c : columns)
        header << AddressColumns::key(c);
    csv.addRow(header);
    QStringList row;
    for (const Address& a : addresses) {
        row.clear();
        for (AddressColumn c : columns)
            row << exportText(a, c);
        csv.addRow(row);
    }
    return csv.toUtf8();
}

QString AddressExporter::toTsv(const QList<Address>& addresses,
                               const QList<AddressColumn>& columns) {
    auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s;
    };
    QStringList lines;
    QStringList header;
    for (AddressColumn c : columns)
        header << AddressColumns::title(c);
    lines << header.join(QLatin1Char('\t'));
    for (const Address& a : addresses) {
        QStringList row;
        for (AddressColumn c : columns)
            row << clean(AddressColumns::text(a, c));
        lines << row.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject AddressExporter::toJsonObject(const Address& a) {
    QJsonObject o;
    o.insert(QStringLiteral("Region"), a.region);
    o.insert(QStringLiteral("AddressId"), a.addressId);
    o.insert(QStringLiteral("AddressName"), a.addressName);
    o.insert(QStringLiteral("AddressIp"), a.addressIp);
    o.insert(QStringLiteral("AddressStatus"), a.addressStatus);
    o.insert(QStringLiteral("AddressType"), a.addressType);
    o.insert(QStringLiteral("InstanceId"), a.instanceId);
    o.insert(QStringLiteral("InstanceType"), a.instanceType);
    o.insert(QStringLiteral("BoundKind"), exportText(a, AddressColumn::BoundKind));
    o.insert(QStringLiteral("NetworkInterfaceId"), a.networkInterfaceId);
    o.insert(QStringLiteral("PrivateAddressIp"), a.privateAddressIp);
    o.insert(QStringLiteral("InternetServiceProvider"), a.internetServiceProvider);
    o.insert(QStringLiteral("InternetChargeType"), a.internetChargeType);
    o.insert(QStringLiteral("Bandwidth"),
             a.bandwidth ? QJsonValue(double(*a.bandwidth)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("DeadlineDate"), a.deadlineDate);
    o.insert(QStringLiteral("RenewFlag"), a.renewFlag);
    o.insert(QStringLiteral("BandwidthPackageId"), a.bandwidthPackageId);
    o.insert(QStringLiteral("Egress"), a.egress);
    o.insert(QStringLiteral("AntiDDoSPackageId"), a.antiDDoSPackageId);
    o.insert(QStringLiteral("UnVpcId"), a.unVpcId);
    o.insert(QStringLiteral("DedicatedClusterId"), a.dedicatedClusterId);
    QJsonObject alg;
    if (a.algFtp)
        alg.insert(QStringLiteral("Ftp"), *a.algFtp);
    if (a.algSip)
        alg.insert(QStringLiteral("Sip"), *a.algSip);
    o.insert(QStringLiteral("EipAlgType"),
             alg.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(alg));
    // The enum values as words, next to the wire values above (translated when exported).
    o.insert(QStringLiteral("AddressTypeText"), AddressText::addressType(a.addressType));
    o.insert(QStringLiteral("InternetChargeTypeText"),
             AddressText::chargeType(a.internetChargeType));
    o.insert(QStringLiteral("InternetServiceProviderText"),
             AddressText::isp(a.internetServiceProvider));
    o.insert(QStringLiteral("RenewFlagText"), AddressText::renewFlag(a.renewFlag));
    o.insert(QStringLiteral("CreatedTime"), exportText(a, AddressColumn::Created));
    o.insert(QStringLiteral("IsArrears"), a.isArrears);
    o.insert(QStringLiteral("IsBlocked"), a.isBlocked);
    o.insert(QStringLiteral("IsEipDirectConnection"), a.isEipDirectConnection);
    o.insert(QStringLiteral("CascadeRelease"), a.cascadeRelease);
    o.insert(QStringLiteral("LocalBgp"), a.localBgp);
    QJsonArray tags;
    for (const Tag& t : a.tags)
        tags.append(
            QJsonObject{{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}});
    o.insert(QStringLiteral("TagSet"), tags);
    return o;
}

QByteArray AddressExporter::toJson(const QList<Address>& addresses) {
    QJsonArray array;
    for (const Address& a : addresses)
        array.append(toJsonObject(a));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace eipdesk
