// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ItemBackground.h"

#include <QStyle>
#include <QStyleOptionViewItem>

namespace eipdesk {

namespace {

// The styles whose item view cells are QCommonStyle's CE_ItemViewItem / PE_PanelItemViewItem
// (QStyleFactory names them in lower case). A style sheet style is never one of them.
bool commonItemDrawing(const QStyle* style) {
    if (!style || style->inherits("QStyleSheetStyle") || style->inherits("QProxyStyle"))
        return false;
    const QString name = style->name();
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
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
