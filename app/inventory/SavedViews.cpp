// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/SavedViews.h"

#include <QSettings>

namespace eipdesk {

namespace {
const QString kGroup = QStringLiteral("savedViews");

// Names are stored as values, keyed by index-free hex, so any text (slashes included) is safe.
QString keyOf(const QString& name) {
    return QString::fromLatin1(name.toUtf8().toHex());
}
} // namespace

QStringList SavedViews::names() {
    QSettings s;
    s.beginGroup(kGroup);
    QStringList out;
    for (const QString& key : s.childGroups()) {
        const QString name = s.value(key + QStringLiteral("/name")).toString();
        if (!name.isEmpty())
            out << name;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

std::optional<AddressViewFilter> SavedViews::load(const QString& name) {
    QSettings s;
    s.beginGroup(kGroup);
    s.beginGroup(keyOf(name));
    if (s.value(QStringLiteral("name")).toString() != name)
        return std::nullopt;
    return AddressViewFilter::fromMap(s.value(QStringLiteral("filter")).toMap());
}

bool SavedViews::save(const QString& name, const AddressViewFilter& filter) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed != name || name.size() > 100)
        return false;
    QSettings s;
    s.beginGroup(kGroup);
    s.beginGroup(keyOf(name));
    s.setValue(QStringLiteral("name"), name);
    s.setValue(QStringLiteral("filter"), filter.toMap());
    return true;
}

void SavedViews::remove(const QString& name) {
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(keyOf(name));
}

} // namespace eipdesk
