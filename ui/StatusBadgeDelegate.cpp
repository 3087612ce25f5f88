// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusBadgeDelegate.h"

#include "core/AddressStatus.h"
#include "inventory/AddressColumn.h"
#include "ui/AddressTableModel.h"
#include "ui/ItemBackground.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace eipdesk {

QColor StatusBadgeDelegate::neutralColor() {
    return QColor(0x61, 0x6e, 0x7a); // slate
}

QColor StatusBadgeDelegate::badgeColor(const QString& s) {
    if (s == QLatin1String("blocked"))
        return QColor(0xb7, 0x1c, 0x1c); // deep red
    if (s == QLatin1String("arrears"))
        return QColor(0xe6, 0x51, 0x00); // deep orange
    if (s == QLatin1String(AddressStatus::Bind))
        return QColor(0x2e, 0x7d, 0x32); // green
    if (s == QLatin1String(AddressStatus::BindEni))
        return QColor(0x00, 0x79, 0x6b); // teal
    if (s == QLatin1String(AddressStatus::Unbind))
        return QColor(0x61, 0x6e, 0x7a); // slate
    if (s == QLatin1String(AddressStatus::Offlining))
        return QColor(0xc6, 0x28, 0x28); // red
    if (AddressStatus::isTransitional(s))
        return QColor(0xf9, 0xa8, 0x25); // amber
    return QColor(0x8e, 0x24, 0xaa);     // unknown: purple
}

QColor StatusBadgeDelegate::textColorOn(const QColor& bg) {
    const double luminance = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF();
    return luminance > 0.5 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QString StatusBadgeDelegate::badgeText(const QString& key) {
    if (key == QLatin1String("blocked"))
        return AddressColumns::blockedText();
    if (key == QLatin1String("arrears"))
        return AddressColumns::arrearsText();
    return AddressColumns::statusText(key);
}

namespace {
constexpr int kMargin = 3; // left and right of the badges in their cell
constexpr int kGap = 4;    // between two badges

int padding(const QFontMetrics& fm) {
    return fm.height() / 2; // left and right of a badge's label
}
} // namespace

int StatusBadgeDelegate::cellWidth(const QFontMetrics& fm, const QStringList& badgeKeys) {
    int width = 2 * kMargin + 1; // paint() keeps clear of the cell's last pixel column
    for (const QString& key : badgeKeys)
        width += fm.horizontalAdvance(badgeText(key)) + 2 * padding(fm) + kGap;
    return badgeKeys.isEmpty() ? width : width - kGap;
}

int StatusBadgeDelegate::columnWidth(const QFontMetrics& fm) {
    int widest = 0;
    const QStringList statuses = AddressStatus::all();
    for (const QString& condition : {QStringLiteral("blocked"), QStringLiteral("arrears")})
        for (const QString& status : statuses)
            widest = qMax(widest, cellWidth(fm, {condition, status}));
    return widest;
}

void StatusBadgeDelegate::drawBadge(QPainter* painter, const QRect& badge, const QColor& bg,
                                    const QString& label, int padX) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, bg);
    painter->setPen(textColorOn(bg));
    painter->drawText(
        badge, Qt::AlignCenter,
        painter->fontMetrics().elidedText(label, Qt::ElideRight, badge.width() - padX));
    painter->restore();
}

void StatusBadgeDelegate::useFont(const QFont& font, qreal ratio) const {
    if (m_font == font && m_ratio == ratio && m_pixmaps.size() <= 512 && m_advances.size() <= 256)
        return;
    // A handful of statuses and widths; anything more is a new font or resolution.
    m_pixmaps.clear();
    m_advances.clear();
    m_font = font;
    m_ratio = ratio;
}

QPixmap StatusBadgeDelegate::badgePixmap(const QPainter* painter, const QSize& size,
                                         const QColor& bg, const QString& label, int padX) const {
    const BadgeKey key{label, bg.rgba(), size.width(), size.height()};
    auto it = m_pixmaps.constFind(key);
    if (it != m_pixmaps.cend())
        return *it;
    QPixmap pixmap(size * m_ratio);
    pixmap.setDevicePixelRatio(m_ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setFont(QFont(m_font, painter->device())); // the cell's resolution, not the pixmap's
        drawBadge(&p, QRect(QPoint(0, 0), size), bg, label, padX);
    }
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

int StatusBadgeDelegate::labelAdvance(const QFontMetrics& fm, const QString& label) const {
    auto it = m_advances.constFind(label);
    if (it == m_advances.cend())
        it = m_advances.insert(label, fm.horizontalAdvance(label));
    return *it;
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    ItemBackground::draw(painter, opt, style, opt.widget);
    if (text.isEmpty())
        return;

    QStringList badges = index.data(AddressTableModel::BadgesRole).toStringList();
    if (badges.isEmpty())
        badges << index.data(AddressTableModel::StatusRole).toString();
    // A blocked or in-arrears EIP never wears the green "Bound": its condition comes first in
    // its own colour and the status is shown neutral.
    const bool flagged = badges.size() > 1;
    const QFontMetrics fm(opt.font);
    const int padX = padding(fm);
    const int h = qMin(opt.rect.height() - 4, fm.height() + 4);
    int x = opt.rect.left() + kMargin;
    const int right = opt.rect.right() - kMargin;
    useFont(opt.font, painter->device()->devicePixelRatioF()); // before labelAdvance
    // A badge that does not fit is shortened to an ellipsis at most; a narrower one is a
    // coloured sliver that says nothing, so it is left out (the tooltip has the whole status).
    const int narrowest = labelAdvance(fm, QStringLiteral("…")) + 2 * padX;
    // Each badge is drawn once into a pixmap and copied from there afterwards (a rounded path
    // and a text layout per cell and repaint cost a quarter of the table's repaint), unless
    // the painter scales or rotates, or caching is off.
    const bool cache = m_cache && painter->transform().type() <= QTransform::TxTranslate;
    painter->save();
    painter->setFont(opt.font);
    for (int i = 0; i < badges.size(); ++i) {
        const QString& key = badges.at(i);
        const bool isStatus = i == badges.size() - 1;
        const QColor bg = isStatus && flagged ? neutralColor() : badgeColor(key);
        const QString label = badgeText(key);
        const int w = qMin(right - x, labelAdvance(fm, label) + 2 * padX);
        if (w < narrowest)
            break;
        const QRect badge(x, opt.rect.center().y() - h / 2 + 1, w, h);
        if (cache && w > 0 && h > 0)
            painter->drawPixmap(badge.topLeft(),
                                badgePixmap(painter, badge.size(), bg, label, padX));
        else
            drawBadge(painter, badge, bg, label, padX);
        x += w + 4;
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QStringList badges = index.data(AddressTableModel::BadgesRole).toStringList();
    if (badges.isEmpty())
        badges << index.data(AddressTableModel::StatusRole).toString();
    s.setWidth(cellWidth(option.fontMetrics, badges));
    return s;
}

} // namespace eipdesk
