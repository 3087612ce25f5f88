// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsModel.h"

#include <QFile>
#include <QRegularExpression>

QString TsField::elementType() const {
    if (isArray())
        return type.mid(6, type.size() - 7);
    return type;
}

bool TsField::isScalar() const {
    const QString t = elementType();
    return t == QLatin1String("string") || t == QLatin1String("number") ||
           t == QLatin1String("boolean");
}

const TsField* TsInterface::field(const QString& name) const {
    for (const TsField& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

bool TsModel::load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression iface(QStringLiteral(R"(export interface (\w+)\s*\{(.*?)\n\})"),
                                          QRegularExpression::DotMatchesEverythingOption);
    // A field: its doc comment, then "Name?: Type;" (required fields have no "?").
    static const QRegularExpression member(
        QStringLiteral(R"(/\*\*(.*?)\*/\s*(\w+)\??:\s*([^;]+);)"),
        QRegularExpression::DotMatchesEverythingOption);
    auto it = iface.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        TsInterface i;
        i.name = m.captured(1);
        auto fields = member.globalMatch(m.captured(2));
        while (fields.hasNext()) {
            const auto f = fields.next();
            TsField field;
            field.name = f.captured(2);
            field.type = f.captured(3).trimmed();
            // "注意：此字段可能返回 null" and its variants ("null表示没有绑定…").
            field.nullable = f.captured(1).contains(QLatin1String("null"), Qt::CaseInsensitive);
            i.fields.append(field);
        }
        m_interfaces.insert(i.name, i);
    }
    if (m_interfaces.isEmpty()) {
        *error = QStringLiteral("no interface in %1").arg(path);
        return false;
    }
    return true;
}

const TsInterface* TsModel::find(const QString& name) const {
    const auto it = m_interfaces.constFind(name);
    return it == m_interfaces.constEnd() ? nullptr : &*it;
}
