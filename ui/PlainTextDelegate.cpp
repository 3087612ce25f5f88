// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlainTextDelegate.h"

#include "ui/AsciiGlyphCache.h"
#include "ui/ItemBackground.h"
#include "ui/ShapedTextCache.h"

#include <QApplication>
#include <QGlyphRun>
#include <QPainter>
#include <QStyle>

namespace eipdesk {

// The caches of one font, shared by every delegate (painting is on the GUI thread only): a new
// table or window starts with what the others measured. A handful of fonts at most.
struct PlainTextDelegate::FontCaches {
    explicit FontCaches(const QFont& font)
        : ascii(font)
        , shaped(font) {}
    AsciiGlyphCache ascii;
    ShapedTextCache shaped;
};

PlainTextDelegate::PlainTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

PlainTextDelegate::~PlainTextDelegate() = default;

PlainTextDelegate::FontCaches* PlainTextDelegate::cachesFor(const QFont& font) const {
    if (m_caches && m_caches->ascii.font() == font)
        return m_caches.get();
    static QList<std::shared_ptr<FontCaches>> shared;
    for (const auto& c : std::as_const(shared))
        if (c->ascii.font() == font)
            return (m_caches = c).get();
    if (shared.size() >= 8)
        shared.removeFirst();
    shared << std::make_shared<FontCaches>(font);
    return (m_caches = shared.last()).get();
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
        option.direction != Qt::LeftToRight || (option.state & QStyle::State_Editing) ||
        (horizontal != Qt::AlignLeft && horizontal != Qt::AlignRight &&
         horizontal != Qt::AlignLeading && horizontal != Qt::AlignTrailing))
        return false;
    if (option.textElideMode != Qt::ElideRight && option.textElideMode != Qt::ElideNone)
        return false;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    if (option.text.isEmpty()) {
        // No text: the style's background (selection, focus) alone, as the standard path,
        // or nothing at all where the style would draw nothing.
        ItemBackground::draw(painter, option, style, widget);
        return true;
    }
    FontCaches* caches = cachesFor(option.font);
    // The text's rectangle as the style computes it: the whole cell (the decoration is shown
    // selected, and there is neither icon nor check box), less the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    const bool right = horizontal == Qt::AlignRight || horizontal == Qt::AlignTrailing;
    QList<QGlyphRun> runs;
    QRectF ink; // the glyphs' outlines around the first run's origin; empty: unknown
    qreal width = 0;
    qreal lineHeight = 0;
    qreal baseline = 0; // from the line's top to the runs' y = 0
    QGlyphRun run;
    if (caches->ascii.layout(option.text, &run, &width, &ink)) {
        const bool elide = width > textRect.width() && option.textElideMode != Qt::ElideNone;
        // A line that fits is the same wrapped or not; an elided one is drawn here left-aligned.
        if (elide && ((option.features & QStyleOptionViewItem::WrapText) || right ||
                      !caches->ascii.layoutElided(option.text, textRect.width(), &run, &ink)))
            return false;
        runs << run;
        lineHeight = caches->ascii.lineHeight();
        baseline = caches->ascii.ascent();
    } else {
        // Other text as Qt laid it out the last time it was shown, when it fits.
        const ShapedTextCache::Line* line = caches->shaped.line(option.text);
        if (!line || line->width > textRect.width())
            return false;
        runs = line->runs;
        width = line->width;
        lineHeight = line->height;
    }

    QStyleOptionViewItem opt = option;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay; // no text to measure
    ItemBackground::draw(painter, opt, style, widget);

    // As QCommonStyle: the line's box is aligned in the text rectangle at the line's full
    // width, the text then aligned inside it.
    const QRect box = QStyle::alignedRect(option.direction, option.displayAlignment,
                                          QSize(textRect.width(), int(lineHeight)), textRect);
    qreal x = box.left();
    if (right)
        x += textRect.width() - width;
    QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor color = option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    const QPointF origin(x, box.top() + baseline);
    // The style clips the text to the cell. Where every outline lies two pixels inside it (the
    // antialiasing's and the hinting's reach), the clip changes no pixel and costs a painter
    // state per cell.
    if (!ink.isEmpty() &&
        QRectF(option.rect).contains(ink.translated(origin).adjusted(-2, -2, 2, 2)) &&
        !painter->hasClipping()) {
        const QPen pen = painter->pen();
        painter->setPen(color);
        painter->drawGlyphRun(origin, run);
        painter->setPen(pen);
        return true;
    }
    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(color);
    for (const QGlyphRun& r : std::as_const(runs))
        painter->drawGlyphRun(origin, r);
    painter->restore();
    return true;
}

} // namespace eipdesk
