// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FilterMenuButton.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace eipdesk {

FilterMenuButton::FilterMenuButton(QWidget* parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("filterButton"));
    setAccessibleName(tr("More filters"));
    setToolTip(tr("Blocked, in arrears, can be unbound now, bound resource"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    m_blocked = menu->addAction(tr("&Blocked"));
    m_arrears = menu->addAction(tr("In &arrears"));
    m_unbindable = menu->addAction(tr("Can be &unbound now"));
    m_unbindable->setToolTip(tr("Bound, not blocked, not changing state, not on a load balancer, "
                                "and not the only EIP of a NAT gateway"));
    for (QAction* a : {m_blocked, m_arrears, m_unbindable}) {
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this] {
            updateText();
            if (!m_showing)
                emit changed();
        });
    }
    QMenu* kinds = menu->addMenu(tr("Bound &to"));
    m_kinds = new QActionGroup(this);
    m_kinds->setExclusive(true);
    QAction* any = kinds->addAction(tr("Anything"));
    any->setData(QString());
    any->setCheckable(true);
    any->setChecked(true);
    m_kinds->addAction(any);
    kinds->addSeparator();
    for (const QString& key : AddressViewFilter::kindKeys()) {
        QAction* a = kinds->addAction(AddressViewFilter::kindText(key));
        a->setData(key);
        a->setCheckable(true);
        m_kinds->addAction(a);
    }
    connect(m_kinds, &QActionGroup::triggered, this, [this] {
        updateText();
        if (!m_showing)
            emit changed();
    });
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("&Clear these filters"));
    connect(clear, &QAction::triggered, this, [this] {
        AddressViewFilter none;
        showFilter(none);
        emit changed();
    });
    setMenu(menu);
    updateText();
}

bool FilterMenuButton::blockedOnly() const {
    return m_blocked->isChecked();
}

bool FilterMenuButton::arrearsOnly() const {
    return m_arrears->isChecked();
}

bool FilterMenuButton::unbindableOnly() const {
    return m_unbindable->isChecked();
}

QString FilterMenuButton::kind() const {
    QAction* a = m_kinds->checkedAction();
    return a ? a->data().toString() : QString();
}

QAction* FilterMenuButton::kindAction(const QString& key) const {
    for (QAction* a : m_kinds->actions())
        if (a->data().toString() == key)
            return a;
    return nullptr;
}

void FilterMenuButton::showFilter(const AddressViewFilter& f) {
    m_showing = true;
    m_blocked->setChecked(f.blocked);
    m_arrears->setChecked(f.arrears);
    m_unbindable->setChecked(f.unbindable);
    if (QAction* a = kindAction(f.kind))
        a->setChecked(true);
    m_showing = false;
    updateText();
}

void FilterMenuButton::updateText() {
    const int on =
        int(blockedOnly()) + int(arrearsOnly()) + int(unbindableOnly()) + int(!kind().isEmpty());
    setText(on == 0 ? tr("Filters") : tr("Filters (%1)").arg(on));
    setAccessibleDescription(on == 0 ? QString() : tr("%n filter(s) on", nullptr, on));
}

} // namespace eipdesk
