// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSamples.h"

#include "api/VpcJson.h"

#include <QJsonArray>
#include <QStringList>

using namespace eipdesk;

namespace {

struct Host {
    const char* object;
    const char* host;
};
const Host kHosts[] = {
    {"Address", "Address"},
    {"AlgType", "Address"},
    {"Tag", "Address"},
    {"Quota", "Quota"},
    {"RegionInfo", "RegionInfo"},
    {"NetworkInterface", "NetworkInterface"},
    {"NetworkInterfaceAttachment", "NetworkInterface"},
    {"PrivateIpAddressSpecification", "NetworkInterface"},
};

QString hostOf(const QString& object) {
    for (const Host& h : kHosts)
        if (object == QLatin1String(h.object))
            return QLatin1String(h.host);
    return {};
}

QString opt(const std::optional<bool>& b) {
    return b ? (*b ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("unset");
}

QString dump(const Address& a) {
    QStringList tags;
    for (const Tag& t : a.tags)
        tags << t.key + QLatin1Char('=') + t.value;
    return QStringList{a.addressId,
                       a.addressName,
                       a.addressIp,
                       a.addressStatus,
                       a.addressType,
                       a.instanceId,
                       a.instanceType,
                       a.networkInterfaceId,
                       a.privateAddressIp,
                       a.internetServiceProvider,
                       a.internetChargeType,
                       a.deadlineDate,
                       a.renewFlag,
                       a.bandwidthPackageId,
                       a.egress,
                       a.antiDDoSPackageId,
                       a.unVpcId,
                       a.dedicatedClusterId,
                       opt(a.algFtp),
                       opt(a.algSip),
                       a.bandwidth ? QString::number(*a.bandwidth) : QStringLiteral("null"),
                       a.createdTime.toString(Qt::ISODate),
                       opt(a.isArrears),
                       opt(a.isBlocked),
                       opt(a.isEipDirectConnection),
                       opt(a.cascadeRelease),
                       opt(a.localBgp),
                       tags.join(QLatin1Char(','))}
        .join(QLatin1Char('|'));
}

QString dump(const NetworkInterface& n) {
    QStringList out{n.networkInterfaceId, n.networkInterfaceName, n.vpcId, n.subnetId, n.state,
                    opt(n.primary),       n.attachedInstanceId};
    for (const PrivateIpAddress& p : n.privateIpAddresses)
        out << p.privateIpAddress << opt(p.primary) << p.publicIpAddress << p.addressId << p.state;
    return out.join(QLatin1Char('|'));
}

} // namespace

bool ModelSamples::isParseable(const QString& object) {
    return !hostOf(object).isEmpty();
}

QJsonObject ModelSamples::sample(const QString& ifaceName, const QString& mutateIn,
                                 const QString& mutate) const {
    QJsonObject o;
    const TsInterface* iface = m_model.find(ifaceName);
    if (!iface)
        return o;
    for (const TsField& f : iface->fields) {
        const bool change = ifaceName == mutateIn && f.name == mutate;
        const QString t = f.elementType();
        QJsonValue v;
        if (t == QLatin1String("string")) {
            if (f.name.endsWith(QLatin1String("Time")) || f.name.endsWith(QLatin1String("Date")))
                v = change ? QStringLiteral("2023-01-02T03:04:05Z")
                           : QStringLiteral("2022-08-11T03:57:05Z");
            else
                v = (change ? QStringLiteral("w-") : QStringLiteral("v-")) + f.name;
        } else if (t == QLatin1String("number")) {
            v = change ? 8 : 7;
        } else if (t == QLatin1String("boolean")) {
            v = !change;
        } else {
            v = sample(t, mutateIn, mutate);
            if (change)
                v = QJsonValue(QJsonValue::Null);
        }
        if (f.isArray())
            v = change ? QJsonValue(QJsonArray()) : QJsonValue(QJsonArray{v});
        o.insert(f.name, v);
    }
    return o;
}

QString ModelSamples::parsed(const QString& object, const QString& mutate, QString* error) const {
    const QString host = hostOf(object);
    if (host.isEmpty() || !m_model.find(object)) {
        *error = QStringLiteral("no sample for %1").arg(object);
        return {};
    }
    if (!mutate.isEmpty() && !m_model.find(object)->field(mutate)) {
        *error = QStringLiteral("%1 has no field %2 in the model").arg(object, mutate);
        return {};
    }
    const QJsonObject o = sample(host, object, mutate);
    if (host == QLatin1String("Address"))
        return dump(VpcJson::address(o, QStringLiteral("ap-guangzhou")));
    if (host == QLatin1String("Quota")) {
        const Quota q = VpcJson::quota(o);
        return QStringLiteral("%1|%2|%3|%4")
            .arg(q.quotaId)
            .arg(q.quotaCurrent)
            .arg(q.quotaLimit)
            .arg(q.quotaGroup);
    }
    if (host == QLatin1String("RegionInfo")) {
        const Region r = VpcJson::region(o);
        return QStringList{r.id, r.name, r.state}.join(QLatin1Char('|'));
    }
    return dump(VpcJson::networkInterface(o));
}
