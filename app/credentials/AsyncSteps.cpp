// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/AsyncSteps.h"

namespace eipdesk {

namespace {
struct State {
    QList<AsyncSteps::Step> steps;
    AsyncSteps::Done done;
    int index = 0;
};

void runNext(const std::shared_ptr<State>& state) {
    if (state->index >= state->steps.size()) {
        state->done(CredentialStore::Result{}, -1);
        return;
    }
    const int current = state->index++;
    state->steps.at(current)([state, current](const CredentialStore::Result& result) {
        if (!result.ok()) {
            state->done(result, current);
            return;
        }
        runNext(state);
    });
}
} // namespace

void AsyncSteps::run(QList<Step> steps, Done done) {
    auto state = std::make_shared<State>();
    state->steps = std::move(steps);
    state->done = std::move(done);
    runNext(state);
}

} // namespace eipdesk
