// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PendingSettler.h"

#include "cli/CliResources.h"
#include "cli/UnbindReporter.h"
#include "credentials/Profile.h"
#include "credentials/ProfileStore.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QMap>
#include <QTextStream>
#include <QTimer>

#include <limits>
#include <memory>

namespace eipdesk {

PendingSettler::PendingSettler(CliResources* resources, QTextStream& out, QTextStream& err)
    : m_res(resources)
    , m_out(out)
    , m_err(err) {}

QMap<QString, int> PendingSettler::unsettled(Journal* journal) {
    QMap<QString, int> byProfile;
    if (!journal || !journal->isOpen())
        return byProfile;
    for (const JournalEntry& e : journal->pending()) {
        if (journal->isLiveElsewhere(e) || journal->liveHolder(e.profile, e.region, e.addressId))
            continue; // a running process follows it
        ++byProfile[e.profile];
    }
    return byProfile;
}

PendingSettler::Summary PendingSettler::settle(Journal* journal, const QString& profile,
                                               Session* session, qint64 maxWaitMs) {
    Summary summary;
    const QMap<QString, int> todo = unsettled(journal);
    for (auto it = todo.cbegin(); it != todo.cend(); ++it) {
        if (!profile.isEmpty() && it.key().compare(profile, Qt::CaseInsensitive) != 0)
            continue;
        summary.found += it.value();
        Session* use = profile.isEmpty() ? nullptr : session;
        const int reached = settleProfile(journal, it.key(), use, maxWaitMs, &summary);
        if (reached < 0)
            summary.unreachable += it.value();
    }
    return summary;
}

int PendingSettler::settleProfile(Journal* journal, const QString& profileName, Session* session,
                                  qint64 maxWaitMs, Summary* summary) {
    std::unique_ptr<Session> own;
    if (!session) {
        const Profile profile = m_res->context().profiles->findByName(profileName);
        if (!profile.isValid()) {
            m_err << tr("%n operation(s) of profile \"%1\" are unfinished, but that profile no "
                        "longer exists; they cannot be settled.",
                        nullptr, unsettled(journal).value(profileName))
                         .arg(profileName)
                  << Qt::endl;
            return -1;
        }
        own = std::make_unique<Session>(m_res->context().network, m_res->context().clock);
        if (!m_res->openSession(profile, own.get())) {
            m_err << tr("%n unfinished operation(s) of profile \"%1\" could not be settled now; "
                        "the next command settles them.",
                        nullptr, unsettled(journal).value(profileName))
                         .arg(profileName)
                  << Qt::endl;
            return -1;
        }
        session = own.get();
    }
    OperationQueue queue(journal, m_res->context().clock);
    if (m_res->context().pollSchedule)
        queue.setPollSchedule(*m_res->context().pollSchedule);
    UnbindReporter reporter(m_out, m_err);
    reporter.setPrefix(tr("Earlier run: "));
    reporter.watch(&queue);
    queue.setSession(session->api(), profileName);
    const int resumed = queue.resumePending();
    if (resumed == 0)
        return 0;
    m_err << tr("Settling %n operation(s) an earlier run left unfinished (profile \"%1\")…",
                nullptr, resumed)
                 .arg(profileName)
          << Qt::endl;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto check = [&queue, &loop] {
        if (queue.isSettled())
            loop.quit();
    };
    QObject::connect(&queue, &OperationQueue::progressChanged, &loop, check, Qt::QueuedConnection);
    if (maxWaitMs > 0)
        limit.start(int(qMin<qint64>(maxWaitMs, std::numeric_limits<int>::max())));
    if (!queue.isSettled())
        loop.exec();
    queue.shutdown(); // what is still running stays pending, for the next command
    for (const OperationItem& i : queue.items()) {
        if (OperationStates::isFinal(i.state()))
            ++summary->concluded;
        else
            ++summary->stillPending;
    }
    return resumed;
}

} // namespace eipdesk
