// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "ops/ErrorExplanation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace eipdesk {

// Every error code we can meet, each with a short title, its meaning and the next step
// (English source strings, translated through the "ErrorCatalog" context): the codes of
// DisassociateAddress (spec §5.1), of the other actions we call (§4.3-4.7), the common codes
// (§5.2), the client's synthetic ClientError.* codes and EIP Desk's own EipDesk.* codes.
// An unknown code falls back to its family ("InternalError.Foo" -> "InternalError") or to a
// generic entry; the explanation always keeps the code, the server's message and the RequestId.
class ErrorCatalog {
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)
public:
    struct Entry {
        const char* code;
        const char* title;
        const char* meaning;
        const char* nextStep;
    };

    static ErrorExplanation explain(const ApiError& error);
    static ErrorExplanation explain(const QString& code, const QString& serverMessage = {},
                                    const QString& requestId = {});
    static QStringList codes(); // every code in the catalog, in catalog order
    static bool contains(const QString& code);
    // Worth retrying after a delay: transport problems, rate limits, busy or unavailable
    // resources (spec §5.3). Decided by RetryPolicy, the same rule the client retries by.
    static bool isTransient(const ApiError& error);
    // Whether the client itself sends the request again after this error (so a message may
    // say "retries by itself" only when this is true for the request that failed).
    static bool clientRetries(const ApiError& error, bool idempotent);

    // EIP Desk's own codes (not from the server).
    static QString addressChangedCode() { return QStringLiteral("EipDesk.AddressChanged"); }
    static QString addressGoneCode() { return QStringLiteral("EipDesk.AddressGone"); }
    static QString notHappenedCode() { return QStringLiteral("EipDesk.NotHappened"); }
    static QString bindNotHappenedCode() { return QStringLiteral("EipDesk.BindNotHappened"); }
    static QString interruptedCode() { return QStringLiteral("EipDesk.Interrupted"); }
    static QString stillRunningCode() { return QStringLiteral("EipDesk.StillRunning"); }
    static QString noSessionCode() { return QStringLiteral("EipDesk.NoSession"); }
    static QString claimedElsewhereCode() { return QStringLiteral("EipDesk.ClaimedElsewhere"); }
    static QString journalFailedCode() { return QStringLiteral("EipDesk.JournalFailed"); }
    static QString taskFailedCode() { return QStringLiteral("FailedOperation.TaskFailed"); }

private:
    static const QList<Entry>& actionEntries(); // ErrorCatalogActionCodes.cpp
    static const QList<Entry>& commonEntries(); // ErrorCatalogCommonCodes.cpp
    static const Entry* find(const QString& code);
};

} // namespace eipdesk
