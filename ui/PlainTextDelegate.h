// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <memory>

class QStyleOptionViewItem;

namespace eipdesk {

// The address table's delegate for its plain-text cells: looks exactly like
// QStyledItemDelegate (the style draws the background, selection, hover and focus), but one line
// of printable-ASCII text (IPs, IDs, times, most names) is drawn from an AsciiGlyphCache instead
// of a fresh text layout per cell and paint, left-aligned text elided on the right as the style
// elides it; other text that fits (other scripts, ligatures) from a ShapedTextCache of the texts
// shown lately; an empty cell gets the style's background alone (nothing where the style draws
// nothing). The text is clipped to the cell only where its outlines could leave it. Anything else
// (text to elide there, wrapped or right-aligned text that does not fit, icons, check boxes, other
// alignments, right-to-left, other elide modes) takes QStyledItemDelegate's own path.
class PlainTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PlainTextDelegate(QObject* parent = nullptr);
    ~PlainTextDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // Paints `option` (already initialised, text included) the fast way; false when it cannot
    // (nothing is painted then). Public for the test that compares it with the standard path.
    bool paintFast(QPainter* painter, const QStyleOptionViewItem& option) const;

private:
    struct FontCaches;
    FontCaches* cachesFor(const QFont& font) const;

    mutable std::shared_ptr<FontCaches> m_caches; // for the last font drawn
};

} // namespace eipdesk
