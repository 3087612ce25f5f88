// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace eipdesk {

// Registers the compiled-in icons (a static library's resources must be initialised by hand).
// Safe to call more than once.
void initUiResources();

} // namespace eipdesk
