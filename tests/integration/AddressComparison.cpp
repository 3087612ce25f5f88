// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressComparison.h"

#include <QStringList>

namespace eipdesk::test {

namespace {

class Diff {
public:
    template <typename T> void check(const char* field, const T& expected, const T& actual) {
        if (!(expected == actual))
            m_out << QStringLiteral("%1: expected %2, got %3")
                         .arg(QLatin1String(field), text(expected), text(actual));
    }
    QString result() const { return m_out.join(QStringLiteral("; ")); }

private:
    static QString text(const QString& s) { return QLatin1Char('"') + s + QLatin1Char('"'); }
    static QString text(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString text(qint64 n) { return QString::number(n); }
    static QString text(const std::optional<qint64>& n) {
        return n ? QString::number(*n) : QStringLiteral("null");
    }
    static QString text(const QList<Tag>& tags) {
        QStringList parts;
        for (const Tag& t : tags)
            parts << t.key + QLatin1Char('=') + t.value;
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    QStringList m_out;
};

} // namespace

QString AddressComparison::difference(const Address& e, const Address& a) {
    Diff d;
    d.check("region", e.region, a.region);
    d.check("AddressId", e.addressId, a.addressId);
    d.check("AddressName", e.addressName, a.addressName);
    d.check("AddressIp", e.addressIp, a.addressIp);
    d.check("AddressStatus", e.addressStatus, a.addressStatus);
    d.check("AddressType", e.addressType, a.addressType);
    d.check("InstanceId", e.instanceId, a.instanceId);
    d.check("InstanceType", e.instanceType, a.instanceType);
    d.check("NetworkInterfaceId", e.networkInterfaceId, a.networkInterfaceId);
    d.check("PrivateAddressIp", e.privateAddressIp, a.privateAddressIp);
    d.check("InternetServiceProvider", e.internetServiceProvider, a.internetServiceProvider);
    d.check("InternetChargeType", e.internetChargeType, a.internetChargeType);
    d.check("DeadlineDate", e.deadlineDate, a.deadlineDate);
    d.check("RenewFlag", e.renewFlag, a.renewFlag);
    d.check("BandwidthPackageId", e.bandwidthPackageId, a.bandwidthPackageId);
    d.check("Egress", e.egress, a.egress);
    d.check("Bandwidth", e.bandwidth, a.bandwidth);
    d.check("CreatedTime", qint64(e.createdTime.isValid() ? e.createdTime.toSecsSinceEpoch() : -1),
            qint64(a.createdTime.isValid() ? a.createdTime.toSecsSinceEpoch() : -1));
    d.check("IsArrears", e.isArrears, a.isArrears);
    d.check("IsBlocked", e.isBlocked, a.isBlocked);
    d.check("IsEipDirectConnection", e.isEipDirectConnection, a.isEipDirectConnection);
    d.check("CascadeRelease", e.cascadeRelease, a.cascadeRelease);
    d.check("LocalBgp", e.localBgp, a.localBgp);
    d.check("TagSet", e.tags, a.tags);
    return d.result();
}

QString AddressComparison::difference(const NetworkInterface& e, const NetworkInterface& a) {
    Diff d;
    d.check("NetworkInterfaceId", e.networkInterfaceId, a.networkInterfaceId);
    d.check("NetworkInterfaceName", e.networkInterfaceName, a.networkInterfaceName);
    d.check("VpcId", e.vpcId, a.vpcId);
    d.check("SubnetId", e.subnetId, a.subnetId);
    d.check("State", e.state, a.state);
    d.check("Primary", e.primary, a.primary);
    d.check("Attachment.InstanceId", e.attachedInstanceId, a.attachedInstanceId);
    d.check("PrivateIpAddressSet.size", qint64(e.privateIpAddresses.size()),
            qint64(a.privateIpAddresses.size()));
    for (qsizetype i = 0; i < qMin(e.privateIpAddresses.size(), a.privateIpAddresses.size()); ++i) {
        const PrivateIpAddress& x = e.privateIpAddresses.at(i);
        const PrivateIpAddress& y = a.privateIpAddresses.at(i);
        d.check("PrivateIpAddress", x.privateIpAddress, y.privateIpAddress);
        d.check("PrivateIpAddress.Primary", x.primary, y.primary);
        d.check("PrivateIpAddress.AddressId", x.addressId, y.addressId);
        d.check("PrivateIpAddress.PublicIpAddress", x.publicIpAddress, y.publicIpAddress);
        d.check("PrivateIpAddress.State", x.state, y.state);
    }
    return d.result();
}

} // namespace eipdesk::test
