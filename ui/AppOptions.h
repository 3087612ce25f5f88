// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// What the command line asked the GUI to do.
struct AppOptions {
    bool sandbox = false;
    int sandboxAddresses = 2000;
    int sandboxRegions = 20;
    int sandboxLatencyMs = 0;
    QString profile;             // --profile NAME
    QString region;              // --region ID: open on one region instead of the saved choice
    QString language;            // "en" / "zh_CN", already resolved
    bool smoke = false;          // load everything, print a summary, exit
    QString screenshot;          // save the window to this PNG once loaded (implies exit)
    bool quitAfterShown = false; // print "shown" as soon as the window is up, exit
    int smokeTimeoutMs = 120000;
};

} // namespace eipdesk
