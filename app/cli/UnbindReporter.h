// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/OperationItem.h"
#include "ops/OperationState.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

class QTextStream;

namespace eipdesk {

class OperationQueue;
struct ClaimHolder;

// Prints one line per state change of the queue's items: progress on `out`
// ("eip-… 43.0.0.1: Running (TaskId 61532412)"), problems on `err` with the catalog's title,
// code, next step and the RequestId. Translated; never prints a secret (nothing here sees one).
class UnbindReporter {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::UnbindReporter)
public:
    UnbindReporter(QTextStream& out, QTextStream& err);

    void watch(OperationQueue* queue);
    void setPrefix(const QString& prefix) { m_prefix = prefix; } // before every line
    void report(const OperationItem& item); // prints when the state changed since the last line

    static QString label(const Address& address);              // "eip-… 43.0.0.1"
    static QString problemText(const ErrorExplanation& error); // title (code). next step …
    static QString stateLine(const OperationItem& item);       // one line, no newline
    // "instance ins-…" or "network interface eni-… private IP 10.0.0.2".
    static QString targetText(const OperationTarget& target);
    // Where an EIP is or was bound, as people know it: "instance ins-… (private IP …)", or the
    // network interface and private IP when no instance.
    static QString boundText(const QString& instanceId, const QString& eniId,
                             const QString& privateIp);
    // What the item does now: "bind to …", for a move "step 2 of 2: bind to …"; empty for an
    // unbind.
    static QString stepText(const OperationItem& item);
    static bool isProblem(OperationState state);
    // "Another EIP Desk is working on it: window (process 12 on host) since …"
    static QString claimedText(const ClaimHolder& holder);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QHash<qint64, QPair<OperationState, int>> m_printed; // state and step last printed
    QString m_prefix;
};

} // namespace eipdesk
