// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPixmap>
#include <QProxyStyle>
#include <QSize>

class QStyleOptionSlider;

namespace eipdesk {

// A proxy of the application's style for the address table's scroll bars: with Fusion, the
// scroll bar's groove (a gradient and two outlines the bar's full length, which Qt's raster
// engine fills through its GUI thread pool, a dozen tasks and a wait per repaint) is drawn once
// into a pixmap per size, palette and state and copied from there; the slider and the arrow
// buttons are drawn by the style as before. Every filter keystroke changes the vertical bar's
// range, so it repaints at every keystroke (issue 16). Its base is a Fusion style of its own;
// install it only where the widget's style is Fusion (isFusion()).
class ScrollBarGrooveStyle : public QProxyStyle {
    Q_OBJECT
public:
    ScrollBarGrooveStyle();

    // Whether `style` is plain Fusion (not a style sheet or another proxy).
    static bool isFusion(const QStyle* style);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;

private:
    QPixmap groove(const QStyleOptionSlider* option, const QPainter* painter,
                   const QWidget* widget) const;

    // What the groove is drawn from (built at every scroll bar repaint: no string).
    struct GrooveKey {
        QSize size;
        int state = 0;
        qint64 palette = 0;
        int direction = 0;
        qreal ratio = 1;
        friend bool operator==(const GrooveKey& a, const GrooveKey& b) {
            return a.size == b.size && a.state == b.state && a.palette == b.palette &&
                   a.direction == b.direction && a.ratio == b.ratio;
        }
        friend size_t qHash(const GrooveKey& k, size_t seed = 0) {
            return qHashMulti(seed, k.size.width(), k.size.height(), k.state, k.palette,
                              k.direction, k.ratio);
        }
    };
    mutable QHash<GrooveKey, QPixmap> m_grooves; // a few sizes and states; GUI thread only
};

} // namespace eipdesk
