// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/MessageBanner.h"
#include "ui/UiResources.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace eipdesk {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this)) {
    initUiResources();
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_action->setVisible(false);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QToolButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clearMessage();
        emit closed();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& actionText) {
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyPalette();
    show();
}

void MessageBanner::clearMessage() {
    m_text->clear();
    hide();
}

QString MessageBanner::text() const {
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void MessageBanner::applyPalette() {
    // A tint of the system palette, so it follows light and dark themes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QColor tint = base.color(QPalette::Highlight);
    if (m_kind == Kind::Warning)
        tint = QColor(0xf9, 0xa8, 0x25);
    else if (m_kind == Kind::Error)
        tint = QColor(0xd3, 0x2f, 0x2f);
    QColor bg = base.color(QPalette::Window);
    const double a = 0.18;
    bg.setRgbF(bg.redF() * (1 - a) + tint.redF() * a, bg.greenF() * (1 - a) + tint.greenF() * a,
               bg.blueF() * (1 - a) + tint.blueF() * a);
    QPalette p = palette();
    p.setColor(QPalette::Window, bg);
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
}

} // namespace eipdesk
