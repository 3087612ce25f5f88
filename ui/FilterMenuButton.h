// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/AddressViewFilter.h"

#include <QToolButton>

class QAction;
class QActionGroup;

namespace eipdesk {

// The toolbar's "Filters" button: a menu with the conditions an administrator looks for
// (blocked, in arrears, can be unbound now) and the kind of resource an EIP is bound to. Its
// text counts the filters that are on, so a narrowed list never goes unnoticed.
class FilterMenuButton : public QToolButton {
    Q_OBJECT
public:
    explicit FilterMenuButton(QWidget* parent = nullptr);

    bool blockedOnly() const;
    bool arrearsOnly() const;
    bool unbindableOnly() const;
    QString kind() const; // AddressViewFilter::kindKey(), or ""
    void
    showFilter(const AddressViewFilter& filter); // reflects a filter without emitting changed()

    QAction* blockedAction() const { return m_blocked; }
    QAction* arrearsAction() const { return m_arrears; }
    QAction* unbindableAction() const { return m_unbindable; }
    QAction* kindAction(const QString& kindKey) const; // "" for "anything"

signals:
    void changed();

private:
    void updateText();

    QAction* m_blocked;
    QAction* m_arrears;
    QAction* m_unbindable;
    QActionGroup* m_kinds;
    bool m_showing = false;
};

} // namespace eipdesk
