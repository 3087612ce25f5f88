// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace eipdesk {

struct Tag {
    QString key;
    QString value;
    bool operator==(const Tag& o) const { return key == o.key && value == o.value; }
};

// What an EIP is bound to, derived from InstanceType / InstanceId / NetworkInterfaceId.
enum class BoundKind { None, Cvm, Eni, NatGateway, Other };

// One Elastic IP as DescribeAddresses reports it (spec §4.1). Every optional field may be
// missing or JSON null on the wire: strings are then empty, optionals unset.
struct Address {
    QString region; // not on the wire: the region the address was listed in
    QString addressId;
    QString addressName;
    QString addressIp;
    QString addressStatus; // CREATING, BINDING, BIND, UNBINDING, UNBIND, OFFLINING, BIND_ENI
    QString addressType;   // EIP, WanIP, AnycastEIP, AntiDDoSEIP, HighQualityEIP, CalcIP, ...
    QString instanceId;
    QString instanceType; // CVM, NAT, ENI, HAVIP, CLB, DHCPIP, ...
    QString networkInterfaceId;
    QString privateAddressIp;
    QString internetServiceProvider; // BGP, CMCC, CTCC, CUCC
    QString internetChargeType;
    QString deadlineDate;
    QString renewFlag;
    QString bandwidthPackageId;
    QString egress;
    std::optional<qint64> bandwidth; // Mbps; null for legacy bill-by-CVM accounts
    QDateTime createdTime;           // UTC, invalid if missing
    bool isArrears = false;
    bool isBlocked = false;
    bool isEipDirectConnection = false;
    bool cascadeRelease = false;
    bool localBgp = false;
    QList<Tag> tags;

    BoundKind boundKind() const;
    bool isBound() const;        // BIND or BIND_ENI
    bool isTransitional() const; // CREATING, BINDING, UNBINDING, OFFLINING
    bool isNatGateway() const;   // InstanceType NAT or InstanceId nat-...
    // Empty when the address can be unbound; otherwise a short untranslated reason key:
    // "not-bound", "blocked", "arrears", "transitional".
    QString unbindBlocker() const;
    QString tagsText() const; // "k=v, k2=v2"
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::Address)
