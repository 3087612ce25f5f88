// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/BindConfirmation.h"

namespace eipdesk {

QString BindConfirmation::instanceLabel(const QString& id, const QString& name) {
    if (name.isEmpty() || name == id)
        return id;
    return tr("%1 (%2)").arg(name, id);
}

QString BindConfirmation::title(const Address& eip) {
    return tr("Bind %1 (%2)?").arg(eip.addressIp, eip.addressId);
}

QString BindConfirmation::normalPublicIpNote(const BindTarget& target) {
    if (target.normalPublicIp.isEmpty())
        return {};
    return tr("This private IP already has an ordinary public IP, %1. Tencent Cloud's "
              "documentation says that an ordinary public IP on the primary private IP must be "
              "returned before an EIP can be bound there (older international documentation "
              "says it is released automatically). If the server refuses, nothing changes; if "
              "the bind goes through, %1 is gone for good: an ordinary public IP cannot be "
              "recovered.")
        .arg(target.normalPublicIp);
}

QString BindConfirmation::text(const Address& eip, const BindTarget& target) {
    const QString eipLabel =
        eip.addressName.isEmpty()
            ? tr("EIP %1 (%2)").arg(eip.addressIp, eip.addressId)
            : tr("EIP %1 (%2, \"%3\")").arg(eip.addressIp, eip.addressId, eip.addressName);
    QString what;
    if (target.kind == BindTarget::Kind::Instance) {
        const QString ip = target.privateIp.isEmpty()
                               ? tr("its primary private IP")
                               : tr("its primary private IP %1").arg(target.privateIp);
        what = tr("%1 will be bound to instance %2, on %3 of its primary network interface.")
                   .arg(eipLabel, instanceLabel(target.instanceId, target.instanceName), ip);
    } else {
        const QString attached =
            target.instanceId.isEmpty()
                ? tr("not attached to an instance")
                : tr("attached to instance %1")
                      .arg(instanceLabel(target.instanceId, target.instanceName));
        what = tr("%1 will be bound to private IP %2 of network interface %3 (%4).")
                   .arg(eipLabel, target.privateIp, target.networkInterfaceId, attached);
    }
    QString text =
        what + QLatin1Char('\n') + QLatin1Char('\n') +
        tr("AssociateAddress starts a task: the EIP shows BINDING, then %1 when the "
           "task succeeds, and traffic to %2 reaches the target from then on.")
            .arg(target.kind == BindTarget::Kind::Instance || !target.instanceId.isEmpty()
                     ? QStringLiteral("BIND")
                     : QStringLiteral("BIND_ENI"),
                 eip.addressIp);
    const QString note = normalPublicIpNote(target);
    if (!note.isEmpty())
        text += QStringLiteral("\n\n") + note;
    return text;
}

QString BindConfirmation::moveTitle(const Address& eip) {
    return tr("Move %1 (%2)?").arg(eip.addressIp, eip.addressId);
}

QString BindConfirmation::boundToText(const Address& eip, const QString& instanceName) {
    if (eip.instanceId.startsWith(QLatin1String("ins-")))
        return tr("instance %1").arg(instanceLabel(eip.instanceId, instanceName));
    if (!eip.networkInterfaceId.isEmpty())
        return tr("network interface %1 (%2)").arg(eip.networkInterfaceId, eip.privateAddressIp);
    return eip.instanceId;
}

QString BindConfirmation::moveText(const Address& eip, const BindTarget& target,
                                   const QString& fromInstanceName) {
    const QString from = boundToText(eip, fromInstanceName);
    const QString to =
        target.kind == BindTarget::Kind::Instance
            ? tr("instance %1").arg(instanceLabel(target.instanceId, target.instanceName))
            : tr("private IP %1 of network interface %2")
                  .arg(target.privateIp, target.networkInterfaceId);
    QString text =
        tr("%1 (%2) moves from %3 to %4, in two steps:")
            .arg(eip.addressIp, eip.addressId, from, to) +
        QLatin1Char('\n') +
        tr("1. DisassociateAddress, followed until the EIP is idle (UNBIND). No normal public "
           "IP is reallocated, so %1 is left without a public IP.")
            .arg(from) +
        QLatin1Char('\n') +
        tr("2. AssociateAddress to %1, followed until the EIP is bound.").arg(to) +
        QStringLiteral("\n\n") +
        tr("Between the two steps %1 reaches nothing. If the bind fails, the EIP stays idle and "
           "you are offered to bind it back.")
            .arg(eip.addressIp);
    const QString note = normalPublicIpNote(target);
    if (!note.isEmpty())
        text += QStringLiteral("\n\n") + note;
    return text;
}

QString BindConfirmation::bindBackQuestion(const JournalEntry& e, const QString& instanceName) {
    const OperationTarget previous = e.previousTarget();
    QString where;
    if (e.previousInstanceId.startsWith(QLatin1String("ins-")) && previous.isEni())
        where = tr("instance %1, private IP %2 (network interface %3)")
                    .arg(instanceLabel(e.previousInstanceId, instanceName), previous.privateIp,
                         previous.networkInterfaceId);
    else if (previous.isInstance())
        where = tr("instance %1").arg(instanceLabel(previous.instanceId, instanceName));
    else
        where =
            tr("network interface %1 (%2)").arg(previous.networkInterfaceId, previous.privateIp);
    return tr("Bind %1 (%2) back to %3, where it was? It is checked to be idle first; "
              "nothing is sent if it is not.")
        .arg(e.addressIp, e.addressId, where);
}

} // namespace eipdesk
