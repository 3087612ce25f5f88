// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpsSandbox.h"
#include "ops/Journal.h"
#include "session/Session.h"

#include <QTemporaryDir>

namespace eipdesk::test {

// The app's wiring for one test: a journal file, a session whose account context talks to
// the ops sandbox, and the controller over it.
struct Desk {
    explicit Desk(OpsSandbox& sb, bool active = true)
        : dir()
        , journal(&sb.clock())
        , session(&sb.network(), &sb.clock()) {
        journal.open(dir.filePath(QStringLiteral("j.sqlite")));
        session.setJournal(&journal);
        if (active)
            activate(sb);
    }
    void activate(OpsSandbox& sb) {
        Profile p;
        p.id = QStringLiteral("sandbox");
        p.name = QStringLiteral("sandbox");
        p.isSandbox = true;
        EndpointConfig e;
        e.customEndpoint = sb.server().endpoint();
        e.regionOverrides = sb.server().regionEndpoints();
        session.activate(p, {sb.server().secretId(), sb.server().secretKey(), {}}, e);
    }
    QTemporaryDir dir; // first: the journal lives in it
    Journal journal;
    Session session;
};

} // namespace eipdesk::test
