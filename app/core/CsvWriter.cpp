// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CsvWriter.h"

namespace eipdesk {

QString CsvWriter::field(const QString& value) {
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

void CsvWriter::addRow(const QStringList& cells) {
    bool first = true;
    for (const QString& c : cells) {
        if (!first)
            m_text += QLatin1Char(',');
        first = false;
        m_text += field(c);
    }
    m_text += QStringLiteral("\r\n");
    ++m_rows;
}

QByteArray CsvWriter::toUtf8() const {
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace eipdesk
