// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <memory>

namespace eipdesk {

// The address table's view: a QTableView that looks the same, pixel for pixel, but fills its
// solid grid lines as one-pixel rectangles instead of stroking them. Qt's raster engine strokes
// a vertical line as one span per pixel row and hands long span lists to its GUI thread pool,
// so each column's line became a dozen pool tasks and a wait at every repaint (issue 16: a
// filter keystroke repaints the whole viewport). The grid keeps its place in the layout (the
// view's own pen is NoPen); only solid lines are supported, as the stock default. With Fusion,
// its scroll bars copy their groove from a pixmap (ScrollBarGrooveStyle). A relayout repaints
// the scroll bars only when they move, show or change (QuietBarRelayout). The vertical bar is
// always shown, so a search that makes the rows fit or overflow changes no layout.
class ScrollBarGrooveStyle;

class AddressTableView : public QTableView {
    Q_OBJECT
public:
    explicit AddressTableView(QWidget* parent = nullptr);
    ~AddressTableView() override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void updateGeometries() override;
    bool event(QEvent* event) override;

private:
    class QuietBarRelayout;
    void paintGrid(QPainter* painter, QRect dirty) const;
    void updateScrollBarStyle();

    std::unique_ptr<ScrollBarGrooveStyle> m_scrollBarStyle; // outlives the bars' use (destructor)
};

} // namespace eipdesk
