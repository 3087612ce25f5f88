// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ScrollBarGrooveStyle.h"

#include "ui/ItemBackground.h"

#include <QPaintDevice>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionSlider>

namespace eipdesk {

namespace {

// Fusion draws the groove from the bar's rectangle, palette and state only (not from the
// slider's position), over the whole bar, before the slider and the buttons. A transient
// (overlay) bar draws its groove only while active: never cached.
bool cachesGroove(const QStyle* base, const QStyleOptionComplex* option, const QWidget* widget) {
    return ScrollBarGrooveStyle::isFusion(base) &&
           (option->subControls & QStyle::SC_ScrollBarGroove) &&
           !base->styleHint(QStyle::SH_ScrollBar_Transient, option, widget) &&
           !option->rect.isEmpty();
}

} // namespace

ScrollBarGrooveStyle::ScrollBarGrooveStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("fusion"))) {}

bool ScrollBarGrooveStyle::isFusion(const QStyle* style) {
    return ItemBackground::isPlainStyle(style, QLatin1String("fusion"));
}

QPixmap ScrollBarGrooveStyle::groove(const QStyleOptionSlider* option, const QPainter* painter,
                                     const QWidget* widget) const {
    const qreal ratio = painter->device()->devicePixelRatioF();
    constexpr auto kDrawn =
        QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Horizontal | QStyle::State_On;
    const GrooveKey key{option->rect.size(), int(option->state & kDrawn),
                        option->palette.cacheKey(), int(option->direction), ratio};
    auto it = m_grooves.constFind(key);
    if (it != m_grooves.cend())
        return *it;
    if (m_grooves.size() >= 16)
        m_grooves.clear();
    QPixmap pixmap(option->rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        QStyleOptionSlider opt = *option;
        opt.rect.moveTo(0, 0);
        opt.subControls = QStyle::SC_ScrollBarGroove;
        opt.activeSubControls = QStyle::SC_None;
        baseStyle()->drawComplexControl(CC_ScrollBar, &opt, &p, widget);
    }
    m_grooves.insert(key, pixmap);
    return pixmap;
}

void ScrollBarGrooveStyle::drawComplexControl(ComplexControl control,
                                              const QStyleOptionComplex* option, QPainter* painter,
                                              const QWidget* widget) const {
    const auto* slider = qstyleoption_cast<const QStyleOptionSlider*>(option);
    if (control != CC_ScrollBar || !slider || !cachesGroove(baseStyle(), option, widget) ||
        painter->transform().type() > QTransform::TxTranslate) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    painter->drawPixmap(option->rect.topLeft(), groove(slider, painter, widget));
    QStyleOptionSlider opt = *slider;
    opt.subControls &= ~QStyle::SC_ScrollBarGroove;
    QProxyStyle::drawComplexControl(control, &opt, painter, widget);
}

} // namespace eipdesk
