// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/WireJson.h"

#include "sandbox/AddressJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace eipdesk::sandbox {

namespace {

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray tags(const QList<Tag>& list) {
    QJsonArray out;
    for (const Tag& t : list)
        out.append(QJsonObject{{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}});
    return out;
}

QString macFor(const QString& id) {
    const uint h = qHash(id, 7);
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg((h >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((h >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(h & 0xff, 2, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

QJsonObject WireJson::address(const Address& a) {
    QJsonObject o;
    o.insert(QStringLiteral("AddressId"), a.addressId);
    o.insert(QStringLiteral("AddressName"), a.addressName);
    o.insert(QStringLiteral("AddressStatus"), a.addressStatus);
    o.insert(QStringLiteral("AddressIp"), a.addressIp);
    o.insert(QStringLiteral("InstanceId"), orNull(a.instanceId));
    o.insert(QStringLiteral("CreatedTime"), a.createdTime.isValid()
                                                ? QJsonValue(a.createdTime.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("NetworkInterfaceId"), orNull(a.networkInterfaceId));
    o.insert(QStringLiteral("PrivateAddressIp"), orNull(a.privateAddressIp));
    o.insert(QStringLiteral("IsArrears"), a.isArrears);
    o.insert(QStringLiteral("IsBlocked"), a.isBlocked);
    o.insert(QStringLiteral("IsEipDirectConnection"), a.isEipDirectConnection);
    o.insert(QStringLiteral("AddressType"), a.addressType);
    o.insert(QStringLiteral("CascadeRelease"), a.cascadeRelease);
    o.insert(QStringLiteral("EipAlgType"),
             QJsonObject{{QStringLiteral("Ftp"), a.algFtp.value_or(false)},
                         {QStringLiteral("Sip"), a.algSip.value_or(false)}});
    o.insert(QStringLiteral("InternetServiceProvider"), a.internetServiceProvider);
    o.insert(QStringLiteral("LocalBgp"), a.localBgp);
    o.insert(QStringLiteral("Bandwidth"),
             a.bandwidth ? QJsonValue(double(*a.bandwidth)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("InternetChargeType"), orNull(a.internetChargeType));
    o.insert(QStringLiteral("TagSet"), tags(a.tags));
    o.insert(QStringLiteral("DeadlineDate"), orNull(a.deadlineDate));
    o.insert(QStringLiteral("InstanceType"), orNull(a.instanceType));
    o.insert(QStringLiteral("Egress"), orNull(a.egress));
    // Only monthly prepaid EIPs carry RenewFlag (model text); a public IP outside a bandwidth
    // package has BandwidthPackageId null (the WanIP example).
    if (!a.renewFlag.isEmpty())
        o.insert(QStringLiteral("RenewFlag"), a.renewFlag);
    o.insert(QStringLiteral("BandwidthPackageId"), orNull(a.bandwidthPackageId));
    if (!a.antiDDoSPackageId.isEmpty())
        o.insert(QStringLiteral("AntiDDoSPackageId"), a.antiDDoSPackageId);
    if (!a.unVpcId.isEmpty())
        o.insert(QStringLiteral("UnVpcId"), a.unVpcId);
    if (!a.dedicatedClusterId.isEmpty())
        o.insert(QStringLiteral("DedicatedClusterId"), a.dedicatedClusterId);
    return o;
}

QJsonObject WireJson::networkInterface(const NetworkInterface& eni, const QString& region) {
    QJsonArray ips;
    for (const PrivateIpAddress& ip : eni.privateIpAddresses)
        ips.append(QJsonObject{{QStringLiteral("PrivateIpAddress"), ip.privateIpAddress},
                               {QStringLiteral("Primary"), ip.primary},
                               {QStringLiteral("PublicIpAddress"), ip.publicIpAddress},
                               {QStringLiteral("AddressId"), ip.addressId},
                               {QStringLiteral("Description"), QString()},
                               {QStringLiteral("IsWanIpBlocked"), false},
                               {QStringLiteral("State"), ip.state},
                               {QStringLiteral("QosLevel"), QStringLiteral("DEFAULT")}});
    QJsonObject o;
    o.insert(QStringLiteral("NetworkInterfaceId"), eni.networkInterfaceId);
    o.insert(QStringLiteral("NetworkInterfaceName"), eni.networkInterfaceName);
    o.insert(QStringLiteral("NetworkInterfaceDescription"), QString());
    o.insert(QStringLiteral("SubnetId"), eni.subnetId);
    o.insert(QStringLiteral("VpcId"), eni.vpcId);
    o.insert(QStringLiteral("GroupSet"), QJsonArray());
    o.insert(QStringLiteral("Primary"), eni.primary);
    o.insert(QStringLiteral("MacAddress"), macFor(eni.networkInterfaceId));
    o.insert(QStringLiteral("State"), eni.state);
    o.insert(QStringLiteral("NetworkInterfaceState"),
             eni.attachedInstanceId.isEmpty() ? eni.state : QStringLiteral("INUSE"));
    o.insert(QStringLiteral("PrivateIpAddressSet"), ips);
    if (eni.attachedInstanceId.isEmpty())
        o.insert(QStringLiteral("Attachment"), QJsonValue(QJsonValue::Null));
    else
        o.insert(QStringLiteral("Attachment"),
                 QJsonObject{{QStringLiteral("DeviceIndex"), eni.primary ? 0 : 1},
                             {QStringLiteral("InstanceAccountId"), QStringLiteral("100000000001")},
                             {QStringLiteral("AttachTime"), QStringLiteral("2023-01-01 08:00:00")},
                             {QStringLiteral("InstanceId"), eni.attachedInstanceId}});
    o.insert(QStringLiteral("Zone"), region + QStringLiteral("-1"));
    o.insert(QStringLiteral("CreatedTime"), QStringLiteral("2023-01-01 08:00:00"));
    o.insert(QStringLiteral("Ipv6AddressSet"), QJsonArray());
    o.insert(QStringLiteral("TagSet"), QJsonArray());
    o.insert(QStringLiteral("EniType"), eni.primary ? 1 : 0);
    o.insert(QStringLiteral("AttachType"), 0);
    // As the documented example: the business of the instance, no CDC.
    o.insert(QStringLiteral("Business"), QStringLiteral("cvm"));
    o.insert(QStringLiteral("CdcId"), QString());
    o.insert(QStringLiteral("ResourceId"), QString());
    o.insert(QStringLiteral("QosLevel"), QStringLiteral("DEFAULT"));
    return o;
}

QJsonObject WireJson::instance(const SandboxInstance& cvm, const NetworkInterface* eni,
                               const QString& region) {
    QJsonArray privateIps;
    QJsonArray publicIps;
    if (eni) {
        for (const PrivateIpAddress& ip : eni->privateIpAddresses)
            privateIps.append(ip.privateIpAddress);
        for (const PrivateIpAddress& ip : eni->privateIpAddresses)
            if (!ip.publicIpAddress.isEmpty()) // EIPs and the ordinary public IP alike
                publicIps.append(ip.publicIpAddress);
    }
    const QString zone = region + QStringLiteral("-1");
    const bool prepaid = cvm.instanceChargeType == QLatin1String("PREPAID");
    const QString created = cvm.createdTime.isValid() ? cvm.createdTime.toString(Qt::ISODate)
                                                      : QStringLiteral("2023-01-01T00:00:00Z");
    QJsonObject o;
    o.insert(QStringLiteral("Placement"),
             QJsonObject{{QStringLiteral("Zone"), zone},
                         {QStringLiteral("ProjectId"), 0},
                         {QStringLiteral("HostIds"), QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("HostId"), QJsonValue(QJsonValue::Null)}});
    o.insert(QStringLiteral("InstanceId"), cvm.id);
    o.insert(QStringLiteral("InstanceType"), cvm.machineType);
    o.insert(QStringLiteral("CPU"), 2);
    o.insert(QStringLiteral("Memory"), 4);
    o.insert(QStringLiteral("RestrictState"), QStringLiteral("NORMAL"));
    o.insert(QStringLiteral("InstanceName"), cvm.name);
    o.insert(QStringLiteral("InstanceChargeType"), cvm.instanceChargeType);
    o.insert(QStringLiteral("SystemDisk"),
             QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_PREMIUM")},
                         {QStringLiteral("DiskId"), QStringLiteral("disk-") + cvm.id.mid(4)},
                         {QStringLiteral("DiskSize"), 50}});
    o.insert(QStringLiteral("DataDisks"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("PrivateIpAddresses"), privateIps);
    o.insert(QStringLiteral("PublicIpAddresses"),
             publicIps.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(publicIps));
    o.insert(QStringLiteral("InternetAccessible"),
             QJsonObject{
                 {QStringLiteral("InternetChargeType"), QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR")},
                 {QStringLiteral("InternetMaxBandwidthOut"), cvm.normalPublicIp.isEmpty() ? 0 : 10},
                 {QStringLiteral("PublicIpAssigned"), !cvm.normalPublicIp.isEmpty()}});
    o.insert(QStringLiteral("VirtualPrivateCloud"),
             QJsonObject{{QStringLiteral("VpcId"), eni ? eni->vpcId : QString()},
                         {QStringLiteral("SubnetId"), eni ? eni->subnetId : QString()},
                         {QStringLiteral("AsVpcGateway"), false}});
    o.insert(QStringLiteral("ImageId"), QStringLiteral("img-l8og963d"));
    o.insert(QStringLiteral("RenewFlag"),
             prepaid ? QJsonValue(QStringLiteral("NOTIFY_AND_MANUAL_RENEW"))
                     : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("CreatedTime"), created);
    o.insert(QStringLiteral("ExpiredTime"), prepaid
                                                ? QJsonValue(QStringLiteral("2027-06-01T00:00:00Z"))
                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("OsName"), QStringLiteral("TencentOS Server 3.1 (TK4)"));
    o.insert(QStringLiteral("SecurityGroupIds"), QJsonArray{QStringLiteral("sg-") + cvm.id.mid(4)});
    o.insert(QStringLiteral("LoginSettings"),
             QJsonObject{{QStringLiteral("KeyIds"), QJsonValue(QJsonValue::Null)}});
    o.insert(QStringLiteral("InstanceState"), cvm.state);
    o.insert(QStringLiteral("Tags"), QJsonArray());
    o.insert(QStringLiteral("StopChargingMode"), QStringLiteral("NOT_APPLICABLE"));
    o.insert(QStringLiteral("Uuid"),
             QStringLiteral("00000000-0000-4000-8000-0000") + cvm.id.mid(4));
    o.insert(QStringLiteral("LatestOperation"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("LatestOperationState"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("LatestOperationRequestId"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("IPv6Addresses"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("CamRoleName"), QString());
    o.insert(QStringLiteral("HpcClusterId"), QString());
    o.insert(QStringLiteral("RdmaIpAddresses"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("DedicatedClusterId"), QString());
    o.insert(QStringLiteral("IsolatedSource"), QStringLiteral("NOTISOLATED"));
    o.insert(QStringLiteral("DisableApiTermination"), false);
    o.insert(QStringLiteral("DefaultLoginUser"), QStringLiteral("root"));
    o.insert(QStringLiteral("DefaultLoginPort"), 22);
    o.insert(QStringLiteral("LatestOperationErrorMsg"), QJsonValue(QJsonValue::Null));
    return o;
}

QByteArray WireJson::success(QJsonObject response, const QString& requestId,
                             const QList<QPair<QString, QByteArray>>& rawFields) {
    response.insert(QStringLiteral("RequestId"), requestId);
    QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}})
                         .toJson(QJsonDocument::Compact);
    if (rawFields.isEmpty())
        return out;
    // out is {"Response":{...}} with at least RequestId inside: add the fields before "}}",
    // in one buffer sized once (a page's AddressSet is some 70 KB).
    qsizetype extra = 0;
    for (const auto& [name, json] : rawFields)
        extra += name.size() * 6 + json.size() + 4; // a name escaped in full, quotes, ',' ':'
    QByteArray whole;
    whole.reserve(out.size() + extra);
    whole.append(out.constData(), out.size() - 2);
    for (const auto& [name, json] : rawFields) {
        whole += ',';
        AddressJsonWriter::appendString(whole, name);
        whole += ':';
        whole += json;
    }
    whole += "}}";
    return whole;
}

QByteArray WireJson::error(const ActionError& error, const QString& requestId) {
    const QJsonObject e{{QStringLiteral("Code"), error.code},
                        {QStringLiteral("Message"), error.message}};
    return success(QJsonObject{{QStringLiteral("Error"), e}}, requestId);
}

QString WireJson::newRequestId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace eipdesk::sandbox
