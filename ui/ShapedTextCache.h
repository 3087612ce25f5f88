// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QString>

#include <optional>

namespace eipdesk {

// Qt's own layout of one line of text in one font (glyph runs, every font and script it takes,
// ligatures and kerning included), kept for the texts met again: the address table repeats a
// few values (billing modes, types, names of regions and instances) on many rows. At most
// `capacity` texts, the least recently used dropped first.
class ShapedTextCache {
public:
    struct Line {
        QList<QGlyphRun> runs; // positions from the line's top left, baseline included
        qreal width = 0;       // natural width
        qreal ascent = 0;
        qreal height = 0;
    };
    // One line of `text` as QCommonStyle lays out an item view's text (no wrapping, left to
    // right, no width limit); nothing for text that is not one line (empty, line breaks).
    static std::optional<Line> layOut(const QString& text, const QFont& font);

    explicit ShapedTextCache(const QFont& font, int capacity = 512);

    const QFont& font() const { return m_font; }
    // The laid-out line, or nullptr for text that is not one line (empty, line breaks). The
    // pointer is good until the next call.
    const Line* line(const QString& text);

private:
    QFont m_font;
    QCache<QString, Line> m_lines;
};

} // namespace eipdesk
