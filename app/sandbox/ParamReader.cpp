// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ParamReader.h"

#include <QJsonArray>

#include <cmath>

namespace eipdesk::sandbox {

ParamReader::ParamReader(const QJsonObject& params, bool stringTyped)
    : m_params(params)
    , m_stringTyped(stringTyped) {}

void ParamReader::fail(const char* code, const QString& message) {
    if (!m_error.isError())
        m_error = ActionError::make(code, message);
}

void ParamReader::wrongType(const QString& name, const char* expected) {
    fail("InvalidParameter", QStringLiteral("The parameter `%1` must be of type %2.")
                                 .arg(name, QLatin1String(expected)));
}

bool ParamReader::checkKnown(const QStringList& allowed) {
    for (auto it = m_params.constBegin(); it != m_params.constEnd(); ++it)
        if (!allowed.contains(it.key())) {
            fail("UnknownParameter",
                 QStringLiteral("The parameter `%1` is not recognized.").arg(it.key()));
            return false;
        }
    return true;
}

std::optional<QString> ParamReader::string(const QString& name, bool required) {
    const QJsonValue v = m_params.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail("MissingParameter",
                 QStringLiteral("The request is missing the required parameter `%1`.").arg(name));
        return std::nullopt;
    }
    if (!v.isString()) {
        wrongType(name, "String");
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> ParamReader::integer(const QString& name, bool required) {
    const QJsonValue v = m_params.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail("MissingParameter",
                 QStringLiteral("The request is missing the required parameter `%1`.").arg(name));
        return std::nullopt;
    }
    if (m_stringTyped && v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return qint64(d);
    }
    wrongType(name, "Integer");
    return std::nullopt;
}

std::optional<bool> ParamReader::boolean(const QString& name) {
    const QJsonValue v = m_params.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (m_stringTyped && v.isString()) {
        const QString s = v.toString().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    wrongType(name, "Boolean");
    return std::nullopt;
}

std::optional<QStringList> ParamReader::stringList(const QString& name, bool required) {
    const QJsonValue v = m_params.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail("MissingParameter",
                 QStringLiteral("The request is missing the required parameter `%1`.").arg(name));
        return std::nullopt;
    }
    if (!v.isArray()) {
        wrongType(name, "Array of String");
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString()) {
            wrongType(name, "Array of String");
            return std::nullopt;
        }
        out << e.toString();
    }
    return out;
}

std::optional<QList<FilterParam>> ParamReader::filters(const QString& name) {
    const QJsonValue v = m_params.value(name);
    if (v.isUndefined() || v.isNull())
        return QList<FilterParam>();
    if (!v.isArray()) {
        wrongType(name, "Array of Filter");
        return std::nullopt;
    }
    QList<FilterParam> out;
    for (const QJsonValue& e : v.toArray()) {
        const QJsonObject o = e.toObject();
        if (!e.isObject() || !o.value(QLatin1String("Name")).isString()) {
            fail("InvalidParameter", QStringLiteral("Each filter needs a string `Name`."));
            return std::nullopt;
        }
        const QJsonValue values = o.value(QLatin1String("Values"));
        if (!values.isArray()) {
            fail("InvalidParameter",
                 QStringLiteral("The filter `%1` needs `Values`, an array of strings.")
                     .arg(o.value(QLatin1String("Name")).toString()));
            return std::nullopt;
        }
        FilterParam f;
        f.name = o.value(QLatin1String("Name")).toString();
        for (const QJsonValue& s : values.toArray()) {
            if (!s.isString()) {
                fail("InvalidParameter",
                     QStringLiteral("The values of filter `%1` must be strings.").arg(f.name));
                return std::nullopt;
            }
            f.values << s.toString();
        }
        out << f;
    }
    return out;
}

} // namespace eipdesk::sandbox
