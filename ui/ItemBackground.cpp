// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ItemBackground.h"

#include <QStyle>
#include <QStyleOptionViewItem>

namespace eipdesk {

bool ItemBackground::isPlainStyle(const QStyle* style, QLatin1String name) {
    return style && !style->inherits("QStyleSheetStyle") && !style->inherits("QProxyStyle") &&
           style->name().compare(name, Qt::CaseInsensitive) == 0;
}

namespace {

// The styles whose item view cells are QCommonStyle's CE_ItemViewItem / PE_PanelItemViewItem.
bool commonItemDrawing(const QStyle* style) {
    return ItemBackground::isPlainStyle(style, QLatin1String("fusion")) ||
           ItemBackground::isPlainStyle(style, QLatin1String("windows"));
}

} // namespace

bool ItemBackground::isBlank(const QStyleOptionViewItem& option, const QStyle* style) {
    // With neither text nor selection, HasDisplay changes no pixel (it only places the text and
    // the partial selection of a view that does not select the decoration).
    constexpr auto kContent =
        QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    return commonItemDrawing(style) && option.text.isEmpty() && !(option.features & kContent) &&
           !(option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) &&
           option.backgroundBrush.style() == Qt::NoBrush;
}

void ItemBackground::draw(QPainter* painter, const QStyleOptionViewItem& option, QStyle* style,
                          const QWidget* widget) {
    if (!isBlank(option, style))
        style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
}

} // namespace eipdesk
