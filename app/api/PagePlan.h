// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QString>

namespace eipdesk {

// How many pages a paged Describe* read takes, from what its first page said: the one rule for
// every paged read (VpcApi, CvmApi, EniApi and InventoryLoader).
//
// - A TotalCount above maxItems (500,000 by default, for every paged action) is a broken reply:
//   no plan, error() says "TotalCount N is not plausible". Nothing more is to be sent for it.
// - A TotalCount of 0 or less, or a first page shorter than the page size (TotalCount may be
//   stale), means the first page is all there is: one page.
// - Otherwise ceil(TotalCount / pageSize) pages, the first one included.
class PagePlan {
public:
    static constexpr qint64 kMaxItems = 500000;

    PagePlan(qint64 totalCount, int pageSize, qint64 firstPageItems, qint64 maxItems = kMaxItems);

    bool ok() const { return m_error.isEmpty(); }
    qint64 pages() const { return m_pages; } // 1 or more when ok(), else 0
    int pageSize() const { return m_pageSize; }
    qint64 offsetOf(qint64 page) const { return page * m_pageSize; }
    // Empty when ok(). Technical English, as every ApiError message (see ApiError::message).
    QString error() const { return m_error; }
    // The malformed-response error a paged read fails with when !ok() (HTTP 200, the first
    // page's RequestId).
    ApiError apiError(const QString& requestId) const;

private:
    qint64 m_pages = 0;
    int m_pageSize = 1;
    QString m_error;
};

} // namespace eipdesk
