// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk {

// Parses the command line, runs command-line verbs without a window, or starts the GUI.
int eipdeskMain(int argc, char* argv[]);

} // namespace eipdesk
