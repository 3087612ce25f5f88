// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPair>
#include <QTranslator>

namespace eipdesk::test {

// A QTranslator reading "context<TAB>source<TAB>translation" lines (\n, \t and \\ escaped),
// the format the ops helper hands to the translation lead. Lets a test render the zh_CN
// catalog without a .qm file.
class TsvTranslator : public QTranslator {
public:
    bool loadTsv(const QString& path);
    int count() const { return int(m_map.size()); }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;

private:
    QHash<QPair<QString, QString>, QString> m_map;
};

} // namespace eipdesk::test
