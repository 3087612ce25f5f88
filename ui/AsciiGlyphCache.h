// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QStringView>

#include <array>
#include <vector>

class QPainter;

namespace eipdesk {

// Draws printable-ASCII text of one font without laying it out each time: the glyph of every
// character, and how far each character advances before each other one (kerning included),
// are read once from Qt's own text layout (one pair the first time it is met) and summed
// afterwards. The result is the text Qt's layout would draw, at the same positions, so a
// delegate can paint table cells with it. Text with any other character (or a pair the font
// ligates or shapes differently) is refused: the caller then takes Qt's standard path.
class AsciiGlyphCache {
public:
    explicit AsciiGlyphCache(const QFont& font);

    const QFont& font() const { return m_font; }
    // False when this font's text needs Qt's full layout (decorations, spacing, no raw font).
    bool usable() const { return m_usable; }
    qreal ascent() const { return m_ascent; }
    qreal lineHeight() const { return m_lineHeight; }

    // Lays out `text` from x = 0; false when it cannot (then nothing is touched). `ink`, when
    // given, receives the outlines' bounds around the run's origin (y = 0 is the baseline).
    bool layout(QStringView text, QGlyphRun* run, qreal* width, QRectF* ink = nullptr);
    // Lays out `text` elided on the right to `width` as QFontMetrics::elidedText() does (the
    // longest start narrower than width minus "…", then "…"); false when it cannot.
    bool layoutElided(QStringView text, int width, QGlyphRun* run, QRectF* ink = nullptr);

private:
    static constexpr int kSlots = 96; // ' ' .. '~', then U+2026
    static constexpr int kEllipsis = 95;
    static int slotOf(QChar c);
    bool measureSingle(int slot);
    bool measurePair(int left, int right);
    bool advances(const std::vector<int>& cells, std::vector<qreal>* out);
    void fill(const std::vector<int>& cells, const std::vector<qreal>& adv, QGlyphRun* run,
              QRectF* ink) const;

    QFont m_font;
    QRawFont m_raw;
    bool m_usable = false;
    qreal m_ascent = 0;
    qreal m_lineHeight = 0;
    std::array<quint32, kSlots> m_glyph{};
    std::array<QRectF, kSlots> m_ink{};   // each glyph's outline bounds (the space: none)
    std::array<qreal, kSlots> m_single{}; // advance when last; < 0: unknown; NaN: unusable
    std::vector<qreal> m_pair;            // [left * kSlots + right], same marks
};

} // namespace eipdesk
