// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionError.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace eipdesk::sandbox {

struct FilterParam {
    QString name;
    QStringList values;
};

// Typed, validated access to an action's parameters. JSON requests must use the documented
// types; form/query requests carry strings that must parse as the type. The first problem is
// kept in error() (InvalidParameter, MissingParameter or UnknownParameter).
class ParamReader {
public:
    ParamReader(const QJsonObject& params, bool stringTyped);

    // UnknownParameter for any name not in allowed.
    bool checkKnown(const QStringList& allowed);
    std::optional<QString> string(const QString& name, bool required = false);
    std::optional<qint64> integer(const QString& name, bool required = false);
    std::optional<bool> boolean(const QString& name);
    std::optional<QStringList> stringList(const QString& name, bool required = false);
    std::optional<QList<FilterParam>> filters(const QString& name = QStringLiteral("Filters"));
    bool has(const QString& name) const { return m_params.contains(name); }

    bool ok() const { return !m_error.isError(); }
    const ActionError& error() const { return m_error; }

private:
    void fail(const char* code, const QString& message);
    void wrongType(const QString& name, const char* expected);

    QJsonObject m_params;
    bool m_stringTyped;
    ActionError m_error;
};

} // namespace eipdesk::sandbox
