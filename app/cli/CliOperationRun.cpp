// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOperationRun.h"

#include "ops/AddressOperation.h"
#include "ops/Journal.h"
#include "session/Session.h"

#include <QEventLoop>

namespace eipdesk {

CliOperationRun::CliOperationRun(const CliContext& context, Journal* journal, Session* session,
                                 const QString& profile, QTextStream& out, QTextStream& err,
                                 bool waitForClaims)
    : m_queue(journal->isOpen() ? journal : nullptr, context.clock)
    , m_reporter(out, err) {
    m_queue.setWaitForClaims(waitForClaims);
    if (context.pollSchedule)
        m_queue.setPollSchedule(*context.pollSchedule);
    m_reporter.watch(&m_queue);
    m_queue.setSession(session->api(), profile);
}

bool CliOperationRun::settled(const OperationQueue& queue, bool noWait) {
    if (queue.progress().queued > 0)
        return false;
    const auto operations = queue.findChildren<AddressOperation*>(Qt::FindDirectChildrenOnly);
    for (const AddressOperation* op : operations) {
        if (op->isFinished())
            continue;
        if (!noWait)
            return false;
        for (const OperationItem& i : op->items()) {
            const OperationState s = i.state();
            // A move still in its first step has not reached what --no-wait waits for: the
            // bind has to be sent too.
            if (i.isMove() && i.entry.step == 0 && !OperationStates::isFinal(s))
                return false;
            if (s != OperationState::Running && s != OperationState::StillRunning &&
                !OperationStates::isFinal(s))
                return false;
        }
    }
    return true;
}

QList<OperationItem> CliOperationRun::wait(bool noWait) {
    QEventLoop loop;
    auto check = [this, &loop, noWait] {
        if (settled(m_queue, noWait))
            loop.quit();
    };
    QObject::connect(&m_queue, &OperationQueue::progressChanged, &loop, check,
                     Qt::QueuedConnection);
    QObject::connect(&m_queue, &OperationQueue::idle, &loop, check, Qt::QueuedConnection);
    QObject::connect(&m_queue, &OperationQueue::itemChanged, &loop, check, Qt::QueuedConnection);
    if (!settled(m_queue, noWait))
        loop.exec();
    return m_queue.items();
}

int CliOperationRun::running() const {
    int n = 0;
    for (const OperationItem& i : m_queue.items())
        n += i.state() == OperationState::Running ? 1 : 0;
    return n;
}

} // namespace eipdesk
