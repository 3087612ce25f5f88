// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/JournalEntry.h"

namespace eipdesk {

QString JournalEntry::kindName(Kind kind) {
    switch (kind) {
    case Kind::Unbind:
        return QStringLiteral("unbind");
    case Kind::UnbindNat:
        return QStringLiteral("unbind-nat");
    case Kind::Rebind:
        return QStringLiteral("rebind");
    }
    return QStringLiteral("unbind");
}

JournalEntry::Kind JournalEntry::kindFromName(const QString& name) {
    if (name == QLatin1String("unbind-nat"))
        return Kind::UnbindNat;
    if (name == QLatin1String("rebind"))
        return Kind::Rebind;
    return Kind::Unbind;
}

} // namespace eipdesk
