// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddressTableView.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>

#include "ui/ScrollBarGrooveStyle.h"

namespace eipdesk {

AddressTableView::AddressTableView(QWidget* parent)
    : QTableView(parent) {
    setGridStyle(Qt::NoPen); // QTableView keeps the grid's pixel; paintGrid() fills it
    // Always there, with no handle when every row fits: a search that makes the rows fit (or no
    // longer fit) then leaves the view's width alone, instead of Qt hiding or showing the bar
    // and laying the whole table out again inside that keystroke.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
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

// QAbstractScrollArea lays its children out at every updateGeometries() (QTableView calls it at
// each layout change of its model: every filter keystroke), at every change of a scroll bar's
// range (a queued call) and at layout requests, and each time raises the horizontal scroll bar's
// container, then the vertical one's. Each raise that changes the stacking order marks the
// raised container dirty, so with both bars shown both were repainted every time, with the
// view's frame behind them, though no pixel changed: the two do not overlap. While such a
// relayout runs, the containers' own invalidation is off (the attribute set directly:
// re-enabling through setUpdatesEnabled() would repaint); whichever moved, resized, appeared or
// was hidden is repainted after. A bar whose range or value changes still repaints itself (it
// is the container's child). Overlapping bars (transient styles) are left to Qt.
class AddressTableView::QuietBarRelayout {
public:
    explicit QuietBarRelayout(QAbstractScrollArea* view)
        : m_view(view)
        , m_containers{view->horizontalScrollBar()->parentWidget(),
                       view->verticalScrollBar()->parentWidget()} {
        m_active = !overlap();
        for (int i = 0; m_active && i < 2; ++i) {
            QWidget* c = m_containers[i];
            m_before[i] = {c->geometry(), c->isVisible(), c->testAttribute(Qt::WA_UpdatesDisabled)};
            c->setAttribute(Qt::WA_UpdatesDisabled, true);
        }
    }
    ~QuietBarRelayout() {
        for (int i = 0; m_active && i < 2; ++i) {
            QWidget* c = m_containers[i];
            if (!c)
                continue; // deleted meanwhile
            c->setAttribute(Qt::WA_UpdatesDisabled, m_before[i].updatesDisabled);
            const bool changed =
                c->geometry() != m_before[i].geometry || c->isVisible() != m_before[i].visible;
            if (changed && !m_before[i].updatesDisabled)
                c->update();
        }
        if (m_active && overlap())
            m_view->update(); // they overlap now: as Qt stacked them
    }
    QuietBarRelayout(const QuietBarRelayout&) = delete;
    QuietBarRelayout& operator=(const QuietBarRelayout&) = delete;

private:
    bool overlap() const {
        return m_containers[0] && m_containers[1] && m_containers[0]->isVisible() &&
               m_containers[1]->isVisible() &&
               m_containers[0]->geometry().intersects(m_containers[1]->geometry());
    }

    struct State {
        QRect geometry;
        bool visible = false;
        bool updatesDisabled = false;
    };
    QAbstractScrollArea* const m_view; // its member function holds this guard on its stack
    QPointer<QWidget> m_containers[2];
    State m_before[2];
    bool m_active = false;
};

void AddressTableView::updateGeometries() {
    QuietBarRelayout quiet(this);
    QTableView::updateGeometries();
}

bool AddressTableView::event(QEvent* event) {
    if (event->type() != QEvent::MetaCall && event->type() != QEvent::LayoutRequest)
        return QTableView::event(event);
    QuietBarRelayout quiet(this);
    return QTableView::event(event);
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
