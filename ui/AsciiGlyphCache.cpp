// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AsciiGlyphCache.h"

#include "ui/ShapedTextCache.h"

#include <cmath>
#include <limits>

namespace eipdesk {

namespace {

constexpr qreal kUnknown = -1;
const qreal kRefused = std::numeric_limits<qreal>::quiet_NaN();

// One line of `text` as Qt lays it out for a view item (no wrapping, no width limit).
struct Measured {
    QGlyphRun run;
    qreal naturalWidth = 0;
    qreal ascent = 0;
    qreal height = 0;
};

bool measure(const QString& text, const QFont& font, Measured* out) {
    const std::optional<ShapedTextCache::Line> line = ShapedTextCache::layOut(text, font);
    if (!line || line->runs.size() != 1 || line->runs.first().glyphIndexes().size() != text.size())
        return false;
    out->run = line->runs.first();
    out->naturalWidth = line->width;
    out->ascent = line->ascent;
    out->height = line->height;
    return true;
}

} // namespace

AsciiGlyphCache::AsciiGlyphCache(const QFont& font)
    : m_font(font)
    , m_pair(size_t(kSlots) * kSlots, kUnknown) {
    m_single.fill(kUnknown);
    m_usable = !font.underline() && !font.strikeOut() && !font.overline() &&
               font.letterSpacing() == 0 && font.wordSpacing() == 0 &&
               font.capitalization() == QFont::MixedCase;
    if (!m_usable)
        return;
    // The raw font, ascent and line height are those of Qt's own layout of the text.
    Measured m;
    m_usable = measure(QStringLiteral("x"), m_font, &m) && m.run.rawFont().isValid();
    if (!m_usable)
        return;
    m_raw = m.run.rawFont();
    m_ascent = m.ascent;
    m_lineHeight = m.height;
}

int AsciiGlyphCache::slotOf(QChar c) {
    const char16_t u = c.unicode();
    if (u >= 0x20 && u < 0x7f)
        return u - 0x20;
    return u == 0x2026 ? kEllipsis : -1;
}

bool AsciiGlyphCache::measureSingle(int slot) {
    qreal& single = m_single[size_t(slot)];
    if (single >= 0)
        return true;
    if (std::isnan(single))
        return false;
    single = kRefused;
    const QChar c = slot == kEllipsis ? QChar(0x2026) : QChar(char16_t(0x20 + slot));
    if (c == QLatin1Char(' '))
        return false; // alone, Qt does not count it: never a whole text, never the last char
    Measured m;
    if (!measure(QString(c), m_font, &m) || m.run.rawFont() != m_raw || m.ascent != m_ascent ||
        m.height != m_lineHeight || m.run.glyphIndexes().first() == 0)
        return false;
    m_glyph[size_t(slot)] = m.run.glyphIndexes().first();
    m_ink[size_t(slot)] = m_raw.boundingRect(m_glyph[size_t(slot)]);
    single = m.naturalWidth;
    return true;
}

bool AsciiGlyphCache::measurePair(int left, int right) {
    qreal& pair = m_pair[size_t(left) * kSlots + size_t(right)];
    if (pair >= 0)
        return true;
    if (std::isnan(pair))
        return false;
    pair = kRefused;
    // A space has no glyph of its own measured alone: take it from the pair.
    const auto charOf = [](int s) {
        return s == kEllipsis ? QChar(0x2026) : QChar(char16_t(0x20 + s));
    };
    const bool leftSpace = charOf(left) == QLatin1Char(' ');
    const bool rightSpace = charOf(right) == QLatin1Char(' ');
    if ((!leftSpace && !measureSingle(left)) || (!rightSpace && !measureSingle(right)))
        return false;
    Measured m;
    const QString text = QString(charOf(left)) + charOf(right);
    if (!measure(text, m_font, &m) || m.run.rawFont() != m_raw)
        return false;
    const QList<quint32> glyphs = m.run.glyphIndexes();
    const QList<QPointF> positions = m.run.positions();
    if (positions.size() != 2 || positions.at(0).y() != positions.at(1).y())
        return false;
    for (int i = 0; i < 2; ++i) {
        const int slot = i == 0 ? left : right;
        const bool space = i == 0 ? leftSpace : rightSpace;
        if (space && glyphs.at(i) != 0 &&
            (m_glyph[size_t(slot)] == 0 || m_glyph[size_t(slot)] == glyphs.at(i)))
            m_glyph[size_t(slot)] = glyphs.at(i);
        else if (space || glyphs.at(i) != m_glyph[size_t(slot)])
            return false; // a ligature or a substituted glyph: Qt's layout only
    }
    pair = positions.at(1).x() - positions.at(0).x();
    return pair >= 0;
}

bool AsciiGlyphCache::advances(const std::vector<int>& cells, std::vector<qreal>* out) {
    out->resize(cells.size());
    for (size_t i = 0; i + 1 < cells.size(); ++i) {
        if (!measurePair(cells[i], cells[i + 1]))
            return false;
        (*out)[i] = m_pair[size_t(cells[i]) * kSlots + size_t(cells[i + 1])];
    }
    if (!measureSingle(cells.back()))
        return false;
    out->back() = m_single[size_t(cells.back())];
    return true;
}

void AsciiGlyphCache::fill(const std::vector<int>& cells, const std::vector<qreal>& adv,
                           QGlyphRun* run, QRectF* ink) const {
    QList<quint32> glyphs;
    QList<QPointF> positions;
    glyphs.reserve(qsizetype(cells.size()));
    positions.reserve(qsizetype(cells.size()));
    qreal x = 0;
    QRectF bounds;
    for (size_t i = 0; i < cells.size(); ++i) {
        glyphs << m_glyph[size_t(cells[i])];
        positions << QPointF(x, 0);
        const QRectF& glyphInk = m_ink[size_t(cells[i])];
        if (ink && !glyphInk.isEmpty())
            bounds |= glyphInk.translated(x, 0);
        x += adv[i];
    }
    if (ink)
        *ink = bounds;
    run->setRawFont(m_raw);
    run->setGlyphIndexes(glyphs);
    run->setPositions(positions);
}

bool AsciiGlyphCache::layout(QStringView text, QGlyphRun* run, qreal* width, QRectF* ink) {
    if (!m_usable || text.isEmpty() || text.front() == QLatin1Char(' ') ||
        text.back() == QLatin1Char(' '))
        return false;
    std::vector<int> cells(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int slot = slotOf(text[i]);
        if (slot < 0 || slot == kEllipsis)
            return false;
        cells[size_t(i)] = slot;
    }
    std::vector<qreal> adv;
    if (!advances(cells, &adv))
        return false;
    qreal total = 0;
    for (qreal a : adv)
        total += a;
    fill(cells, adv, run, ink);
    *width = total;
    return true;
}

bool AsciiGlyphCache::layoutElided(QStringView text, int width, QGlyphRun* run, QRectF* ink) {
    QGlyphRun whole;
    qreal total = 0;
    if (!layout(text, &whole, &total) || !measureSingle(kEllipsis))
        return false;
    // As QTextEngine::elidedText(ElideRight): characters are added while the width so far
    // stays under the room left by "…"; the one that reaches it and the rest give way.
    const qreal available = width - m_single[kEllipsis];
    if (available < 0)
        return false; // Qt draws nothing: rare enough for the standard path
    std::vector<int> cells;
    cells.reserve(size_t(text.size()) + 1);
    qreal current = 0;
    qsizetype pos = 0;
    for (;; ++pos) {
        const int slot = slotOf(text[pos]);
        current += pos + 1 < text.size()
                       ? m_pair[size_t(slot) * kSlots + size_t(slotOf(text[pos + 1]))]
                       : m_single[size_t(slot)];
        if (pos + 1 >= text.size() || current >= available)
            break;
    }
    for (qsizetype i = 0; i < pos; ++i)
        cells.push_back(slotOf(text[i]));
    cells.push_back(kEllipsis);
    std::vector<qreal> adv;
    if (!advances(cells, &adv))
        return false;
    fill(cells, adv, run, ink);
    return true;
}

} // namespace eipdesk
