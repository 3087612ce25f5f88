// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliContext.h"
#include "core/Address.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTextStream;

namespace eipdesk {

class Clock;
class CredentialStore;
class ProfileStore;
class CliResources;
class Journal;
class Session;
class UnbindArguments;
class OperationQueue;
struct Profile;

// The implementation of `eipdesk unbind` (see CliCommands.h): profile and secret through
// SecretResolver, the API through a Session, the targets through DescribeAddresses, the
// confirmation, then the window's own OperationQueue (pre-flight re-read, NAT path, lost-reply
// reconciliation, task watching, journal). Runs its own event loop; no widgets.
class UnbindCommand {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::UnbindCommand)
public:
    UnbindCommand(const CliContext& context, QTextStream& out, QTextStream& err);
    ~UnbindCommand();
    int run(QStringList args);

private:
    int usage(const QString& problem);
    QList<Address> resolveTargets(Session* session, const Journal* journal, const QString& profile,
                                  const QString& region, const QStringList& targets, int* refused);
    bool showPlan(const Profile& profile, const QString& region, const QList<Address>& addresses,
                  bool reallocate, Session* session);
    int execute(Session* session, Journal* journal, const Profile& profile,
                const QList<Address>& addresses, const UnbindArguments& args, int refused);

    std::unique_ptr<CliResources> m_res;
    const CliContext& m_ctx; // m_res's, completed
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace eipdesk
