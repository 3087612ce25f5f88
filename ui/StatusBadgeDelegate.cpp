// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusBadgeDelegate.h"

#include "core/AddressStatus.h"
#include "inventory/AddressColumn.h"
#include "ui/AddressTableModel.h"

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

    QStringList badges = index.data(AddressTableModel::BadgesRole).toStringList();
    if (badges.isEmpty())
        badges << index.data(AddressTableModel::StatusRole).toString();
    // A blocked or in-arrears EIP never wears the green "Bound": its condition comes first in
    // its own colour and the status is shown neutral.
    const bool flagged = badges.size() > 1;
    const QFontMetrics fm(opt.font);
    const int padX = fm.height() / 2;
    const int h = qMin(opt.rect.height() - 4, fm.height() + 4);
    int x = opt.rect.left() + 3;
    const int right = opt.rect.right() - 3;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(opt.font);
    for (int i = 0; i < badges.size() && x < right - padX; ++i) {
        const QString key = badges.at(i);
        const bool isStatus = i == badges.size() - 1;
        const QColor bg = isStatus && flagged ? neutralColor() : badgeColor(key);
        const QString label = badgeText(key);
        const int w = qMin(right - x, fm.horizontalAdvance(label) + 2 * padX);
        const QRect badge(x, opt.rect.center().y() - h / 2 + 1, w, h);
        QPainterPath path;
        path.addRoundedRect(badge, h / 2.0, h / 2.0);
        painter->fillPath(path, bg);
        painter->setPen(textColorOn(bg));
        painter->drawText(badge, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, w - padX));
        x += w + 4;
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int badges =
        qMax(1, int(index.data(AddressTableModel::BadgesRole).toStringList().size()));
    s.rwidth() += badges * (option.fontMetrics.height() + 6);
    return s;
}

} // namespace eipdesk
