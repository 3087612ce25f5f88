// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UiResources.h"

#include <QtGlobal>

static void initEipdeskResources() {
    Q_INIT_RESOURCE(resources);
}

namespace eipdesk {

void initUiResources() {
    static bool done = false;
    if (!done) {
        initEipdeskResources();
        done = true;
    }
}

} // namespace eipdesk
