// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/OperationState.h"

#include <QCoreApplication>

namespace eipdesk::OperationStates {

namespace {
struct Row {
    OperationState state;
    const char* name;
    const char* display;
};
const Row kRows[] = {
    {OperationState::Queued, "queued", QT_TRANSLATE_NOOP("OperationState", "Queued")},
    {OperationState::Checking, "checking", QT_TRANSLATE_NOOP("OperationState", "Checking")},
    {OperationState::Sending, "sending", QT_TRANSLATE_NOOP("OperationState", "Sending")},
    {OperationState::Running, "running", QT_TRANSLATE_NOOP("OperationState", "Running")},
    {OperationState::Succeeded, "succeeded", QT_TRANSLATE_NOOP("OperationState", "Succeeded")},
    {OperationState::Failed, "failed", QT_TRANSLATE_NOOP("OperationState", "Failed")},
    {OperationState::Skipped, "skipped", QT_TRANSLATE_NOOP("OperationState", "Skipped")},
    {OperationState::Canceled, "canceled", QT_TRANSLATE_NOOP("OperationState", "Canceled")},
    {OperationState::Unknown, "unknown", QT_TRANSLATE_NOOP("OperationState", "Outcome unknown")},
    {OperationState::StillRunning, "still-running",
     QT_TRANSLATE_NOOP("OperationState", "Still running on the server")},
};
} // namespace

QString name(OperationState state) {
    for (const Row& r : kRows)
        if (r.state == state)
            return QLatin1String(r.name);
    return QStringLiteral("unknown");
}

OperationState fromName(const QString& name, bool* ok) {
    for (const Row& r : kRows) {
        if (name == QLatin1String(r.name)) {
            if (ok)
                *ok = true;
            return r.state;
        }
    }
    if (ok)
        *ok = false;
    return OperationState::Unknown;
}

QString displayName(OperationState state) {
    for (const Row& r : kRows)
        if (r.state == state)
            return QCoreApplication::translate("OperationState", r.display);
    return {};
}

bool isFinal(OperationState state) {
    return state == OperationState::Succeeded || state == OperationState::Failed ||
           state == OperationState::Skipped || state == OperationState::Canceled;
}

bool needsResume(OperationState state) {
    return state == OperationState::Sending || state == OperationState::Running ||
           state == OperationState::Unknown || state == OperationState::StillRunning;
}

} // namespace eipdesk::OperationStates
