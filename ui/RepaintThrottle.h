// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace eipdesk {

// Holds a widget's repaints, its children's included, to one per interval while it is active:
// after a paint of the widget or of any child it had when the throttle was made, the widget's
// updates (and so its children's) are off for the interval, then on again (Qt repaints it then,
// once, with whatever changed meanwhile). Off, the widget repaints as always; turning it off
// repaints at once what was held. The main window's table during a load: regions arrive every
// few milliseconds, each a full repaint of the table's viewport, scroll bar and header, which
// the load's own work waited behind (issue 16); ten pictures a second show the load as well.
class RepaintThrottle : public QObject {
    Q_OBJECT
public:
    RepaintThrottle(QWidget* target, int intervalMs, QObject* parent = nullptr);
    ~RepaintThrottle() override;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isHolding() const { return m_holding; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void hold();
    void release();

    QPointer<QWidget> m_target;
    QTimer m_release;
    bool m_active = false;
    bool m_holding = false;
    bool m_holdQueued = false;
};

} // namespace eipdesk
