// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

class QTextStream;

namespace eipdesk {

class CliResources;
class Journal;
class Session;

// Settles what earlier runs left in the journal, the way the window does at its start: every
// entry that was sent (or maybe sent) and not concluded, whose owner process is no longer
// running, is claimed, resumed in an OperationQueue (the address read first, a lost reply
// reconciled, a task followed) until it is final or still running on the server, or until
// `maxWaitMs` is up; never-sent entries of gone processes are marked canceled. Entries of a
// running process (the window, another command) are left to it. Every command-line verb runs it
// first, so a killed `eipdesk unbind` is settled by the next command of any kind.
class PendingSettler {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::PendingSettler)
public:
    struct Summary {
        int found = 0;        // pending entries of gone owners (for the profiles asked)
        int concluded = 0;    // now final
        int stillPending = 0; // still running on the server or of unknown outcome
        int unreachable = 0;  // their profile could not be opened (no profile, no secret)
    };

    PendingSettler(CliResources* resources, QTextStream& out, QTextStream& err);

    // Settles the entries of `profile` (all profiles when empty). `session`, when given, is
    // an open session of `profile` and is used for it. Prints only when there is something to
    // settle.
    Summary settle(Journal* journal, const QString& profile, Session* session, qint64 maxWaitMs);

    // Entries of gone owners waiting to be settled, per profile name.
    static QMap<QString, int> unsettled(Journal* journal);

private:
    int settleProfile(Journal* journal, const QString& profile, Session* session, qint64 maxWaitMs,
                      Summary* summary);

    CliResources* m_res;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace eipdesk
