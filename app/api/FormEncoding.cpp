// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/FormEncoding.h"

#include <QJsonArray>

#include <cmath>

namespace eipdesk {

namespace {

QString numberText(double d) {
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 17);
}

} // namespace

void FormEncoding::flattenValue(const QString& prefix, const QJsonValue& value, Params* out) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return;
    case QJsonValue::Bool:
        out->append({prefix, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
        return;
    case QJsonValue::Double:
        out->append({prefix, numberText(value.toDouble())});
        return;
    case QJsonValue::String:
        out->append({prefix, value.toString()});
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenValue(prefix + QLatin1Char('.') + QString::number(i), array.at(i), out);
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flattenValue(prefix + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    }
}

FormEncoding::Params FormEncoding::flatten(const QJsonObject& object) {
    Params out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        flattenValue(it.key(), it.value(), &out);
    return out;
}

QByteArray FormEncoding::percentEncode(const QString& value) {
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                                c == '~';
        if (unreserved) {
            out.append(static_cast<char>(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0F]);
        }
    }
    return out;
}

QByteArray FormEncoding::encode(const Params& params) {
    QByteArray out;
    for (const auto& p : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(p.first));
        out.append('=');
        out.append(percentEncode(p.second));
    }
    return out;
}

} // namespace eipdesk
