// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>

namespace eipdesk {

class SystemClock : public Clock {
public:
    SystemClock();
    qint64 nowMSecs() const override;
    qint64 monotonicMSecs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace eipdesk
