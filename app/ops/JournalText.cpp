// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/JournalText.h"

namespace eipdesk {

QString JournalText::learnedBy(const QString& learnedBy) {
    if (learnedBy == QLatin1String("address"))
        return tr("Outcome learned from the address (the task could not be read, or the reply "
                  "was lost).");
    if (learnedBy == QLatin1String("task"))
        return tr("Outcome learned from the task (DescribeTaskResult).");
    return {};
}

QString JournalText::requestLine(const JournalRequest& r) {
    QString line = tr("%1  %2  RequestId %3")
                       .arg(r.at.toLocalTime().toString(Qt::ISODate), r.action,
                            r.requestId.isEmpty() ? tr("(no answer)") : r.requestId);
    if (!r.taskId.isEmpty())
        line += tr("  TaskId %1").arg(r.taskId);
    if (!r.errorCode.isEmpty())
        line += QStringLiteral("  ") + r.errorCode;
    return line;
}

QString JournalText::kind(JournalEntry::Kind kind) {
    switch (kind) {
    case JournalEntry::Kind::Unbind:
        return tr("Unbind");
    case JournalEntry::Kind::UnbindNat:
        return tr("Unbind (NAT gateway)");
    case JournalEntry::Kind::Rebind:
        return tr("Re-bind");
    case JournalEntry::Kind::Bind:
        return tr("Bind");
    case JournalEntry::Kind::Move:
        return tr("Move");
    }
    return {};
}

QString JournalText::operation(const JournalEntry& e) {
    if (e.kind == JournalEntry::Kind::Move && e.state != OperationState::Succeeded)
        return e.step == 0 ? tr("Move 1/2: unbind") : tr("Move 2/2: bind");
    if (e.kind == JournalEntry::Kind::Rebind && e.parentId > 0)
        return tr("Undo of #%1").arg(e.parentId);
    return kind(e.kind);
}

QString JournalText::target(const JournalEntry& e) {
    if (!JournalEntry::isBindingKind(e.kind))
        return {};
    const OperationTarget t = e.target();
    if (t.isInstance())
        return t.instanceId;
    return t.isEni() ? QStringLiteral("%1 %2").arg(t.networkInterfaceId, t.privateIp) : QString();
}

} // namespace eipdesk
