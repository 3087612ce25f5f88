// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace eipdesk::sandbox {

// Rebuilds the flattened parameter names of form and query requests (AddressIds.0,
// Filters.0.Values.1) into JSON in time linear in the size of the names: every name walks
// down a tree of nodes once, and the JSON is built once at the end. Names deeper than
// MaxDepth, array indexes of MaxArrayIndex or more, and more than MaxArraySlots array
// elements in all (gaps included) are refused with InvalidParameter.
class FlatParamTree {
public:
    static constexpr int MaxDepth = 16;
    static constexpr int MaxArrayIndex = 1000;
    static constexpr int MaxArraySlots = 100000;

    FlatParamTree();

    // Adds one parameter; an error names the parameter. After an error the tree is unusable.
    ActionError add(const QByteArray& name, const QByteArray& value);
    QJsonObject toJson() const;

private:
    enum class Kind { Unset, Object, Array, Leaf };
    struct Node {
        Kind kind = Kind::Unset;
        QString leaf;
        QHash<QString, int> fields; // Object: name -> node
        std::vector<int> items;     // Array: index -> node (-1: a gap, sent as null)
    };
    int child(int parent, const QByteArray& segment, bool* ok);
    QJsonValue build(int node) const;

    std::vector<Node> m_nodes;
    qsizetype m_arraySlots = 0;
};

} // namespace eipdesk::sandbox
