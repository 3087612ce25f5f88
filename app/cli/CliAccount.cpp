// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliAccount.h"

#include "cli/CliResources.h"
#include "cli/PendingSettler.h"

#include <QTextStream>

namespace eipdesk {

CliAccount::CliAccount(CliResources* resources, QTextStream& out, QTextStream& err)
    : m_res(resources)
    , m_out(out)
    , m_err(err)
    , m_session(resources->context().network, resources->context().clock)
    , m_journal(resources->context().clock) {}

bool CliAccount::open(const QString& profileName, const QString& program) {
    m_profile = m_res->findProfile(profileName);
    if (!m_profile.isValid())
        return false;
    if (!m_res->openSession(m_profile, &m_session))
        return false;
    // What an earlier run left unfinished is settled first (a killed run's operation is
    // concluded before this one looks at the same EIPs).
    m_journal.setProgram(program);
    if (!m_journal.open(m_res->context().journalPath))
        m_err << tr("Warning: the journal could not be opened (%1); this run is not recorded, "
                    "and other EIP Desk processes cannot see it.")
                     .arg(m_journal.lastError())
              << Qt::endl;
    else
        PendingSettler(m_res, m_out, m_err)
            .settle(&m_journal, m_profile.name, &m_session, SettleBeforeMs);
    return true;
}

} // namespace eipdesk
