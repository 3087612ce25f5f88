// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>

namespace eipdesk {

// Runs an async job to completion with a local event loop: `start` gets the callback that
// receives the job's result. For the command-line verbs, which have no window to keep alive.
template <typename Result, typename Start> Result waitFor(Start start) {
    QEventLoop loop;
    Result result{};
    bool done = false;
    start([&](const Result& r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace eipdesk
