// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LoadProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace eipdesk {

LoadProgressWidget::LoadProgressWidget(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("loadProgress"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Loading progress"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel loading (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);
    hide();
}

void LoadProgressWidget::setProgress(const LoadProgress& p) {
    m_label->setText(p.text());
    // QProgressBar::setValue repaints on the spot whenever the bar's look changes: a paint on
    // the window's thread at every region of a load. With updates off that repaint does
    // nothing, and turning them on again asks for a paint with the window's next one. Most
    // progress (a page) leaves the bar as it is.
    const int maximum = qMax(1, p.regionsTotal);
    if (m_bar->maximum() != maximum || m_bar->value() != p.regionsDone) {
        m_bar->setUpdatesEnabled(false);
        m_bar->setRange(0, maximum);
        m_bar->setValue(p.regionsDone);
        m_bar->setUpdatesEnabled(true);
    }
    m_bar->setVisible(p.running);
    m_cancel->setVisible(p.running);
    setVisible(p.running || p.regionsTotal > 0);
}

QString LoadProgressWidget::text() const {
    return m_label->text();
}

} // namespace eipdesk
