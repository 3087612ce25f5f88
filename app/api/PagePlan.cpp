// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PagePlan.h"

#include <algorithm>

namespace eipdesk {

PagePlan::PagePlan(qint64 totalCount, int pageSize, qint64 firstPageItems, qint64 maxItems)
    : m_pageSize(std::max(1, pageSize)) {
    if (totalCount > maxItems) {
        m_error = QStringLiteral("TotalCount %1 is not plausible (more than %2 items)")
                      .arg(totalCount)
                      .arg(maxItems);
        return;
    }
    if (totalCount <= 0 || firstPageItems < m_pageSize) {
        m_pages = 1;
        return;
    }
    m_pages = std::max<qint64>(1, (totalCount + m_pageSize - 1) / m_pageSize);
}

ApiError PagePlan::apiError(const QString& requestId) const {
    if (ok())
        return {};
    ApiError e = ApiError::make(ApiError::Kind::MalformedResponse, m_error, 200);
    e.requestId = requestId;
    return e;
}

} // namespace eipdesk
