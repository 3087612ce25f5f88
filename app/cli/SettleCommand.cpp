// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SettleCommand.h"

#include "cli/CliResources.h"
#include "cli/PendingSettler.h"
#include "credentials/Profile.h"
#include "ops/Journal.h"

#include <QTextStream>

namespace eipdesk {

SettleCommand::SettleCommand(const CliContext& context, QTextStream& out, QTextStream& err)
    : m_ctx(context)
    , m_out(out)
    , m_err(err) {}

QString SettleCommand::usageText() {
    return tr("Usage: eipdesk settle [--profile NAME] [--no-wait]\n"
              "  Concludes the operations earlier runs left unfinished (a command that was "
              "killed, a window that quit while a task ran): reads each task or address and "
              "records the outcome in the journal. Operations another running EIP Desk follows "
              "are left to it.\n"
              "  --profile NAME  only this profile's operations (default: every profile)\n"
              "  --no-wait       give up after %1 seconds; what is still running stays for "
              "the next command\n"
              "Exit status: 0 nothing is left unfinished, 1 something is still running, "
              "undecided or could not be reached, 2 usage error.")
        .arg(NoWaitMs / 1000);
}

int SettleCommand::run(QStringList args) {
    if (!args.isEmpty() && args.first() == QLatin1String("settle"))
        args.removeFirst();
    QString profile;
    bool noWait = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--no-wait")) {
            noWait = true;
        } else if (a == QLatin1String("--profile") && i + 1 < args.size()) {
            profile = args.at(++i);
        } else if (a.startsWith(QLatin1String("--profile="))) {
            profile = a.mid(10);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << usageText() << Qt::endl;
            return 0;
        } else {
            m_err << tr("Unknown argument \"%1\".").arg(a) << Qt::endl << usageText() << Qt::endl;
            return 2;
        }
    }
    CliResources resources(m_ctx, m_err);
    if (!profile.isEmpty() && !resources.findProfile(profile).isValid())
        return 1;
    Journal journal(resources.context().clock);
    journal.setProgram(QStringLiteral("eipdesk settle"));
    if (!journal.open(resources.context().journalPath)) {
        m_err << tr("The journal could not be opened: %1").arg(journal.lastError()) << Qt::endl;
        return 1;
    }
    const PendingSettler::Summary s =
        PendingSettler(&resources, m_out, m_err)
            .settle(&journal, profile, nullptr, noWait ? NoWaitMs : 0);
    if (s.found == 0) {
        m_out << tr("Nothing to settle: no operation is left unfinished.") << Qt::endl;
        return 0;
    }
    m_out << tr("Settled: %1. Still running on the server or undecided: %2. Could not be "
                "reached: %3.")
                 .arg(s.concluded)
                 .arg(s.stillPending)
                 .arg(s.unreachable)
          << Qt::endl;
    return s.stillPending == 0 && s.unreachable == 0 ? 0 : 1;
}

} // namespace eipdesk
