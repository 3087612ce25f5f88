// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CvmJson.h"

#include "api/VpcJson.h"

#include <QJsonArray>

namespace eipdesk {

namespace {

QStringList strings(const QJsonObject& o, QLatin1String key) {
    QStringList out;
    for (const QJsonValue& v : o.value(key).toArray())
        if (v.isString() && !v.toString().isEmpty())
            out.append(v.toString());
    return out;
}

} // namespace

CvmInstance CvmJson::instance(const QJsonObject& o, const QString& region) {
    CvmInstance i;
    i.region = region;
    i.instanceId = VpcJson::string(o, QLatin1String("InstanceId"));
    i.instanceName = VpcJson::string(o, QLatin1String("InstanceName"));
    i.instanceState = VpcJson::string(o, QLatin1String("InstanceState"));
    i.instanceType = VpcJson::string(o, QLatin1String("InstanceType"));
    i.restrictState = VpcJson::string(o, QLatin1String("RestrictState"));
    i.zone = VpcJson::string(o.value(QLatin1String("Placement")).toObject(), QLatin1String("Zone"));
    i.privateIpAddresses = strings(o, QLatin1String("PrivateIpAddresses"));
    i.publicIpAddresses = strings(o, QLatin1String("PublicIpAddresses"));
    const QJsonObject vpc = o.value(QLatin1String("VirtualPrivateCloud")).toObject();
    i.vpcId = VpcJson::string(vpc, QLatin1String("VpcId"));
    i.subnetId = VpcJson::string(vpc, QLatin1String("SubnetId"));
    i.createdTime = VpcJson::time(VpcJson::string(o, QLatin1String("CreatedTime")));
    return i;
}

} // namespace eipdesk
