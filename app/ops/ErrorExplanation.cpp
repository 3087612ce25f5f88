// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/ErrorExplanation.h"

#include <QCoreApplication>
#include <QStringList>

namespace eipdesk {

QString ErrorExplanation::headline() const {
    return QCoreApplication::translate("ErrorExplanation", "%1 (%2)").arg(title, code);
}

QString ErrorExplanation::detailsText() const {
    QStringList lines;
    lines << headline() << meaning << nextStep;
    if (!serverMessage.isEmpty())
        lines << QCoreApplication::translate("ErrorExplanation", "Server message: %1")
                     .arg(serverMessage);
    if (!requestId.isEmpty())
        lines << QCoreApplication::translate("ErrorExplanation", "RequestId: %1").arg(requestId);
    return lines.join(QLatin1Char('\n'));
}

} // namespace eipdesk
