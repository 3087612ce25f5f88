// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/OperationState.h"

#include <QDate>
#include <QString>

#include <optional>

namespace eipdesk {

// What the History view asks the journal for. Empty members match everything.
struct JournalFilter {
    QString text; // substring of the EIP id, IP, region, profile, TaskId, RequestId or error code
    std::optional<OperationState> state;
    QDate from; // inclusive, UTC dates of startedAt
    QDate to;   // inclusive
    int limit = 10000;
};

} // namespace eipdesk
