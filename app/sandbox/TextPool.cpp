// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/TextPool.h"

#include "sandbox/AddressJsonWriter.h"

namespace eipdesk::sandbox {

TextPool::TextPool() {
    m_texts.append(QString());
    m_utf8.append(QByteArray());
    m_index.insert(QString(), 0);
    m_tagSets.append(QList<Tag>());
    m_tagJson.append(AddressJsonWriter::tagSet({}));
    m_tagIndex.insert(QString(), 0);
}

quint32 TextPool::intern(const QString& text) {
    if (text.isEmpty())
        return 0;
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return *it;
    const auto index = quint32(m_texts.size());
    m_texts.append(text);
    m_utf8.append(text.toUtf8());
    m_index.insert(text, index);
    return index;
}

std::optional<quint32> TextPool::find(const QString& text) const {
    if (text.isEmpty())
        return 0;
    const auto it = m_index.constFind(text);
    if (it == m_index.constEnd())
        return std::nullopt;
    return *it;
}

quint32 TextPool::internTags(const QList<Tag>& tags) {
    if (tags.isEmpty())
        return 0;
    // Each key and value with its length in front: no two lists write out alike.
    QString key;
    for (const Tag& t : tags)
        key += QString::number(t.key.size()) + QLatin1Char(':') + t.key +
               QString::number(t.value.size()) + QLatin1Char(':') + t.value;
    const auto it = m_tagIndex.constFind(key);
    if (it != m_tagIndex.constEnd())
        return *it;
    const auto index = quint32(m_tagSets.size());
    m_tagSets.append(tags);
    m_tagJson.append(AddressJsonWriter::tagSet(tags));
    m_tagIndex.insert(key, index);
    return index;
}

} // namespace eipdesk::sandbox
