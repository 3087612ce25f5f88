// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace eipdesk {

// Overwrites a secret held in a QString or QByteArray before its holder lets it go, so a
// SecretKey does not linger in freed memory after a profile closes.
//
// Implicit sharing decides what is ours to overwrite. A buffer this string alone holds is
// zeroed in place, all of its allocation (a longer value it held before, or characters
// trimmed away, are in there too), and the string is left empty on that zeroed buffer, which
// goes when the string does. A buffer shared with other strings belongs to them as well: it
// is only let go here (whichever holder is last overwrites it, if it wipes). Static data
// (literals, fromRawData) is never written.
void wipeSecret(QString& secret);
void wipeSecret(QByteArray& secret);

} // namespace eipdesk
