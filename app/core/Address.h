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
                           // as sent: the documentation's own examples also spell "WanIp"
    QString instanceId;
    QString instanceType; // CVM, NAT, ENI, HAVIP, CLB, DHCPIP, ...
    QString networkInterfaceId;
    QString privateAddressIp;
    QString internetServiceProvider; // BGP, CMCC, CTCC, CUCC
    QString internetChargeType;
    QString deadlineDate;
    QString renewFlag;
    QString bandwidthPackageId;
    QString egress;                  // static single-line IP egress (may be null)
    QString antiDDoSPackageId;       // AntiDDoSEIP only
    QString unVpcId;                 // classic elastic IPv6: its VPC
    QString dedicatedClusterId;      // CDC
    std::optional<bool> algFtp;      // EipAlgType.Ftp; unset when EipAlgType is missing
    std::optional<bool> algSip;      // EipAlgType.Sip
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
    // An ordinary public IP (AddressType WanIP, any letter case), not an elastic one.
    bool isOrdinaryPublicIp() const;
    // Empty when the documentation allows unbinding (BIND or BIND_ENI, not blocked, an EIP:
    // DisassociateAddress unbinds elastic IPs, an ordinary public IP is converted with
    // TransformAddress first); otherwise a short untranslated reason key: "not-bound",
    // "blocked", "transitional", "ordinary-public-ip". Being in arrears is no reason: the
    // documentation does not forbid it, so the client warns and lets the server answer.
    QString unbindBlocker() const;
    QString tagsText() const; // "k=v, k2=v2"
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::Address)
