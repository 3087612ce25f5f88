// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace eipdesk::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;        // the translation's type attribute: "", "unfinished", "vanished", …
    QString translation; // the text of a non-numerus translation
    QStringList forms;   // the numerus forms of a numerus translation

    // "context | source" for readable failure lists.
    QString label() const;
    // The message identity lupdate uses: context, source and comment.
    QString key() const;
};

// A parsed .ts file (QXmlStreamReader; no Linguist library needed).
class TsCatalog {
public:
    // Returns false and sets errorMessage when the file cannot be read or is not valid XML.
    bool load(const QString& path, QString* errorMessage);

    const QList<TsMessage>& messages() const { return m_messages; }
    QString language() const { return m_language; }

private:
    QList<TsMessage> m_messages;
    QString m_language;
};

} // namespace eipdesk::test
