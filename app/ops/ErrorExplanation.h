// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace eipdesk {

// A translated, user-facing explanation of one error: what the catalog says about the code,
// plus what the server said (its Message, never parsed) and the RequestId to quote to support.
struct ErrorExplanation {
    QString code;           // as received, e.g. "OperationDenied.MutexTaskRunning"
    QString title;          // short, translated
    QString meaning;        // what it means, translated
    QString nextStep;       // what to do next, translated
    QString serverMessage;  // the server's Message (or the client's technical text), verbatim
    QString requestId;      // empty when the request never reached the server
    bool known = false;     // the exact code is in the catalog
    bool transient = false; // worth another attempt later (RetryPolicy::isTransient)

    bool isEmpty() const { return code.isEmpty(); }
    // "Title (Code)"
    QString headline() const;
    // Several lines for the clipboard and tooltips: title, code, meaning, next step, message,
    // RequestId. Never contains secrets (nothing here ever sees them).
    QString detailsText() const;
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::ErrorExplanation)
