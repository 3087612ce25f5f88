// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/AddressWireJson.h"

#include <QJsonArray>

namespace eipdesk {

namespace {

void putString(QJsonObject& o, QLatin1String key, const QString& value) {
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QJsonObject AddressWireJson::toJson(const Address& a) {
    QJsonObject o;
    putString(o, QLatin1String("AddressId"), a.addressId);
    putString(o, QLatin1String("AddressName"), a.addressName);
    putString(o, QLatin1String("AddressIp"), a.addressIp);
    putString(o, QLatin1String("AddressStatus"), a.addressStatus);
    putString(o, QLatin1String("AddressType"), a.addressType);
    putString(o, QLatin1String("InstanceId"), a.instanceId);
    putString(o, QLatin1String("InstanceType"), a.instanceType);
    putString(o, QLatin1String("NetworkInterfaceId"), a.networkInterfaceId);
    putString(o, QLatin1String("PrivateAddressIp"), a.privateAddressIp);
    putString(o, QLatin1String("InternetServiceProvider"), a.internetServiceProvider);
    putString(o, QLatin1String("InternetChargeType"), a.internetChargeType);
    putString(o, QLatin1String("DeadlineDate"), a.deadlineDate);
    putString(o, QLatin1String("RenewFlag"), a.renewFlag);
    putString(o, QLatin1String("BandwidthPackageId"), a.bandwidthPackageId);
    putString(o, QLatin1String("Egress"), a.egress);
    putString(o, QLatin1String("AntiDDoSPackageId"), a.antiDDoSPackageId);
    putString(o, QLatin1String("UnVpcId"), a.unVpcId);
    putString(o, QLatin1String("DedicatedClusterId"), a.dedicatedClusterId);
    if (a.algFtp || a.algSip) {
        QJsonObject alg;
        if (a.algFtp)
            alg.insert(QLatin1String("Ftp"), *a.algFtp);
        if (a.algSip)
            alg.insert(QLatin1String("Sip"), *a.algSip);
        o.insert(QLatin1String("EipAlgType"), alg);
    }
    if (a.bandwidth)
        o.insert(QLatin1String("Bandwidth"), double(*a.bandwidth));
    if (a.createdTime.isValid())
        o.insert(QLatin1String("CreatedTime"),
                 a.createdTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    o.insert(QLatin1String("IsArrears"), a.isArrears);
    o.insert(QLatin1String("IsBlocked"), a.isBlocked);
    o.insert(QLatin1String("IsEipDirectConnection"), a.isEipDirectConnection);
    o.insert(QLatin1String("CascadeRelease"), a.cascadeRelease);
    o.insert(QLatin1String("LocalBgp"), a.localBgp);
    if (!a.tags.isEmpty()) {
        QJsonArray tags;
        for (const Tag& t : a.tags)
            tags.append(
                QJsonObject{{QLatin1String("Key"), t.key}, {QLatin1String("Value"), t.value}});
        o.insert(QLatin1String("TagSet"), tags);
    }
    return o;
}

} // namespace eipdesk
