// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"

#include <QList>

#include <functional>
#include <memory>

namespace eipdesk {

// Runs credential-store jobs one after the other; stops at the first failure.
class AsyncSteps {
public:
    using Step = std::function<void(CredentialStore::Callback next)>;
    using Done = std::function<void(const CredentialStore::Result& result, int failedStep)>;

    static void run(QList<Step> steps, Done done);
};

} // namespace eipdesk
