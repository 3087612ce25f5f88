// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsCatalog.h"

#include <QFile>
#include <QXmlStreamReader>

namespace eipdesk::test {

QString TsMessage::label() const {
    QString text = source;
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return context + QStringLiteral(" | ") + text;
}

QString TsMessage::key() const {
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

namespace {

void readTranslation(QXmlStreamReader& xml, TsMessage& message) {
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNext() != QXmlStreamReader::EndElement ||
           xml.name() != QLatin1String("translation")) {
        if (xml.atEnd())
            return;
        if (xml.isCharacters())
            message.translation += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            message.forms << xml.readElementText();
    }
    if (message.numerus)
        message.translation.clear(); // only the whitespace between the forms
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context) {
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (name == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

bool TsCatalog::load(const QString& path, QString* errorMessage) {
    m_messages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            m_language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m_messages << readMessage(xml, context);
    }
    if (xml.hasError()) {
        *errorMessage =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace eipdesk::test
