// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

class QPainter;
class QStyle;
class QStyleOptionViewItem;
class QWidget;

namespace eipdesk {

// What QStyle::CE_ItemViewItem draws for a cell whose text the delegate draws itself (the
// option has no text, icon or check box): the selection, the item's background brush and the
// focus frame. The style call is skipped where it would draw nothing at all: with Fusion or
// Windows (both draw item view cells as QCommonStyle does: nothing for an unselected cell
// without background brush or focus; the row's alternate colour is the view's own
// PE_PanelItemViewRow, painted before the delegate). Any other style, a style sheet or a proxy
// style always gets the call. Saves the style's save/clip/sub-rectangle work and Fusion's
// palette colour derivations for most cells of a repaint (issue 16).
class ItemBackground {
public:
    // True when `option` (text, icon and check box already removed) draws nothing in `style`.
    static bool isBlank(const QStyleOptionViewItem& option, const QStyle* style);
    static void draw(QPainter* painter, const QStyleOptionViewItem& option, QStyle* style,
                     const QWidget* widget);
    // Whether `style` is Qt's style of that QStyleFactory name itself: not a style sheet, not a
    // proxy (whose drawing may differ). Shared with ScrollBarGrooveStyle.
    static bool isPlainStyle(const QStyle* style, QLatin1String name);
};

} // namespace eipdesk
