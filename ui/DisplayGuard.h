// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace eipdesk {

// Starting the window without a display must not end in Qt's abort ("no Qt platform plugin
// could be initialized. Reinstalling the application may fix this problem", exit 134): that
// misleads a user who ran eipdesk from SSH or `sudo -i`. This says so in one line instead.
//  - hasDisplay() decides BEFORE QApplication exists, from the environment, whether a window
//    platform can start at all (Linux/BSD: X11 needs DISPLAY, Wayland WAYLAND_DISPLAY);
//  - the Guard, alive while QApplication is constructed, turns Qt's fatal "could not connect
//    to display" (DISPLAY set but unreachable) into the same line and exit code, and holds
//    back the qt.qpa warnings that precede it;
//  - quietHeadless() drops the offscreen plugin's "does not support propagateSizeHints()"
//    noise, which says nothing to the user of --smoke.
class DisplayGuard {
    Q_DECLARE_TR_FUNCTIONS(DisplayGuard)
public:
    static constexpr int kExitNoDisplay = 1;

    // platform: QT_QPA_PLATFORM ("" = Qt's default), e.g. "wayland;xcb".
    static bool hasDisplay(const QString& platform, const QString& display,
                           const QString& waylandDisplay);
    static bool hasDisplayInEnvironment();
    // The one line (translated when a translator is installed), without "eipdesk: ".
    static QString message();

    // Prints the line in the language of --lang/the preference and returns kExitNoDisplay.
    // Needs no QCoreApplication to exist yet (it makes one).
    static int reportNoDisplay(int argc, char* argv[]);

    // Installs a message filter for the lifetime of the object (construct it right before
    // QApplication, destroy it right after).
    class Guard {
    public:
        Guard();
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;
    };

    // From now on, drop the offscreen plugin's propagateSizeHints() warning.
    static void quietHeadless();
};

} // namespace eipdesk
