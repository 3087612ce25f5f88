// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsvTranslator.h"

#include <QFile>

namespace eipdesk::test {

namespace {
QString unescape(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
            const QChar c = s.at(++i);
            out += c == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                   : c == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                           : c;
        } else {
            out += s.at(i);
        }
    }
    return out;
}
} // namespace

bool TsvTranslator::loadTsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n'));
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 3)
            continue;
        m_map.insert({parts.at(0), unescape(parts.at(1))}, unescape(parts.at(2)));
    }
    return !m_map.isEmpty();
}

QString TsvTranslator::translate(const char* context, const char* sourceText,
                                 const char* /*disambiguation*/, int /*n*/) const {
    return m_map.value({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
}

} // namespace eipdesk::test
