// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"
#include "ops/Journal.h"
#include "session/Session.h"

#include <QCoreApplication>

class QTextStream;

namespace eipdesk {

class CliResources;

// What a writing command-line verb (`eipdesk unbind`, `bind`, `move`, `undo`) opens first:
// the profile, its session (the secret from the keychain), the journal (a warning when it
// cannot be opened), and the settling of what earlier runs of that profile left unfinished.
class CliAccount {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::CliAccount)
public:
    // How long the settling of an earlier run's unfinished operations may take first.
    static constexpr qint64 SettleBeforeMs = 30000;

    CliAccount(CliResources* resources, QTextStream& out, QTextStream& err);

    // `program` names this process in the journal ("eipdesk unbind"). Prints why not and
    // returns false when the profile or its secret cannot be had.
    bool open(const QString& profileName, const QString& program);

    const Profile& profile() const { return m_profile; }
    Session* session() { return &m_session; }
    Journal* journal() { return &m_journal; }

private:
    CliResources* m_res;
    QTextStream& m_out;
    QTextStream& m_err;
    Profile m_profile;
    Session m_session;
    Journal m_journal;
};

} // namespace eipdesk
