// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CvmInstance.h"

#include <QJsonObject>

namespace eipdesk {

// Null-tolerant reader for CVM's Instance object (DescribeInstances, 2017-03-12): a missing
// field, JSON null or a value of the wrong type reads as empty; unknown fields are ignored.
class CvmJson {
public:
    static CvmInstance instance(const QJsonObject& o, const QString& region);
};

} // namespace eipdesk
