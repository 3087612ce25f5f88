// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusBadgeDelegate.h"

#include "core/AddressStatus.h"
#include "ui/AddressTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace eipdesk {

QColor StatusBadgeDelegate::badgeColor(const QString& s) {
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

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QColor bg = badgeColor(index.data(AddressTableModel::StatusRole).toString());
    const QFontMetrics fm(opt.font);
    const int padX = fm.height() / 2;
    const int h = qMin(opt.rect.height() - 4, fm.height() + 4);
    const int w = qMin(opt.rect.width() - 6, fm.horizontalAdvance(text) + 2 * padX);
    const QRect badge(opt.rect.left() + 3, opt.rect.center().y() - h / 2 + 1, w, h);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, h / 2.0, h / 2.0);
    painter->fillPath(path, bg);
    painter->setPen(textColorOn(bg));
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, w - padX));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() + 6;
    return s;
}

} // namespace eipdesk
