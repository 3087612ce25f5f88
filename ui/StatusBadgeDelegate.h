// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace eipdesk {

// Paints the status column as coloured, rounded badges: "Blocked" and "In arrears" first in
// their own colours, then the status (neutral when one of those is shown). The badge carries its
// own background and a text colour picked for contrast, so it stays readable in light and dark
// palettes.
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
};

} // namespace eipdesk
