// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace eipdesk {

// How far a load of one or more regions has come.
struct LoadProgress {
    Q_DECLARE_TR_FUNCTIONS(LoadProgress)
public:
    int regionsTotal = 0;
    int regionsDone = 0; // finished, with or without error
    int regionsFailed = 0;
    qint64 addresses = 0; // received so far
    qint64 expected = 0;  // announced so far: the TotalCount of each region's first page
    bool running = false;
    bool canceled = false;

    // "Region 7/20 — 4,200 EIPs" while running; a summary when done.
    QString text() const;
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::LoadProgress)
