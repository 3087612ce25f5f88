// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

namespace eipdesk {
Clock::~Clock() = default;
} // namespace eipdesk
