// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainToolBar.h"

#include "core/AddressStatus.h"
#include "inventory/AddressColumn.h"
#include "inventory/AddressText.h"
#include "inventory/AddressViewFilter.h"
#include "ui/FilterMenuButton.h"
#include "ui/MainActions.h"
#include "ui/RegionSelector.h"
#include "ui/SavedViewsButton.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace eipdesk {

namespace {
// Toolbar buttons show QAction::iconText(), which Qt derives from the menu text by removing
// '&' only: a zh_CN accelerator suffix "解绑(&U)…" would show as "解绑(U)…". Give the button
// the text without accelerator and ellipsis.
QAction* withToolBarText(QAction* action) {
    static const QRegularExpression suffix(QStringLiteral("\\(&[^()]\\)"));
    QString text = action->text();
    text.remove(suffix);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QChar(0x2026)).remove(QStringLiteral("..."));
    action->setIconText(text.trimmed());
    return action;
}
} // namespace

MainToolBar::MainToolBar(MainActions* actions, QWidget* parent)
    : QToolBar(tr("Main toolbar"), parent)
    , m_actions(actions)
    , m_unbind(actions->unbindPlaceholder)
    , m_profile(new QComboBox(this))
    , m_region(new RegionSelector(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_filters(new FilterMenuButton(this))
    , m_views(new SavedViewsButton(this)) {
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_profile->setObjectName(QStringLiteral("profileSelector"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("Profile (Ctrl+Shift+P)"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profile->setMinimumContentsLength(10);

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search IP, ID, name, instance, private IP, tags (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->installEventFilter(this);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Bound (any)"), QStringLiteral("bound"));
    m_status->addItem(tr("In transition"), QStringLiteral("transitional"));
    for (const QString& s : AddressStatus::all())
        m_status->addItem(AddressColumns::statusText(s), s);

    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Type filter"));
    setAddressTypes({});

    addAction(withToolBarText(actions->manageProfiles));
    addWidget(m_profile);
    addWidget(m_region);
    addAction(withToolBarText(actions->refresh));
    addSeparator();
    addWidget(m_search);
    addWidget(m_status);
    addWidget(m_type);
    addWidget(m_filters);
    addWidget(m_views);
    addSeparator();
    addAction(withToolBarText(m_unbind));
}

void MainToolBar::replaceUnbindAction(QAction* unbind) {
    if (!unbind || unbind == m_unbind)
        return;
    insertAction(m_unbind, withToolBarText(unbind));
    removeAction(m_unbind);
    m_unbind = unbind;
}

void MainToolBar::addAfterUnbind(const QList<QAction*>& actions) {
    const QList<QAction*> items = this->actions();
    const qsizetype at = items.indexOf(m_unbind);
    QAction* before = at >= 0 && at + 1 < items.size() ? items.at(at + 1) : nullptr;
    for (QAction* a : actions)
        insertAction(before, withToolBarText(a));
}

void MainToolBar::setAddressTypes(const QStringList& types) {
    const QString current = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("Any type"), QString());
    for (const QString& t : types) {
        m_type->addItem(AddressText::addressTypeText(t), t);
        m_type->setItemData(m_type->count() - 1, t, Qt::ToolTipRole);
    }
    const int idx = m_type->findData(current);
    m_type->setCurrentIndex(idx >= 0 ? idx : 0);
}

} // namespace eipdesk

namespace eipdesk {

void MainToolBar::showFilter(const AddressViewFilter& f) {
    {
        const QSignalBlocker b1(m_status);
        const QSignalBlocker b2(m_type);
        m_status->setCurrentIndex(qMax(0, m_status->findData(f.status)));
        const int t = m_type->findData(f.type);
        if (t < 0 && !f.type.isEmpty()) { // a type not loaded yet: keep it selectable
            m_type->addItem(AddressText::addressTypeText(f.type), f.type);
            m_type->setCurrentIndex(m_type->count() - 1);
        } else {
            m_type->setCurrentIndex(qMax(0, t));
        }
    }
    m_filters->showFilter(f);
    if (m_search->text() != f.search)
        m_search->setText(f.search);
}

bool MainToolBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit moveToResultsRequested();
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace eipdesk
