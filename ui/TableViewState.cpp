// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TableViewState.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace eipdesk {

TableViewState::TableViewState(QHeaderView* header, const QString& key, QObject* parent)
    : QObject(parent)
    , m_header(header)
    , m_key(key) {
    auto persist = [this] {
        if (!m_restoring)
            save();
    };
    connect(header, &QHeaderView::sectionMoved, this, persist);
    connect(header, &QHeaderView::sectionResized, this, persist);
    connect(header, &QHeaderView::sortIndicatorChanged, this, persist);
}

void TableViewState::setKey(const QString& key, const std::function<void()>& applyDefaults) {
    m_key = key;
    if (!QSettings().contains(m_key)) {
        m_restoring = true;
        if (applyDefaults)
            applyDefaults();
        m_restoring = false;
        return;
    }
    restore();
}

void TableViewState::restore() {
    const QByteArray state = QSettings().value(m_key).toByteArray();
    if (state.isEmpty())
        return;
    m_restoring = true;
    m_header->restoreState(state);
    m_restoring = false;
}

void TableViewState::save() const {
    QSettings().setValue(m_key, m_header->saveState());
}

void TableViewState::populateColumnsMenu(QMenu* menu) {
    menu->clear();
    QAbstractItemModel* model = m_header->model();
    if (!model)
        return;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString title = model->headerData(logical, Qt::Horizontal).toString();
        QAction* a = menu->addAction(title);
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        connect(a, &QAction::toggled, this, [this, logical](bool shown) {
            // Keep at least one column visible.
            if (!shown && m_header->count() - m_header->hiddenSectionCount() <= 1)
                return;
            m_header->setSectionHidden(logical, !shown);
            save();
        });
    }
}

} // namespace eipdesk
