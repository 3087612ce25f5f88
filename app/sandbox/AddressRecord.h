// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace eipdesk::sandbox {

// One address as the sandbox keeps it (AddressTable): the mostly unique strings packed in
// 64 bits (PackedText), the repeated ones as indexes into the region's TextPool. About
// 130 bytes where an Address takes some 500 plus a heap block per string.
struct AddressRecord {
    enum Flag : quint16 {
        IsArrears = 1 << 0,
        IsBlocked = 1 << 1,
        IsEipDirectConnection = 1 << 2,
        CascadeRelease = 1 << 3,
        LocalBgp = 1 << 4,
        HasAlgFtp = 1 << 5,
        AlgFtp = 1 << 6,
        HasAlgSip = 1 << 7,
        AlgSip = 1 << 8,
        HasBandwidth = 1 << 9,
    };

    // PackedText
    quint64 addressId = 0;
    quint64 addressIp = 0;
    quint64 instanceId = 0;
    quint64 networkInterfaceId = 0;
    quint64 privateAddressIp = 0;
    quint64 bandwidthPackageId = 0;
    quint64 antiDDoSPackageId = 0;
    quint64 unVpcId = 0;
    quint64 dedicatedClusterId = 0;
    qint64 bandwidth = 0;
    QDateTime createdTime; // no heap block of its own for UTC times
    // TextPool indexes
    quint32 addressName = 0;
    quint32 addressStatus = 0;
    quint32 addressType = 0;
    quint32 instanceType = 0;
    quint32 internetServiceProvider = 0;
    quint32 internetChargeType = 0;
    quint32 deadlineDate = 0;
    quint32 renewFlag = 0;
    quint32 egress = 0;
    quint32 tags = 0; // TextPool::tags
    quint16 flags = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
};

} // namespace eipdesk::sandbox
