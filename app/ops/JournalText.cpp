// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/JournalText.h"

namespace eipdesk {

QString JournalText::learnedBy(const QString& learnedBy) {
    if (learnedBy == QLatin1String("address"))
        return tr("Outcome learned from the address (the task could not be read, or the reply "
                  "was lost).");
    if (learnedBy == QLatin1String("task"))
        return tr("Outcome learned from the task (DescribeTaskResult).");
    return {};
}

QString JournalText::requestLine(const JournalRequest& r) {
    QString line = tr("%1  %2  RequestId %3")
                       .arg(r.at.toLocalTime().toString(Qt::ISODate), r.action,
                            r.requestId.isEmpty() ? tr("(no answer)") : r.requestId);
    if (!r.taskId.isEmpty())
        line += tr("  TaskId %1").arg(r.taskId);
    if (!r.errorCode.isEmpty())
        line += QStringLiteral("  ") + r.errorCode;
    return line;
}

} // namespace eipdesk
