// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShapedTextCache.h"

#include <QTextLayout>
#include <QTextOption>

namespace eipdesk {

ShapedTextCache::ShapedTextCache(const QFont& font, int capacity)
    : m_font(font)
    , m_lines(capacity) {}

const ShapedTextCache::Line* ShapedTextCache::line(const QString& text) {
    if (Line* cached = m_lines.object(text))
        return cached;
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || text.contains(QChar::LineSeparator))
        return nullptr;
    // As QCommonStyle lays out an item view's text: no wrapping, left to right.
    QTextLayout layout(text, m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return nullptr;
    }
    first.setLineWidth(1e6);
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    if (more)
        return nullptr;
    auto* line = new Line;
    line->runs = layout.glyphRuns();
    line->width = first.naturalTextWidth();
    line->height = first.height();
    m_lines.insert(text, line);
    return line;
}

} // namespace eipdesk
