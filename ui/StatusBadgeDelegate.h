// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace eipdesk {

// Paints the status column as a coloured, rounded badge. The badge carries its own background
// and a text colour picked for contrast, so it stays readable in light and dark palettes.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor badgeColor(const QString& wireStatus);
    static QColor textColorOn(const QColor& background);
};

} // namespace eipdesk
