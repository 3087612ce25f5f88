// SPDX-License-Identifier: GPL-3.0-or-later
// The eipdesk executable: all work happens in the libraries.
#include "ui/EipDeskMain.h"

int main(int argc, char* argv[]) {
    return eipdesk::eipdeskMain(argc, argv);
}
