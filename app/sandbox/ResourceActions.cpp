// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ResourceActions.h"

#include "core/AddressStatus.h"
#include "core/Quota.h"
#include "sandbox/AddressFilter.h"
#include "sandbox/ParamReader.h"
#include "sandbox/RegionCatalog.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WireJson.h"

#include <QHostAddress>
#include <QJsonArray>

namespace eipdesk::sandbox {

namespace {

QJsonArray regionSet(const ActionContext& ctx, bool regionService) {
    QJsonArray set;
    for (const QString& id : ctx.world.regionIds()) {
        const RegionInfo* info = RegionCatalog::find(id);
        QJsonObject r{
            {QStringLiteral("Region"), id},
            {QStringLiteral("RegionName"), ctx.call.english() ? info->nameEn : info->nameZh},
            {QStringLiteral("RegionState"), QStringLiteral("AVAILABLE")}};
        if (regionService) {
            for (const char* k : {"RegionTypeMC", "LocationMC", "RegionNameMC", "RegionIdMC"})
                r.insert(QLatin1String(k), QJsonValue(QJsonValue::Null));
        }
        set.append(r);
    }
    return set;
}

} // namespace

ActionError ResourceActions::describeRegions(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("Product"), QStringLiteral("Scene")});
    const auto product = p.string(QStringLiteral("Product"), true);
    p.integer(QStringLiteral("Scene"));
    if (!p.ok())
        return p.error();
    static const QStringList products{QStringLiteral("cvm"), QStringLiteral("vpc"),
                                      QStringLiteral("clb"), QStringLiteral("cbs")};
    if (!products.contains(*product))
        return ActionError::make("InvalidParameterValue",
                                 QStringLiteral("Unknown product `%1`.").arg(*product));
    const QJsonArray set = regionSet(ctx, true);
    ctx.response.insert(QStringLiteral("TotalCount"), set.size());
    ctx.response.insert(QStringLiteral("RegionSet"), set);
    return {};
}

ActionError ResourceActions::describeCvmRegions(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    if (!p.checkKnown({}))
        return p.error();
    const QJsonArray set = regionSet(ctx, false);
    ctx.response.insert(QStringLiteral("TotalCount"), set.size());
    ctx.response.insert(QStringLiteral("RegionSet"), set);
    return {};
}

ActionError ResourceActions::describeTaskResult(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("TaskId"), QStringLiteral("DealName")});
    const auto taskId = p.integer(QStringLiteral("TaskId"));
    const auto dealName = p.string(QStringLiteral("DealName"));
    if (!p.ok())
        return p.error();
    if (taskId.has_value() == dealName.has_value())
        return ActionError::make(taskId ? "InvalidParameter" : "MissingParameter",
                                 QStringLiteral("Give exactly one of TaskId and DealName."));
    if (dealName)
        return ActionError::make("InvalidParameter",
                                 QStringLiteral("The order `%1` does not exist.").arg(*dealName));
    const auto task = *taskId < 0 ? std::nullopt : ctx.world.task(quint64(*taskId));
    if (!task)
        return ActionError::make("InvalidParameter",
                                 QStringLiteral("The task %1 does not exist.").arg(*taskId));
    const char* result = task->result == SandboxTask::Result::Running   ? "RUNNING"
                         : task->result == SandboxTask::Result::Success ? "SUCCESS"
                                                                        : "FAILED";
    ctx.response.insert(QStringLiteral("TaskId"), double(task->id));
    ctx.response.insert(QStringLiteral("Result"), QLatin1String(result));
    return {};
}

ActionError ResourceActions::describeAddressQuota(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    if (!p.checkKnown({}))
        return p.error();
    RegionData* region = ctx.world.region(ctx.call.region);
    const int used = int(region->addresses.size());
    // The China example names each quota's QuotaGroup (the region); the international
    // example has none and calls the daily reassignment quota DAILY_EIP_ASSIGN.
    const bool intl = ctx.world.international();
    const QString group = region->id;
    auto quota = [intl, group](const char* id, qint64 current, qint64 limit) {
        QJsonObject q{{QStringLiteral("QuotaId"), QLatin1String(id)},
                      {QStringLiteral("QuotaCurrent"), double(current)},
                      {QStringLiteral("QuotaLimit"), double(limit)}};
        if (!intl)
            q.insert(QStringLiteral("QuotaGroup"), group);
        return q;
    };
    QJsonArray set;
    set.append(quota("TOTAL_EIP_QUOTA", used, qMax(20, (used / 100 + 1) * 100)));
    set.append(quota("DAILY_EIP_APPLY", 0, 40));
    set.append(quota(intl ? DailyEipAssignQuota : DailyPublicIpAssignQuota,
                     ctx.world.reallocationsToday(ctx.call.secretId),
                     ctx.world.dailyReallocateLimit()));
    ctx.response.insert(QStringLiteral("QuotaSet"), set);
    return {};
}

ActionError ResourceActions::describeNetworkInterfaces(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("NetworkInterfaceIds"), QStringLiteral("Filters"),
                  QStringLiteral("Offset"), QStringLiteral("Limit")});
    const QStringList ids =
        p.stringList(QStringLiteral("NetworkInterfaceIds")).value_or(QStringList());
    const auto filters = p.filters();
    const qint64 offset = p.integer(QStringLiteral("Offset")).value_or(0);
    const qint64 limit = p.integer(QStringLiteral("Limit")).value_or(20);
    if (!p.ok())
        return p.error();
    if (!ids.isEmpty() && !filters->isEmpty())
        return ActionError::make(
            "InvalidParameter.Coexist",
            QStringLiteral("NetworkInterfaceIds and Filters cannot be combined."));
    if (ids.size() > 100 || limit < 0 || limit > 100)
        return ActionError::make("InvalidParameterValue.LimitExceeded",
                                 QStringLiteral("At most 100 IDs; Limit between 0 and 100."));
    if (offset < 0)
        return ActionError::make("InvalidParameterValue.Range",
                                 QStringLiteral("Offset must not be negative."));
    for (const QString& id : ids)
        if (!AddressFilter::isEniId(id))
            return ActionError::make("InvalidParameterValue.Malformed",
                                     QStringLiteral("The ENI ID `%1` is malformed.").arg(id));
    static const QStringList supported{QStringLiteral("network-interface-id"),
                                       QStringLiteral("attachment.instance-id"),
                                       QStringLiteral("is-primary"),
                                       QStringLiteral("eni-type"),
                                       QStringLiteral("vpc-id"),
                                       QStringLiteral("subnet-id"),
                                       QStringLiteral("address-ip"),
                                       QStringLiteral("public-address-ip")};
    for (const FilterParam& f : *filters)
        if (!supported.contains(f.name))
            return ActionError::make(
                "InvalidParameter.FilterInvalidKey",
                QStringLiteral("The filter `%1` is not supported.").arg(f.name));
    auto matches = [&](const NetworkInterface& eni) {
        if (!ids.isEmpty() && !ids.contains(eni.networkInterfaceId))
            return false;
        for (const FilterParam& f : *filters) {
            bool ok = false;
            for (const QString& v : f.values) {
                if (f.name == QLatin1String("network-interface-id"))
                    ok = ok || eni.networkInterfaceId == v;
                else if (f.name == QLatin1String("attachment.instance-id"))
                    ok = ok || eni.attachedInstanceId == v;
                else if (f.name == QLatin1String("is-primary"))
                    ok = ok || (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) ==
                                   eni.primary;
                else if (f.name == QLatin1String("eni-type"))
                    ok = ok || v == (eni.primary ? QLatin1String("1") : QLatin1String("0"));
                else if (f.name == QLatin1String("vpc-id"))
                    ok = ok || eni.vpcId == v;
                else if (f.name == QLatin1String("subnet-id"))
                    ok = ok || eni.subnetId == v;
                else
                    for (const PrivateIpAddress& ip : eni.privateIpAddresses)
                        ok =
                            ok || (f.name == QLatin1String("address-ip") ? ip.privateIpAddress
                                                                         : ip.publicIpAddress) == v;
            }
            if (!ok)
                return false;
        }
        return true;
    };
    ctx.world.settle();
    RegionData* region = ctx.world.region(ctx.call.region);
    QJsonArray set;
    qint64 total = 0;
    for (const NetworkInterface& eni : region->enis) {
        if (!matches(eni))
            continue;
        if (total >= offset && total < offset + limit)
            set.append(WireJson::networkInterface(eni, region->id));
        ++total;
    }
    if (!ids.isEmpty() && total == 0)
        return ActionError::make("ResourceNotFound", QStringLiteral("The ENI does not exist."));
    ctx.response.insert(QStringLiteral("TotalCount"), double(total));
    ctx.response.insert(QStringLiteral("NetworkInterfaceSet"), set);
    return {};
}

ActionError ResourceActions::disassociateNatGatewayAddress(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("NatGatewayId"), QStringLiteral("PublicIpAddresses")});
    const auto natId = p.string(QStringLiteral("NatGatewayId"), true);
    const auto ips = p.stringList(QStringLiteral("PublicIpAddresses"), true);
    if (!p.ok())
        return p.error();
    if (!natId->startsWith(QLatin1String("nat-")) || natId->size() != 12)
        return ActionError::make(
            "InvalidParameterValue.Malformed",
            QStringLiteral("The NAT gateway ID `%1` is malformed.").arg(*natId));
    if (ips->isEmpty())
        return ActionError::make("InvalidParameterValue.Malformed",
                                 QStringLiteral("PublicIpAddresses must not be empty."));
    for (const QString& ip : *ips)
        if (QHostAddress(ip).protocol() != QAbstractSocket::IPv4Protocol)
            return ActionError::make("InvalidParameterValue.Malformed",
                                     QStringLiteral("`%1` is not an IPv4 address.").arg(ip));
    ctx.world.settle();
    RegionData* region = ctx.world.region(ctx.call.region);
    const auto nat = region->nats.constFind(*natId);
    if (nat == region->nats.constEnd())
        return ActionError::make(
            "ResourceNotFound", QStringLiteral("The NAT gateway `%1` does not exist.").arg(*natId));
    if (nat->restricted)
        return ActionError::make("UnsupportedOperation.NatGatewayRestricted",
                                 QStringLiteral("The NAT gateway is restricted."));
    QList<Address> targets;
    int bound = 0;
    const AddressTable& table = region->addresses;
    const std::optional<quint64> natPacked = table.packedInstanceId(*natId);
    for (int i = 0; natPacked && i < int(table.size()); ++i) {
        if (table.record(i).instanceId != *natPacked)
            continue;
        if (table.text(table.record(i).addressStatus) == QLatin1String(AddressStatus::Bind))
            ++bound;
        if (ips->contains(table.addressIp(i)))
            targets.append(table.at(i));
    }
    for (const Address& a : std::as_const(targets))
        ctx.world.countWrite(a.addressId);
    if (targets.size() != ips->size())
        return ActionError::make(
            "ResourceNotFound",
            QStringLiteral("Some of the IP addresses are not bound to this NAT gateway."));
    SandboxTask task;
    task.kind = SandboxTask::Kind::NatUnbind;
    task.region = region->id;
    for (const Address& a : std::as_const(targets)) {
        if (a.addressStatus != QLatin1String(AddressStatus::Bind))
            return ActionError::make(
                "ResourceInUse",
                QStringLiteral("`%1` is busy (%2).").arg(a.addressIp, a.addressStatus));
        task.before.append(a);
    }
    if (bound - int(targets.size()) < 1)
        return ActionError::make("UnsupportedOperation.PublicIpAddressDisassociate",
                                 QStringLiteral("A NAT gateway must keep at least one EIP."));
    for (Address& a : targets) {
        const TaskOutcome outcome = ctx.world.takeScriptedOutcome(a.addressId);
        task.fail = task.fail || outcome == TaskOutcome::Fail;
        task.neverFinish = task.neverFinish || outcome == TaskOutcome::NeverFinish;
        a.addressStatus = QLatin1String(AddressStatus::Unbinding);
        region->addresses.replace(a);
    }
    ctx.world.startTask(task);
    return {};
}

} // namespace eipdesk::sandbox
