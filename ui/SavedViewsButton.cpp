// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SavedViewsButton.h"

#include "inventory/SavedViews.h"

#include <QInputDialog>
#include <QMenu>

namespace eipdesk {

SavedViewsButton::SavedViewsButton(QWidget* parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("savedViewsButton"));
    setText(tr("Views"));
    setAccessibleName(tr("Saved views"));
    setToolTip(tr("Saved filter sets: pick one, or save the current filters under a name"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &SavedViewsButton::rebuildMenu);
    m_prompt = [](QWidget* p) {
        return QInputDialog::getText(p, tr("Save view"), tr("Name of this filter set:")).trimmed();
    };
    rebuildMenu();
}

void SavedViewsButton::rebuildMenu() {
    QMenu* m = menu();
    m->clear();
    const QStringList names = SavedViews::names();
    if (names.isEmpty()) {
        QAction* none = m->addAction(tr("No saved views yet"));
        none->setEnabled(false);
    }
    for (const QString& name : names) {
        QAction* a = m->addAction(name);
        connect(a, &QAction::triggered, this, [this, name] { choose(name); });
    }
    m->addSeparator();
    QAction* save = m->addAction(tr("&Save current filters as…"));
    save->setObjectName(QStringLiteral("saveViewAction"));
    connect(save, &QAction::triggered, this, &SavedViewsButton::saveCurrent);
    if (!names.isEmpty()) {
        QMenu* del = m->addMenu(tr("&Delete"));
        for (const QString& name : names)
            connect(del->addAction(name), &QAction::triggered, this,
                    [name] { SavedViews::remove(name); });
    }
}

void SavedViewsButton::saveCurrent() {
    if (!m_source || !m_prompt)
        return;
    const QString name = m_prompt(window());
    if (name.isEmpty())
        return;
    SavedViews::save(name, m_source());
    rebuildMenu();
}

void SavedViewsButton::choose(const QString& name) {
    if (const auto f = SavedViews::load(name))
        emit viewChosen(*f);
}

} // namespace eipdesk
