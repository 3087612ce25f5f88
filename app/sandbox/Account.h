// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk::sandbox {

// An API key pair the emulator accepts. With a token the key is temporary: every request
// must carry that exact token (X-TC-Token or Token).
struct Account {
    QString secretId;
    QString secretKey;
    QString token;
};

} // namespace eipdesk::sandbox
