// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShapedTextCache.h"

#include <QTextLayout>
#include <QTextOption>

namespace eipdesk {

ShapedTextCache::ShapedTextCache(const QFont& font, int capacity)
    : m_font(font)
    , m_lines(capacity) {}

std::optional<ShapedTextCache::Line> ShapedTextCache::layOut(const QString& text,
                                                             const QFont& font) {
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || text.contains(QChar::LineSeparator))
        return std::nullopt;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return std::nullopt;
    }
    first.setLineWidth(1e6);
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    if (more)
        return std::nullopt;
    Line line;
    line.runs = layout.glyphRuns();
    line.width = first.naturalTextWidth();
    line.ascent = first.ascent();
    line.height = first.height();
    return line;
}

const ShapedTextCache::Line* ShapedTextCache::line(const QString& text) {
    if (Line* cached = m_lines.object(text))
        return cached;
    std::optional<Line> laidOut = layOut(text, m_font);
    if (!laidOut)
        return nullptr;
    auto* line = new Line(std::move(*laidOut));
    m_lines.insert(text, line);
    return line;
}

} // namespace eipdesk
