// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// What to do next, said for the command line: the error catalog's next steps name the
// window's controls ("Retry failed", "Check again", the list, History); a command-line user
// gets the command to run instead. Everything else keeps the catalog's text.
class CliNextStep {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::CliNextStep)
public:
    // The command-line next step for `code`, or `catalogText` when it names nothing of the window.
    static QString forCode(const QString& code, const QString& catalogText);
};

} // namespace eipdesk
