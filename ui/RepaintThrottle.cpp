// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RepaintThrottle.h"

#include <QEvent>
#include <QWidget>

namespace eipdesk {

RepaintThrottle::RepaintThrottle(QWidget* target, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_target(target) {
    m_release.setSingleShot(true);
    m_release.setInterval(intervalMs);
    connect(&m_release, &QTimer::timeout, this, &RepaintThrottle::release);
    target->installEventFilter(this);
    for (QWidget* child : target->findChildren<QWidget*>())
        child->installEventFilter(this);
}

RepaintThrottle::~RepaintThrottle() {
    setActive(false);
}

void RepaintThrottle::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    if (!active)
        release(); // what was held, painted now
}

bool RepaintThrottle::eventFilter(QObject* watched, QEvent* event) {
    if (m_active && event->type() == QEvent::Paint && !m_holdQueued) {
        // After this paint (not during it): the widget's updates off for the interval.
        m_holdQueued = true;
        QMetaObject::invokeMethod(this, &RepaintThrottle::hold, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void RepaintThrottle::hold() {
    m_holdQueued = false;
    if (!m_active || m_holding || !m_target)
        return;
    m_holding = true;
    m_target->setUpdatesEnabled(false);
    m_release.start();
}

void RepaintThrottle::release() {
    m_release.stop();
    if (!m_holding)
        return;
    m_holding = false;
    if (m_target)
        m_target->setUpdatesEnabled(true); // repaints it, once
}

} // namespace eipdesk
