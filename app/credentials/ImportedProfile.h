// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "credentials/Profile.h"

namespace eipdesk {

// One account read from a plain-text source, not saved yet. profile.id is empty;
// profile.name is a suggestion (the source's profile or section name).
struct ImportedProfile {
    Profile profile;
    Credentials credentials; // memory only until written to the credential store
};

} // namespace eipdesk
