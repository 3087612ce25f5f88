// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace eipdesk {

// Paints the status column as coloured, rounded badges: "Blocked" and "In arrears" first in
// their own colours, then the status (neutral when one of those is shown). The badge carries its
// own background and a text colour picked for contrast, so it stays readable in light and dark
// palettes. Each badge is drawn once into a pixmap (per label, colour, size, font and
// resolution) and copied from there at every repaint.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // A wire status, or "blocked" / "arrears" (AddressTableModel::BadgesRole keys).
    static QColor badgeColor(const QString& badgeKey);
    static QColor neutralColor(); // the status badge of a blocked or in-arrears EIP
    static QString badgeText(const QString& badgeKey);
    static QColor textColorOn(const QColor& background);
    // The width a cell needs to show these badges whole (BadgesRole keys, in order).
    static int cellWidth(const QFontMetrics& fm, const QStringList& badgeKeys);
    // The status column's opening width: "Blocked" or "In arrears" and the widest status, whole.
    static int columnWidth(const QFontMetrics& fm);

    // Off: every badge drawn afresh (the reference for the test that the copies look the same).
    void setPixmapCache(bool on) { m_cache = on; }

private:
    struct BadgeKey {
        QString label;
        QRgb background = 0;
        int width = 0;
        int height = 0;
        friend bool operator==(const BadgeKey& a, const BadgeKey& b) {
            return a.label == b.label && a.background == b.background && a.width == b.width &&
                   a.height == b.height;
        }
        friend size_t qHash(const BadgeKey& k, size_t seed = 0) {
            return qHashMulti(seed, k.label, k.background, k.width, k.height);
        }
    };
    static void drawBadge(QPainter* painter, const QRect& badge, const QColor& background,
                          const QString& label, int padX);
    void useFont(const QFont& font, qreal ratio) const;
    QPixmap badgePixmap(const QPainter* painter, const QSize& size, const QColor& background,
                        const QString& label, int padX) const;
    int labelAdvance(const QFontMetrics& fm, const QString& label) const;

    bool m_cache = true;
    // Painting is on the GUI thread only; the caches belong to the font and ratio below.
    mutable QFont m_font;
    mutable qreal m_ratio = 0;
    mutable QHash<BadgeKey, QPixmap> m_pixmaps;
    mutable QHash<QString, int> m_advances;
};

} // namespace eipdesk
