// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/VpcJson.h"

#include <QJsonArray>

#include <cmath>

namespace eipdesk {

QString VpcJson::string(const QJsonObject& o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return QString();
}

bool VpcJson::boolean(const QJsonObject& o, QLatin1String key, bool fallback) {
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().toUpper();
        if (s == QLatin1String("TRUE"))
            return true;
        if (s == QLatin1String("FALSE"))
            return false;
    }
    if (v.isDouble())
        return v.toDouble() != 0;
    return fallback;
}

std::optional<qint64> VpcJson::integer(const QJsonObject& o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::fabs(d) < 9.0e18)
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QDateTime VpcJson::time(const QString& raw) {
    QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    auto parse = [](const QString& t) {
        QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        return dt.isValid() ? dt : QDateTime::fromString(t, Qt::ISODate);
    };
    // No zone in the text: the API speaks UTC. Read as UTC from the start, never as the
    // machine's local time (a daylight-saving gap would move or refuse it).
    QDateTime dt = parse(text + QLatin1Char('Z'));
    if (!dt.isValid())
        dt = parse(text); // the text names its zone
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

QString VpcJson::taskId(const QJsonValue& value) {
    QJsonObject holder;
    holder.insert(QStringLiteral("v"), value);
    return string(holder, QLatin1String("v")).trimmed();
}

Address VpcJson::address(const QJsonObject& o, const QString& region) {
    Address a;
    a.region = region;
    a.addressId = string(o, QLatin1String("AddressId"));
    a.addressName = string(o, QLatin1String("AddressName"));
    a.addressIp = string(o, QLatin1String("AddressIp"));
    a.addressStatus = string(o, QLatin1String("AddressStatus"));
    a.addressType = string(o, QLatin1String("AddressType"));
    a.instanceId = string(o, QLatin1String("InstanceId"));
    a.instanceType = string(o, QLatin1String("InstanceType"));
    a.networkInterfaceId = string(o, QLatin1String("NetworkInterfaceId"));
    a.privateAddressIp = string(o, QLatin1String("PrivateAddressIp"));
    a.internetServiceProvider = string(o, QLatin1String("InternetServiceProvider"));
    a.internetChargeType = string(o, QLatin1String("InternetChargeType"));
    a.deadlineDate = string(o, QLatin1String("DeadlineDate"));
    a.renewFlag = string(o, QLatin1String("RenewFlag"));
    a.bandwidthPackageId = string(o, QLatin1String("BandwidthPackageId"));
    a.egress = string(o, QLatin1String("Egress"));
    a.antiDDoSPackageId = string(o, QLatin1String("AntiDDoSPackageId"));
    a.unVpcId = string(o, QLatin1String("UnVpcId"));
    a.dedicatedClusterId = string(o, QLatin1String("DedicatedClusterId"));
    const QJsonValue alg = o.value(QLatin1String("EipAlgType"));
    if (alg.isObject()) {
        const QJsonObject algo = alg.toObject();
        if (algo.contains(QLatin1String("Ftp")) && !algo.value(QLatin1String("Ftp")).isNull())
            a.algFtp = boolean(algo, QLatin1String("Ftp"));
        if (algo.contains(QLatin1String("Sip")) && !algo.value(QLatin1String("Sip")).isNull())
            a.algSip = boolean(algo, QLatin1String("Sip"));
    }
    a.bandwidth = integer(o, QLatin1String("Bandwidth"));
    a.createdTime = time(string(o, QLatin1String("CreatedTime")));
    a.isArrears = boolean(o, QLatin1String("IsArrears"));
    a.isBlocked = boolean(o, QLatin1String("IsBlocked"));
    a.isEipDirectConnection = boolean(o, QLatin1String("IsEipDirectConnection"));
    a.cascadeRelease = boolean(o, QLatin1String("CascadeRelease"));
    a.localBgp = boolean(o, QLatin1String("LocalBgp"));
    for (const auto& t : o.value(QLatin1String("TagSet")).toArray()) {
        const QJsonObject tag = t.toObject();
        const QString key = string(tag, QLatin1String("Key"));
        if (!key.isEmpty())
            a.tags.append({key, string(tag, QLatin1String("Value"))});
    }
    return a;
}

bool VpcJson::addressPage(const QJsonObject& response, const QString& region, AddressPage* page,
                          QString* problem) {
    const QJsonValue set = response.value(QLatin1String("AddressSet"));
    if (!set.isArray() && !set.isNull() && !set.isUndefined()) {
        *problem = QStringLiteral("AddressSet is not an array");
        return false;
    }
    const QJsonArray items = set.toArray();
    page->addresses.reserve(items.size());
    for (const auto& v : items)
        if (v.isObject())
            page->addresses.append(address(v.toObject(), region));
    page->totalCount =
        integer(response, QLatin1String("TotalCount")).value_or(page->addresses.size());
    return true;
}

Region VpcJson::region(const QJsonObject& o) {
    Region r;
    r.id = string(o, QLatin1String("Region"));
    r.name = string(o, QLatin1String("RegionName"));
    r.state = string(o, QLatin1String("RegionState"));
    return r;
}

Quota VpcJson::quota(const QJsonObject& o) {
    Quota q;
    q.quotaId = string(o, QLatin1String("QuotaId"));
    q.quotaCurrent = integer(o, QLatin1String("QuotaCurrent")).value_or(0);
    q.quotaLimit = integer(o, QLatin1String("QuotaLimit")).value_or(0);
    q.quotaGroup = string(o, QLatin1String("QuotaGroup"));
    return q;
}

NetworkInterface VpcJson::networkInterface(const QJsonObject& o) {
    NetworkInterface n;
    n.networkInterfaceId = string(o, QLatin1String("NetworkInterfaceId"));
    n.networkInterfaceName = string(o, QLatin1String("NetworkInterfaceName"));
    n.vpcId = string(o, QLatin1String("VpcId"));
    n.subnetId = string(o, QLatin1String("SubnetId"));
    n.state = string(o, QLatin1String("State"));
    n.primary = boolean(o, QLatin1String("Primary"));
    n.attachedInstanceId =
        string(o.value(QLatin1String("Attachment")).toObject(), QLatin1String("InstanceId"));
    for (const auto& p : o.value(QLatin1String("PrivateIpAddressSet")).toArray()) {
        const QJsonObject ip = p.toObject();
        PrivateIpAddress pa;
        pa.privateIpAddress = string(ip, QLatin1String("PrivateIpAddress"));
        pa.primary = boolean(ip, QLatin1String("Primary"));
        pa.publicIpAddress = string(ip, QLatin1String("PublicIpAddress"));
        pa.addressId = string(ip, QLatin1String("AddressId"));
        pa.state = string(ip, QLatin1String("State"));
        n.privateIpAddresses.append(pa);
    }
    return n;
}

} // namespace eipdesk
