// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UnbindReporter.h"

#include "cli/CliNextStep.h"

#include "ops/JournalClaim.h"
#include "ops/OperationQueue.h"

#include <QObject>
#include <QTextStream>

namespace eipdesk {

UnbindReporter::UnbindReporter(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

void UnbindReporter::watch(OperationQueue* queue) {
    QObject::connect(queue, &OperationQueue::itemChanged, queue,
                     [this, queue](qint64 key) { report(queue->item(key)); });
    QObject::connect(
        queue, &OperationQueue::waitingForClaim, queue,
        [this, queue](qint64 key, const ClaimHolder& h) {
            m_err << m_prefix
                  << tr("%1: waiting: %2").arg(label(queue->item(key).address), claimedText(h))
                  << Qt::endl;
        });
}

QString UnbindReporter::claimedText(const ClaimHolder& h) {
    const QString who = h.program == QLatin1String("window") ? tr("the EIP Desk window")
                                                             : tr("\"%1\"").arg(h.program);
    return tr("Another EIP Desk is working on it: %1 (process %2 on %3) since %4. Nothing was "
              "sent; run the command again once that is done, or add --wait.")
        .arg(who, QString::number(h.pid), h.host, h.since.toLocalTime().toString(Qt::ISODate));
}

QString UnbindReporter::label(const Address& a) {
    return QStringLiteral("%1 %2").arg(a.addressId, a.addressIp).trimmed();
}

bool UnbindReporter::isProblem(OperationState s) {
    return s == OperationState::Failed || s == OperationState::Skipped ||
           s == OperationState::Canceled || s == OperationState::Unknown ||
           s == OperationState::StillRunning;
}

QString UnbindReporter::problemText(const ErrorExplanation& e) {
    QString text = e.headline();
    const QString nextStep = CliNextStep::forCode(e.code, e.nextStep);
    if (!nextStep.isEmpty())
        text += tr(". Next step: %1").arg(nextStep);
    if (!e.serverMessage.isEmpty())
        text += tr(" Server message: %1").arg(e.serverMessage);
    if (!e.requestId.isEmpty())
        text += tr(" RequestId: %1").arg(e.requestId);
    return text;
}

QString UnbindReporter::stateLine(const OperationItem& item) {
    const OperationState s = item.state();
    QString state = OperationStates::displayName(s);
    if (s == OperationState::Running && !item.entry.taskId.isEmpty())
        state = tr("%1 (TaskId %2)").arg(state, item.entry.taskId);
    if (s == OperationState::Succeeded && item.entry.reallocate)
        state = tr("%1 (a normal public IP was reallocated)").arg(state);
    if (isProblem(s) && !item.error.isEmpty())
        state = tr("%1: %2").arg(state, problemText(item.error));
    const QString step = stepText(item);
    if (!step.isEmpty())
        return tr("%1 (%2): %3").arg(label(item.address), step, state);
    return tr("%1: %2").arg(label(item.address), state);
}

QString UnbindReporter::targetText(const OperationTarget& t) {
    if (t.isInstance())
        return tr("instance %1").arg(t.instanceId);
    if (t.isEni())
        return tr("network interface %1 private IP %2").arg(t.networkInterfaceId, t.privateIp);
    return {};
}

QString UnbindReporter::boundText(const QString& instanceId, const QString& eniId,
                                  const QString& privateIp) {
    if (instanceId.startsWith(QLatin1String("ins-")))
        return privateIp.isEmpty() ? tr("instance %1").arg(instanceId)
                                   : tr("instance %1 (private IP %2)").arg(instanceId, privateIp);
    return targetText({{}, eniId, privateIp});
}

QString UnbindReporter::stepText(const OperationItem& item) {
    const JournalEntry& e = item.entry;
    if (item.isMove())
        return e.step == 0
                   ? tr("step 1 of 2: unbind from %1")
                         .arg(boundText(e.previousInstanceId, e.previousEniId, e.previousPrivateIp))
                   : tr("step 2 of 2: bind to %1").arg(targetText(e.target()));
    if (JournalEntry::isBindingKind(e.kind))
        return tr("bind to %1").arg(targetText(e.target()));
    return {};
}

void UnbindReporter::report(const OperationItem& item) {
    if (item.key == 0)
        return;
    const OperationState s = item.state();
    const QPair<OperationState, int> now(s, item.entry.step);
    const auto it = m_printed.constFind(item.key);
    if (it != m_printed.constEnd() && *it == now)
        return;
    m_printed.insert(item.key, now);
    if (s == OperationState::Queued)
        return; // the plan already listed them
    QTextStream& stream = isProblem(s) ? m_err : m_out;
    stream << m_prefix << stateLine(item) << Qt::endl;
}

} // namespace eipdesk
