// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddressTableView.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include "ui/ScrollBarGrooveStyle.h"

namespace eipdesk {

AddressTableView::AddressTableView(QWidget* parent)
    : QTableView(parent) {
    setGridStyle(Qt::NoPen); // QTableView keeps the grid's pixel; paintGrid() fills it
    updateScrollBarStyle();
}

AddressTableView::~AddressTableView() {
    // The bars are deleted after this body (with the base class): off the proxy first.
    verticalScrollBar()->setStyle(nullptr);
    horizontalScrollBar()->setStyle(nullptr);
}

void AddressTableView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateScrollBarStyle();
}

void AddressTableView::updateScrollBarStyle() {
    const bool fusion = ScrollBarGrooveStyle::isFusion(style());
    if (fusion && !m_scrollBarStyle)
        m_scrollBarStyle = std::make_unique<ScrollBarGrooveStyle>();
    QStyle* barStyle = fusion ? m_scrollBarStyle.get() : nullptr;
    for (QScrollBar* bar : {verticalScrollBar(), horizontalScrollBar()})
        if (bar->style() != (barStyle ? barStyle : style()))
            bar->setStyle(barStyle);
}

void AddressTableView::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    if (!showGrid() || !model() || !itemDelegate() || horizontalHeader()->count() == 0 ||
        verticalHeader()->count() == 0)
        return;
    QPainter painter(viewport());
    for (const QRect& dirty : event->region())
        paintGrid(&painter, dirty);
}

// The lines QTableView::paintEvent draws for one dirty rectangle (without spans, which this
// table does not use): a horizontal line at the bottom of each shown row, a vertical one at the
// right (left, right to left) of each shown column, both over the dirty area cut to the
// sections' extent.
void AddressTableView::paintGrid(QPainter* painter, QRect dirty) const {
    const QHeaderView* rows = verticalHeader();
    const QHeaderView* columns = horizontalHeader();
    const bool rightToLeft = isRightToLeft();
    const int x = columns->length() - columns->offset() - (rightToLeft ? 0 : 1);
    const int y = rows->length() - rows->offset() - 1;
    dirty.setBottom(qMin(dirty.bottom(), y));
    if (rightToLeft)
        dirty.setLeft(qMax(dirty.left(), viewport()->width() - x));
    else
        dirty.setRight(qMin(dirty.right(), x));
    if (!dirty.isValid())
        return;
    int left = columns->visualIndexAt(dirty.left());
    int right = columns->visualIndexAt(dirty.right());
    if (rightToLeft)
        std::swap(left, right);
    if (left == -1)
        left = 0;
    if (right == -1)
        right = columns->count() - 1;
    int bottom = rows->visualIndexAt(dirty.bottom());
    if (bottom == -1)
        bottom = rows->count() - 1;
    const int top = rows->visualIndexAt(dirty.top());
    if (top == -1 || top > bottom)
        return;
    while (bottom > top && rows->isSectionHidden(rows->logicalIndex(bottom)))
        --bottom;

    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QColor color = QColor::fromRgba(
        static_cast<QRgb>(style()->styleHint(QStyle::SH_Table_GridLineColor, &option, this)));
    for (int visual = top; visual <= bottom; ++visual) {
        const int row = rows->logicalIndex(visual);
        if (rows->isSectionHidden(row))
            continue;
        const int lineY = rowViewportPosition(row) + rowHeight(row) - 1;
        painter->fillRect(QRect(dirty.left(), lineY, dirty.width(), 1), color);
    }
    for (int visual = left; visual <= right; ++visual) {
        const int column = columns->logicalIndex(visual);
        if (columns->isSectionHidden(column))
            continue;
        int lineX = columnViewportPosition(column);
        if (!rightToLeft)
            lineX += columnWidth(column) - 1;
        painter->fillRect(QRect(lineX, dirty.top(), 1, dirty.height()), color);
    }
}

} // namespace eipdesk
