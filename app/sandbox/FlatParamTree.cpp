// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FlatParamTree.h"

#include <QJsonArray>

#include <algorithm>

namespace eipdesk::sandbox {

namespace {

constexpr int MaxIndex = FlatParamTree::MaxArrayIndex; // "too large" for any long number

// A decimal index without sign or spaces ("0", "12"); -1 when the segment is a field name.
int indexOf(const QByteArray& segment) {
    if (segment.isEmpty() || segment.size() > 9)
        return segment.size() > 9 && segment.front() >= '0' && segment.front() <= '9' ? MaxIndex
                                                                                      : -1;
    int value = 0;
    for (const char c : segment) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

FlatParamTree::FlatParamTree() {
    m_nodes.emplace_back();
    m_nodes.front().kind = Kind::Object;
}

int FlatParamTree::child(int parent, const QByteArray& segment, bool* ok) {
    const int index = indexOf(segment);
    if (segment.startsWith('-') || segment.startsWith('+')) {
        *ok = false; // a negative or signed index
        return -1;
    }
    if (index >= 0) {
        if (m_nodes[size_t(parent)].kind == Kind::Unset)
            m_nodes[size_t(parent)].kind = Kind::Array;
        if (m_nodes[size_t(parent)].kind != Kind::Array || index >= MaxArrayIndex) {
            *ok = false;
            return -1;
        }
        std::vector<int>& items = m_nodes[size_t(parent)].items;
        if (size_t(index) >= items.size()) {
            m_arraySlots += qsizetype(index + 1) - qsizetype(items.size());
            if (m_arraySlots > MaxArraySlots) {
                *ok = false;
                return -1;
            }
            items.resize(size_t(index) + 1, -1);
        }
        if (items[size_t(index)] < 0) {
            m_nodes.emplace_back();
            m_nodes[size_t(parent)].items[size_t(index)] = int(m_nodes.size() - 1);
        }
        return m_nodes[size_t(parent)].items[size_t(index)];
    }
    if (m_nodes[size_t(parent)].kind == Kind::Unset)
        m_nodes[size_t(parent)].kind = Kind::Object;
    if (segment.isEmpty() || m_nodes[size_t(parent)].kind != Kind::Object) {
        *ok = false;
        return -1;
    }
    const QString key = QString::fromUtf8(segment);
    const auto found = m_nodes[size_t(parent)].fields.constFind(key);
    if (found != m_nodes[size_t(parent)].fields.constEnd())
        return found.value();
    m_nodes.emplace_back();
    const int id = int(m_nodes.size() - 1);
    m_nodes[size_t(parent)].fields.insert(key, id);
    return id;
}

ActionError FlatParamTree::add(const QByteArray& name, const QByteArray& value) {
    auto invalid = [&name](const QString& why) {
        return ActionError::make("InvalidParameter",
                                 QStringLiteral("The parameter name `%1` is not valid%2.")
                                     .arg(QString::fromUtf8(name.left(200)), why));
    };
    if (name.count('.') >= MaxDepth)
        return invalid(QStringLiteral(": more than %1 levels").arg(MaxDepth));
    int node = 0;
    bool ok = true;
    qsizetype start = 0;
    while (ok) {
        const qsizetype dot = name.indexOf('.', start);
        const QByteArray segment = name.mid(start, dot < 0 ? -1 : dot - start);
        node = child(node, segment, &ok);
        if (dot < 0)
            break;
        start = dot + 1;
    }
    if (!ok)
        return invalid(QString());
    Node& leaf = m_nodes[size_t(node)];
    if (leaf.kind != Kind::Unset && leaf.kind != Kind::Leaf)
        return invalid(QString());
    leaf.kind = Kind::Leaf; // a repeated name keeps its last value
    leaf.leaf = QString::fromUtf8(value);
    return {};
}

QJsonValue FlatParamTree::build(int id) const {
    const Node& node = m_nodes[size_t(id)];
    switch (node.kind) {
    case Kind::Leaf:
        return node.leaf;
    case Kind::Array: {
        QJsonArray out;
        for (const int item : node.items)
            out.append(item < 0 ? QJsonValue() : build(item));
        return out;
    }
    case Kind::Object: {
        // Inserting in key order appends at the end of QJsonObject's sorted storage.
        QList<QString> keys = node.fields.keys();
        std::sort(keys.begin(), keys.end());
        QJsonObject out;
        for (const QString& key : std::as_const(keys))
            out.insert(key, build(node.fields.value(key)));
        return out;
    }
    case Kind::Unset:
        break;
    }
    return QJsonValue();
}

QJsonObject FlatParamTree::toJson() const {
    return build(0).toObject();
}

} // namespace eipdesk::sandbox
