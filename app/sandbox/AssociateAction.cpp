// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AssociateAction.h"

#include "core/AddressStatus.h"
#include "sandbox/AddressActions.h"
#include "sandbox/ParamReader.h"
#include "sandbox/SandboxWorld.h"

namespace eipdesk::sandbox {

namespace {

ActionError fail(const char* code, const QString& message) {
    return ActionError::make(code, message);
}

// The instance an ENI is attached to, or nothing (a detached ENI, or a missing instance).
std::optional<SandboxInstance> instanceOf(const RegionData& region,
                                          const std::optional<NetworkInterface>& eni) {
    if (!eni || eni->attachedInstanceId.isEmpty())
        return std::nullopt;
    return region.instances.find(eni->attachedInstanceId);
}

int addressesOn(const RegionData& region, const QString& instanceId) {
    const AddressTable& t = region.addresses;
    const std::optional<quint64> id = t.packedInstanceId(instanceId);
    int n = 0;
    for (int i = 0; id && i < int(t.size()); ++i)
        n += t.record(i).instanceId == *id && !t.isOrdinaryPublicIp(i) ? 1 : 0;
    return n;
}

bool hasOrdinaryIp(const RegionData& region, const QString& instanceId, bool blockedOnly) {
    const AddressTable& t = region.addresses;
    const std::optional<quint64> id = t.packedInstanceId(instanceId);
    for (int i = 0; id && i < int(t.size()); ++i)
        if (t.record(i).instanceId == *id && t.isOrdinaryPublicIp(i) &&
            (!blockedOnly || t.record(i).has(AddressRecord::IsBlocked)))
            return true;
    return false;
}

// The bound address's checks: an EIP that is already bound may not move by AssociateAddress.
ActionError boundAddress(RegionData& region, const Address& a, const QString& eniId,
                         const QString& privateIp) {
    if (!eniId.isEmpty() && eniId != a.networkInterfaceId) {
        const std::optional<NetworkInterface> target = region.eni(eniId);
        if (target && target->attachedInstanceId != a.instanceId)
            return fail("InvalidParameterValue.InstanceNotMatchAssociateEni",
                        QStringLiteral("The ENI and the EIP are bound to different instances."));
        return fail("InvalidParameterValue.NetworkInterfaceIdNotMatch",
                    QStringLiteral("The EIP is bound to another ENI."));
    }
    if (!eniId.isEmpty() && privateIp != a.privateAddressIp)
        return fail("InvalidParameterValue.PrivateIpAddressNotMatch",
                    QStringLiteral("The EIP is bound to another private IP."));
    return fail(
        "UnsupportedOperation.AddressStatusNotPermit",
        QStringLiteral("The address status %1 does not allow binding.").arg(a.addressStatus));
}

// The address's own state, before any target is looked at.
ActionError addressState(ActionContext& ctx, RegionData& region, const Address& a,
                         const QString& eniId, const QString& privateIp) {
    const AddressQuirk quirk = ctx.world.quirk(a.addressId);
    if (quirk == AddressQuirk::BrokenBackend)
        return fail("FailedOperation.TaskFailed",
                    QStringLiteral("The bind task failed in the backend."));
    if (quirk == AddressQuirk::NoEniInfo)
        return fail("FailedOperation.AddressEniInfoNotFound",
                    QStringLiteral("The address has no ENI information."));
    if (a.isOrdinaryPublicIp())
        return fail("UnsupportedOperation.IncorrectAddressResourceType",
                    QStringLiteral("An ordinary public IP cannot be bound."));
    if (a.isBlocked)
        return fail("InvalidAddressId.Blocked",
                    QStringLiteral("The EIP `%1` is blocked.").arg(a.addressId));
    if (a.isArrears)
        return fail("OperationDenied.AddressInArrears",
                    QStringLiteral("The EIP `%1` is isolated.").arg(a.addressId));
    if (a.addressStatus == QLatin1String(AddressStatus::Binding) ||
        a.addressStatus == QLatin1String(AddressStatus::Unbinding))
        return fail("OperationDenied.MutexTaskRunning",
                    QStringLiteral("A mutually exclusive task is running."));
    if (AddressStatus::isBound(a.addressStatus))
        return boundAddress(region, a, eniId, privateIp);
    if (a.addressStatus != QLatin1String(AddressStatus::Unbind))
        return fail(
            "UnsupportedOperation.AddressStatusNotPermit",
            QStringLiteral("The address status %1 does not allow binding.").arg(a.addressStatus));
    if (a.internetChargeType.isEmpty())
        return fail("UnsupportedOperation.InvalidAddressInternetChargeType",
                    QStringLiteral("The EIP has no network billing mode (bill-by-CVM account)."));
    return {};
}

// An InstanceId target: the primary private IP of the instance's primary ENI.
ActionError instanceTarget(RegionData& region, const QString& instanceId,
                           std::optional<NetworkInterface>* eni, int* ipIndex) {
    if (instanceId.startsWith(QLatin1String("lb-"))) {
        const std::optional<quint64> id = region.addresses.packedInstanceId(instanceId);
        for (int i = 0; id && i < int(region.addresses.size()); ++i)
            if (region.addresses.record(i).instanceId == *id)
                return fail("InvalidParameterValue.LBAlreadyBindEip",
                            QStringLiteral("The CLB `%1` already has an EIP.").arg(instanceId));
        return fail("InvalidInstanceId.NotFound",
                    QStringLiteral("The instance `%1` does not exist.").arg(instanceId));
    }
    if (instanceId.startsWith(QLatin1String("nat-")))
        return fail("InvalidParameterValue.ResourceNotSupport",
                    QStringLiteral("NAT gateways take EIPs with AssociateNatGatewayAddress."));
    if (!instanceId.startsWith(QLatin1String("ins")))
        return fail("UnsupportedOperation.InvalidAction",
                    QStringLiteral("Binding to `%1` is not supported.").arg(instanceId));
    if (!AddressActions::isShortId(instanceId, "ins-"))
        return fail("InvalidParameterValue.InstanceIdMalformed",
                    QStringLiteral("The instance ID `%1` is malformed.").arg(instanceId));
    const std::optional<SandboxInstance> instance = region.instances.find(instanceId);
    if (!instance)
        return fail("InvalidInstanceId.NotFound",
                    QStringLiteral("The instance `%1` does not exist.").arg(instanceId));
    *eni = region.eni(instance->primaryEniId);
    if (!*eni)
        return fail("InvalidParameterValue.NetworkInterfaceNotFound",
                    QStringLiteral("The instance's primary ENI was not found."));
    *ipIndex = 0;
    return {};
}

ActionError eniTarget(RegionData& region, const QString& eniId, const QString& privateIp,
                      std::optional<NetworkInterface>* eni, int* ipIndex) {
    *eni = region.eni(eniId);
    if (!*eni)
        return fail("InvalidNetworkInterfaceId.NotFound",
                    QStringLiteral("The ENI `%1` does not exist.").arg(eniId));
    for (int i = 0; i < (*eni)->privateIpAddresses.size(); ++i)
        if ((*eni)->privateIpAddresses[i].privateIpAddress == privateIp)
            *ipIndex = i;
    if (*ipIndex < 0)
        return fail("InvalidParameterValue.NetworkInterfaceNotFound",
                    QStringLiteral("The private IP %1 is not on `%2`.").arg(privateIp, eniId));
    return {};
}

// What the target instance (none for a detached ENI) says about this EIP.
ActionError instanceRules(const RegionData& region, const std::optional<SandboxInstance>& inst,
                          const Address& a, bool byInstanceId, bool direct, bool secondaryIp,
                          const QString& instanceRegion) {
    if (direct && !inst)
        return fail("InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni",
                    QStringLiteral("Only ins- and eks- instances show an EIP on the ENI."));
    if (direct && secondaryIp)
        return fail("InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni",
                    QStringLiteral("A secondary IP cannot show its EIP on the ENI."));
    if (!inst)
        return {};
    if (inst->state == QLatin1String("TERMINATING") || inst->state == QLatin1String("SHUTDOWN"))
        return fail("UnsupportedOperation.InstanceStateNotSupported",
                    QStringLiteral("The instance state %1 does not allow this.").arg(inst->state));
    if (inst->stoppedNoCharge)
        return fail("UnsupportedOperation.InstanceStatusNotPermit",
                    QStringLiteral("An instance stopped without charge cannot take an EIP."));
    if (inst->state != QLatin1String("RUNNING") && inst->state != QLatin1String("STOPPED"))
        return fail("InvalidParameterValue.InvalidInstanceState",
                    QStringLiteral("The instance state %1 does not allow this.").arg(inst->state));
    if (direct && inst->directUnsupported)
        return fail("InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni",
                    QStringLiteral("The instance's VPC cannot show an EIP on the ENI."));
    if (!instanceRegion.isEmpty() && !hasOrdinaryIp(region, inst->id, false))
        return a.addressType == QLatin1String("AnycastEIP")
                   ? fail("InvalidParameterValue.InstanceHasNoWanIP",
                          QStringLiteral("The instance has no public IP."))
                   : fail("InvalidParameterValue.InstanceNoWanIP",
                          QStringLiteral("The instance has no WanIP."));
    if (byInstanceId && hasOrdinaryIp(region, inst->id, true))
        return fail("InvalidParameterValue.InstanceNormalPublicIpBlocked",
                    QStringLiteral("The instance's public IP is blocked."));
    if (byInstanceId && instanceRegion.isEmpty() && hasOrdinaryIp(region, inst->id, false))
        return fail("InvalidParameterValue.InstanceHasWanIP",
                    QStringLiteral("The instance has an ordinary public IP; return it first."));
    if (inst->maxAddresses > 0 && addressesOn(region, inst->id) >= inst->maxAddresses)
        return fail(
            "LimitExceeded.InstanceAddressQuota",
            QStringLiteral("The instance has %1 EIP(s), its limit.").arg(inst->maxAddresses));
    if (a.internetChargeType == QLatin1String("BANDWIDTH_PACKAGE") &&
        inst->internetChargeType != QLatin1String("TRAFFIC_POSTPAID_BY_HOUR") &&
        inst->internetChargeType != QLatin1String("BANDWIDTH_PACKAGE"))
        return fail("InvalidParameterValue.InvalidInstanceInternetChargeType",
                    QStringLiteral("This IP binds only to hourly-traffic or bandwidth-package "
                                   "instances."));
    if (inst->bgpOnly && a.internetServiceProvider != QLatin1String("BGP"))
        return fail(
            "UnsupportedOperation.IspNotSupported",
            QStringLiteral("The ISP %1 is not supported here.").arg(a.internetServiceProvider));
    if (inst->anycastUnsupported && a.addressType == QLatin1String("AnycastEIP"))
        return fail("InvalidParameterValue.InstanceDoesNotSupportAnycast",
                    QStringLiteral("The instance does not support AnycastEIP."));
    if (inst->residentialUnsupported && a.addressType == QLatin1String("ResidentialEIP"))
        return fail("UnsupportedOperation.AddressIpNotSupportInstance",
                    QStringLiteral("This IP does not support the instance."));
    if (a.dedicatedClusterId != inst->dedicatedClusterId)
        return fail("InvalidParameterValue.AddressNotApplicable",
                    QStringLiteral("The address cannot be used with this instance."));
    return {};
}

} // namespace

ActionError AssociateAction::run(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("AddressId"), QStringLiteral("InstanceId"),
                  QStringLiteral("NetworkInterfaceId"), QStringLiteral("PrivateIpAddress"),
                  QStringLiteral("EipDirectConnection"), QStringLiteral("InstanceRegion")});
    const auto addressId = p.string(QStringLiteral("AddressId"), true);
    const QString instanceId = p.string(QStringLiteral("InstanceId")).value_or(QString());
    const QString eniId = p.string(QStringLiteral("NetworkInterfaceId")).value_or(QString());
    const QString privateIp = p.string(QStringLiteral("PrivateIpAddress")).value_or(QString());
    const bool direct = p.boolean(QStringLiteral("EipDirectConnection")).value_or(false);
    const QString instanceRegion = p.string(QStringLiteral("InstanceRegion")).value_or(QString());
    if (!p.ok())
        return p.error();
    if (!instanceId.isEmpty() && !eniId.isEmpty())
        return fail("InvalidParameterConflict",
                    QStringLiteral("An EIP binds to an instance or to a private IP of an ENI."));
    if (!instanceId.isEmpty() && !privateIp.isEmpty())
        return fail("InvalidParameter.Conflict",
                    QStringLiteral("InstanceId and PrivateIpAddress cannot both be given."));
    if (instanceId.isEmpty() && eniId.isEmpty())
        return fail("InvalidParameterValue.MissingAssociateEntity",
                    QStringLiteral("Give InstanceId or NetworkInterfaceId."));
    if (!eniId.isEmpty() && privateIp.isEmpty())
        return fail("InvalidParameterValue.Combination",
                    QStringLiteral("NetworkInterfaceId needs PrivateIpAddress."));
    if (!ctx.world.accountSupported(ctx.call.secretId))
        return fail("InvalidAccount.NotSupported",
                    QStringLiteral("This account does not support the operation."));

    ctx.world.settle();
    Address address;
    if (ActionError e = AddressActions::lookup(ctx, *addressId, &address); e.isError())
        return e;
    const Address* a = &address;
    ctx.world.countWrite(a->addressId);
    RegionData& region = *ctx.world.region(ctx.call.region);
    if (ActionError e = addressState(ctx, region, *a, eniId, privateIp); e.isError())
        return e;

    std::optional<NetworkInterface> eni;
    int ipIndex = -1;
    const bool byInstance = !instanceId.isEmpty();
    if (ActionError e = byInstance ? instanceTarget(region, instanceId, &eni, &ipIndex)
                                   : eniTarget(region, eniId, privateIp, &eni, &ipIndex);
        e.isError())
        return e;
    const std::optional<SandboxInstance> inst = instanceOf(region, eni);
    if (ActionError e =
            instanceRules(region, inst, *a, byInstance, direct, ipIndex > 0, instanceRegion);
        e.isError())
        return e;
    if (!eni->privateIpAddresses[ipIndex].addressId.isEmpty())
        return byInstance ? fail("InvalidInstanceId.AlreadyBindEip",
                                 QStringLiteral("The instance already has an EIP."))
                          : fail("InvalidPrivateIpAddress.AlreadyBindEip",
                                 QStringLiteral("That private IP already has an EIP."));

    Address after = *a;
    after.networkInterfaceId = eni->networkInterfaceId;
    after.privateAddressIp = eni->privateIpAddresses[ipIndex].privateIpAddress;
    after.instanceId = eni->attachedInstanceId;
    after.instanceType =
        eni->attachedInstanceId.isEmpty() ? QStringLiteral("ENI") : QStringLiteral("CVM");
    after.addressStatus = QLatin1String(eni->attachedInstanceId.isEmpty() ? AddressStatus::BindEni
                                                                          : AddressStatus::Bind);
    after.isEipDirectConnection = direct;
    // Reserve the IP now so that a second bind to it is refused while this one runs.
    eni->privateIpAddresses[ipIndex].addressId = a->addressId;
    region.enis.replace(*eni);

    SandboxTask task;
    task.kind = SandboxTask::Kind::Bind;
    task.region = region.id;
    task.before.append(address);
    task.after.append(after);
    const TaskOutcome outcome = ctx.world.takeScriptedOutcome(address.addressId);
    task.fail = outcome == TaskOutcome::Fail;
    task.neverFinish = outcome == TaskOutcome::NeverFinish;
    address.addressStatus = QLatin1String(AddressStatus::Binding);
    region.addresses.replace(address);
    ctx.response.insert(QStringLiteral("TaskId"), QString::number(ctx.world.startTask(task)));
    return {};
}

} // namespace eipdesk::sandbox
