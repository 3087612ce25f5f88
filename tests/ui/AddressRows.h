// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generated addresses for the table model tests: row i has a predictable IP, ID, name (every
// other one Chinese), status, type, instance, tags and creation time.
#include "core/Address.h"

#include <QList>
#include <QString>

namespace eipdesk::test {

inline Address make(int i, const QString& region = QStringLiteral("ap-guangzhou")) {
    Address a;
    a.region = region;
    a.addressId = QStringLiteral("eip-%1").arg(i, 6, 10, QLatin1Char('0'));
    a.addressIp = QStringLiteral("43.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
    a.addressName = i % 2 ? QStringLiteral("web-%1").arg(i) : QStringLiteral("数据库-%1").arg(i);
    a.addressStatus = i % 3 == 0 ? QStringLiteral("UNBIND") : QStringLiteral("BIND");
    a.addressType = i % 5 == 0 ? QStringLiteral("AnycastEIP") : QStringLiteral("EIP");
    if (a.addressStatus == QLatin1String("BIND")) {
        a.instanceId = QStringLiteral("ins-%1").arg(i, 5, 10, QLatin1Char('0'));
        a.privateAddressIp = QStringLiteral("10.0.%1.%2").arg((i / 256) % 256).arg(i % 256);
    }
    a.bandwidth = (i * 7) % 300;
    a.tags = {{QStringLiteral("team"), i % 4 ? QStringLiteral("alpha") : QStringLiteral("beta")}};
    a.createdTime = QDateTime::fromSecsSinceEpoch(1600000000 + i * 60, Qt::UTC);
    return a;
}

inline QList<Address> many(int n, const QString& region = QStringLiteral("ap-guangzhou")) {
    QList<Address> out;
    for (int i = 0; i < n; ++i)
        out << make(i, region);
    return out;
}

} // namespace eipdesk::test
