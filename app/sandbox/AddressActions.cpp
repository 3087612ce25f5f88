// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AddressActions.h"

#include "core/AddressStatus.h"
#include "sandbox/AddressFilter.h"
#include "sandbox/AddressJsonWriter.h"
#include "sandbox/AssociateAction.h"
#include "sandbox/ParamReader.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WireJson.h"

#include <QJsonArray>

namespace eipdesk::sandbox {

bool AddressActions::isShortId(const QString& id, const char* prefix) {
    const QLatin1String p(prefix);
    if (!id.startsWith(p) || id.size() != p.size() + 8)
        return false;
    for (qsizetype i = p.size(); i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    }
    return true;
}

ActionError AddressActions::lookup(ActionContext& ctx, const QString& addressId, Address* out) {
    if (!AddressFilter::isAddressId(addressId))
        return ActionError::make(
            "InvalidParameterValue.AddressIdMalformed",
            QStringLiteral("The address ID `%1` is malformed.").arg(addressId));
    RegionData* region = ctx.world.region(ctx.call.region);
    if (std::optional<Address> found = region ? region->addresses.find(addressId) : std::nullopt) {
        *out = std::move(*found);
        return {};
    }
    if (!ctx.world.regionOfAddress(addressId).isEmpty())
        return ActionError::make("InvalidParameterValue.AddressNotFound",
                                 QStringLiteral("The address `%1` was not found in region %2.")
                                     .arg(addressId, ctx.call.region));
    return ActionError::make("InvalidAddressId.NotFound",
                             QStringLiteral("The EIP `%1` does not exist.").arg(addressId));
}

ActionError AddressActions::describeAddresses(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("AddressIds"), QStringLiteral("Filters"), QStringLiteral("Offset"),
                  QStringLiteral("Limit")});
    const QStringList ids = p.stringList(QStringLiteral("AddressIds")).value_or(QStringList());
    const auto filters = p.filters();
    const qint64 offset = p.integer(QStringLiteral("Offset")).value_or(0);
    const qint64 limit = p.integer(QStringLiteral("Limit")).value_or(20);
    if (!p.ok())
        return p.error();
    if (offset < 0)
        return ActionError::make("InvalidParameterValue",
                                 QStringLiteral("Offset must not be negative."));
    if (limit < 0 || limit > 100)
        return ActionError::make("InvalidParameterValue.LimitExceeded",
                                 QStringLiteral("Limit must be between 0 and 100."));
    AddressFilter filter;
    if (ActionError e = AddressFilter::parse(ids, *filters, &filter, ctx.world.international());
        e.isError())
        return e;

    ctx.world.settle();
    RegionData* region = ctx.world.region(ctx.call.region);
    // The page is written straight to JSON text (AddressJsonWriter: the same content as
    // WireJson::address, several times faster than a QJsonObject per address).
    QByteArray set = "[";
    set.reserve(int(qMin<qint64>(limit, 100)) * 700 + 2);
    qint64 total = 0;
    const AddressTable& table = region->addresses;
    for (int i = 0; i < int(table.size()); ++i) {
        if (!filter.matches(table, i))
            continue;
        if (total >= offset && total < offset + limit) {
            if (set.size() > 1)
                set += ',';
            AddressJsonWriter::append(set, table, i);
        }
        ++total;
    }
    set += ']';
    ctx.response.insert(QStringLiteral("TotalCount"), double(total));
    ctx.rawFields.append({QStringLiteral("AddressSet"), set});
    return {};
}

ActionError AddressActions::disassociateAddress(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("AddressId"), QStringLiteral("ReallocateNormalPublicIp")});
    const auto addressId = p.string(QStringLiteral("AddressId"), true);
    const bool reallocate = p.boolean(QStringLiteral("ReallocateNormalPublicIp")).value_or(false);
    if (!p.ok())
        return p.error();

    ctx.world.settle();
    Address address;
    if (ActionError e = lookup(ctx, *addressId, &address); e.isError())
        return e;
    const Address* a = &address;
    ctx.world.countWrite(a->addressId);
    RegionData& region = *ctx.world.region(ctx.call.region);
    if (ctx.world.quirk(a->addressId) == AddressQuirk::BrokenBackend)
        return ActionError::make("FailedOperation.TaskFailed",
                                 QStringLiteral("The unbind task failed in the backend."));
    if (a->addressType == QLatin1String("WanIP"))
        return ActionError::make("UnsupportedOperation.InvalidAction",
                                 QStringLiteral("An ordinary public IP cannot be disassociated."));
    if (a->isBlocked)
        return ActionError::make(
            "InvalidAddressId.Blocked",
            QStringLiteral("The EIP `%1` is blocked; unblock it first.").arg(a->addressId));
    if (a->addressStatus == QLatin1String(AddressStatus::Unbinding))
        return ActionError::make(
            "OperationDenied.MutexTaskRunning",
            QStringLiteral("A mutually exclusive task is running on `%1`.").arg(a->addressId));
    // Being in arrears is no documented precondition of DisassociateAddress: it is unbound.
    if (AddressStatus::isTransitional(a->addressStatus))
        return ActionError::make(
            "UnsupportedOperation.AddressStatusNotPermit",
            QStringLiteral("The address status %1 does not allow this operation.")
                .arg(a->addressStatus));
    if (!AddressStatus::isBound(a->addressStatus))
        return ActionError::make(
            "InvalidAddressIdStatus.NotPermit",
            QStringLiteral("Only BIND or BIND_ENI addresses can be unbound; `%1` is %2.")
                .arg(a->addressId, a->addressStatus));
    if (a->isNatGateway())
        return ActionError::make(
            "InvalidParameterValue.ResourceNotSupport",
            QStringLiteral("NAT gateway EIPs are unbound with DisassociateNatGatewayAddress."));
    const bool bindEni = a->addressStatus == QLatin1String(AddressStatus::BindEni);
    if (!bindEni && a->instanceType != QLatin1String("CVM"))
        return ActionError::make(
            "InvalidInstance.NotSupported",
            QStringLiteral("Instances of type %1 are not supported.").arg(a->instanceType));
    std::optional<SandboxInstance> instance;
    if (!bindEni) {
        if (!isShortId(a->instanceId, "ins-"))
            return ActionError::make(
                "InvalidParameterValue.InstanceIdMalformed",
                QStringLiteral("The instance ID `%1` is malformed.").arg(a->instanceId));
        instance = region.instances.find(a->instanceId);
        if (!instance)
            return ActionError::make(
                "InvalidInstanceId.NotFound",
                QStringLiteral("The instance `%1` does not exist.").arg(a->instanceId));
        if (instance->state != QLatin1String("RUNNING") &&
            instance->state != QLatin1String("STOPPED"))
            return ActionError::make(
                "UnsupportedOperation.InstanceStateNotSupported",
                QStringLiteral("The instance state %1 does not allow this.").arg(instance->state));
    }
    const std::optional<NetworkInterface> eni = region.eni(a->networkInterfaceId);
    if (a->networkInterfaceId.isEmpty() || !eni)
        return ActionError::make("FailedOperation.AddressEniInfoNotFound",
                                 QStringLiteral("The address has no ENI information."));
    if (reallocate) {
        if (instance && !region.eni(instance->primaryEniId))
            return ActionError::make(
                "FailedOperation.MasterEniNotFound",
                QStringLiteral("The primary ENI of instance `%1` was not found.")
                    .arg(instance->id));
        if (bindEni || !eni->isPrimaryIpOfPrimaryEni(a->privateAddressIp))
            return ActionError::make(
                "InvalidParameterValue.OnlySupportedForMasterNetworkCard",
                QStringLiteral("ReallocateNormalPublicIp is only supported on the primary "
                               "private IP of the primary ENI."));
        if (ctx.world.reallocationsToday(ctx.call.secretId) >= ctx.world.dailyReallocateLimit())
            return ActionError::make(
                "AddressQuotaLimitExceeded.DailyAllocate",
                QStringLiteral("The daily quota of public IP reassignments (%1) is used up.")
                    .arg(ctx.world.dailyReallocateLimit()));
        ctx.world.recordReallocation(ctx.call.secretId);
    }

    SandboxTask task;
    task.kind = SandboxTask::Kind::Unbind;
    task.region = region.id;
    task.before.append(address);
    const TaskOutcome outcome = ctx.world.takeScriptedOutcome(address.addressId);
    task.fail = outcome == TaskOutcome::Fail;
    task.neverFinish = outcome == TaskOutcome::NeverFinish;
    address.addressStatus = QLatin1String(AddressStatus::Unbinding);
    region.addresses.replace(address);
    const quint64 id = ctx.world.startTask(task);
    ctx.response.insert(QStringLiteral("TaskId"), QString::number(id));
    return {};
}

ActionError AddressActions::associateAddress(ActionContext& ctx) {
    return AssociateAction::run(ctx);
}

} // namespace eipdesk::sandbox
