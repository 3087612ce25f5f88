// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QObject>

namespace eipdesk::test {

// Counts the paint events a widget receives (an event filter on it; the widget must outlive
// the counter or the counter be destroyed first).
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QObject* widget) { widget->installEventFilter(this); }
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override {
        paints += event->type() == QEvent::Paint;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace eipdesk::test
