// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace eipdesk::sandbox {

// One shared copy of each repeated value of a region's addresses (status, type, ISP, billing
// mode, names, dates, tag lists): an address keeps a 32-bit index instead of a string. Index 0
// is the empty string and the empty tag list. Values are only ever added (until the world is
// generated again); lookups for a value that is not in the pool add nothing.
class TextPool {
public:
    TextPool();

    quint32 intern(const QString& text);
    std::optional<quint32> find(const QString& text) const;
    const QString& text(quint32 index) const { return m_texts.at(qsizetype(index)); }
    const QByteArray& utf8(quint32 index) const { return m_utf8.at(qsizetype(index)); }

    quint32 internTags(const QList<Tag>& tags);
    const QList<Tag>& tags(quint32 index) const { return m_tagSets.at(qsizetype(index)); }
    // The list as DescribeAddresses' TagSet JSON array, written once when it was added.
    const QByteArray& tagsJson(quint32 index) const { return m_tagJson.at(qsizetype(index)); }

private:
    QList<QString> m_texts;
    QList<QByteArray> m_utf8;
    QHash<QString, quint32> m_index;
    QList<QList<Tag>> m_tagSets;
    QList<QByteArray> m_tagJson;
    QHash<QString, quint32> m_tagIndex; // the list written out as one string -> index
};

} // namespace eipdesk::sandbox
