// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/AddressViewFilter.h"

#include <QCoreApplication>

namespace eipdesk {

QString AddressViewFilter::kindKey(const Address& a) {
    if (a.instanceType == QLatin1String("CLB") || a.instanceId.startsWith(QLatin1String("lb-")))
        return QStringLiteral("clb");
    switch (a.boundKind()) {
    case BoundKind::Cvm:
        return QStringLiteral("cvm");
    case BoundKind::Eni:
        return QStringLiteral("eni");
    case BoundKind::NatGateway:
        return QStringLiteral("nat");
    case BoundKind::Other:
        return QStringLiteral("other");
    case BoundKind::None:
        break;
    }
    return QStringLiteral("none");
}

QStringList AddressViewFilter::kindKeys() {
    return {QStringLiteral("cvm"), QStringLiteral("eni"),   QStringLiteral("nat"),
            QStringLiteral("clb"), QStringLiteral("other"), QStringLiteral("none")};
}

QString AddressViewFilter::kindText(const QString& key) {
    if (key == QLatin1String("cvm"))
        return QCoreApplication::translate("AddressViewFilter", "CVM instance");
    if (key == QLatin1String("eni"))
        return QCoreApplication::translate("AddressViewFilter", "Network interface (ENI)");
    if (key == QLatin1String("nat"))
        return QCoreApplication::translate("AddressViewFilter", "NAT gateway");
    if (key == QLatin1String("clb"))
        return QCoreApplication::translate("AddressViewFilter", "Load balancer (CLB)");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("AddressViewFilter", "Other resource");
    if (key == QLatin1String("none"))
        return QCoreApplication::translate("AddressViewFilter", "Nothing (idle)");
    return key;
}

bool AddressViewFilter::operator==(const AddressViewFilter& o) const {
    return search == o.search && status == o.status && type == o.type && kind == o.kind &&
           blocked == o.blocked && arrears == o.arrears && unbindable == o.unbindable;
}

QVariantMap AddressViewFilter::toMap() const {
    return {{QStringLiteral("search"), search},
            {QStringLiteral("status"), status},
            {QStringLiteral("type"), type},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("arrears"), arrears},
            {QStringLiteral("unbindable"), unbindable}};
}

AddressViewFilter AddressViewFilter::fromMap(const QVariantMap& m) {
    AddressViewFilter f;
    f.search = m.value(QStringLiteral("search")).toString().left(500);
    f.status = m.value(QStringLiteral("status")).toString().left(40);
    f.type = m.value(QStringLiteral("type")).toString().left(40);
    f.kind = m.value(QStringLiteral("kind")).toString();
    if (!kindKeys().contains(f.kind))
        f.kind.clear();
    f.blocked = m.value(QStringLiteral("blocked")).toBool();
    f.arrears = m.value(QStringLiteral("arrears")).toBool();
    f.unbindable = m.value(QStringLiteral("unbindable")).toBool();
    return f;
}

} // namespace eipdesk
