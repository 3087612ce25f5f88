// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlainTextDelegate.h"

#include <QApplication>
#include <QGlyphRun>
#include <QPainter>
#include <QStyle>

namespace eipdesk {

AsciiGlyphCache* PlainTextDelegate::cacheFor(const QFont& font) const {
    if (m_cache && m_cache->font() == font)
        return m_cache.get();
    // One cache per font for every delegate (painting is on the GUI thread only): a new table
    // or window starts with what the others measured. A handful of fonts at most.
    static QList<std::shared_ptr<AsciiGlyphCache>> shared;
    for (const auto& c : std::as_const(shared))
        if (c->font() == font)
            return (m_cache = c).get();
    if (shared.size() >= 8)
        shared.removeFirst();
    shared << std::make_shared<AsciiGlyphCache>(font);
    return (m_cache = shared.last()).get();
}

void PlainTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintFast(painter, opt)) {
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }
}

bool PlainTextDelegate::paintFast(QPainter* painter, const QStyleOptionViewItem& option) const {
    // What QCommonStyle's item view text needs beyond one left- or right-aligned line.
    constexpr auto kOther =
        QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    const Qt::Alignment horizontal = option.displayAlignment & Qt::AlignHorizontal_Mask;
    if ((option.features & kOther) || !option.showDecorationSelected ||
        option.direction != Qt::LeftToRight || option.text.isEmpty() ||
        (option.state & QStyle::State_Editing) ||
        (horizontal != Qt::AlignLeft && horizontal != Qt::AlignRight &&
         horizontal != Qt::AlignLeading && horizontal != Qt::AlignTrailing))
        return false;
    if (option.textElideMode != Qt::ElideRight && option.textElideMode != Qt::ElideNone)
        return false;
    AsciiGlyphCache* cache = cacheFor(option.font);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The text's rectangle as the style computes it: the whole cell (the decoration is shown
    // selected, and there is neither icon nor check box), less the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    QGlyphRun run;
    qreal width = 0;
    if (!cache->layout(option.text, &run, &width))
        return false;
    const bool elide = width > textRect.width() && option.textElideMode != Qt::ElideNone;
    const bool right = horizontal == Qt::AlignRight || horizontal == Qt::AlignTrailing;
    // A line that fits is the same wrapped or not; an elided one is drawn here left-aligned.
    if (elide && ((option.features & QStyleOptionViewItem::WrapText) || right ||
                  !cache->layoutElided(option.text, textRect.width(), &run)))
        return false;

    QStyleOptionViewItem opt = option;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay; // no text to measure
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // As QCommonStyle: the line's box is aligned in the text rectangle at the line's full
    // width, the text then aligned inside it.
    const QRect box =
        QStyle::alignedRect(option.direction, option.displayAlignment,
                            QSize(textRect.width(), int(cache->lineHeight())), textRect);
    qreal x = box.left();
    if (right)
        x += textRect.width() - width;
    QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawGlyphRun(QPointF(x, box.top() + cache->ascent()), run);
    painter->restore();
    return true;
}

} // namespace eipdesk
