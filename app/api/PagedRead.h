// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiCallsJob.h"
#include "api/PagePlan.h"

#include <QList>
#include <QSet>

#include <functional>
#include <memory>

namespace eipdesk {

// One page of a paged Describe* read: its items and the TotalCount it announced.
template <typename T> struct PageRead {
    QList<T> items;
    qint64 totalCount = 0;
};

// "The first page, then the remaining pages in parallel" for `job`, the one paged read behind
// VpcApi::describeAllAddresses, CvmApi::describeAllInstances and
// EniApi::describeAllNetworkInterfaces. pageRequest(offset) builds the request of a page of
// `pageSize`; readPage reads one successful response (false and *error fails the job). The
// number of pages follows PagePlan (an implausible TotalCount fails the job, with nothing more
// sent); the client's rate limiter paces the remaining pages. progress(done, total) is emitted
// per page; deliver gets the pages in order once all have arrived.
template <typename T>
void readAllPages(ApiCallsJob* job, int pageSize, std::function<ApiRequest(qint64)> pageRequest,
                  std::function<bool(const ApiResponse&, PageRead<T>*, ApiError*)> readPage,
                  std::function<void(const QList<QList<T>>&)> deliver) {
    job->send(pageRequest(0), [job, pageSize, pageRequest, readPage,
                               deliver](const ApiResponse& first) {
        PageRead<T> page;
        ApiError error;
        if (!readPage(first, &page, &error)) {
            job->fail(error);
            return;
        }
        const PagePlan plan(page.totalCount, pageSize, page.items.size());
        if (!plan.ok()) {
            job->fail(plan.apiError(first.requestId));
            return;
        }
        const int total = int(plan.pages());
        auto results = std::make_shared<QList<QList<T>>>(total);
        (*results)[0] = std::move(page.items);
        emit job->progress(1, total);
        if (total == 1) {
            deliver(*results);
            return;
        }
        auto remaining = std::make_shared<int>(total - 1);
        for (int i = 1; i < total; ++i) {
            job->send(pageRequest(plan.offsetOf(i)),
                      [job, readPage, deliver, results, remaining, total, i](const ApiResponse& r) {
                          PageRead<T> p;
                          ApiError e;
                          if (!readPage(r, &p, &e)) {
                              job->fail(e);
                              return;
                          }
                          (*results)[i] = std::move(p.items);
                          --*remaining;
                          emit job->progress(total - *remaining, total);
                          if (*remaining == 0)
                              deliver(*results);
                      });
        }
    });
}

// The pages joined, without repeats by key(item) (pages read in parallel shift when items come
// and go meanwhile); the first of each is kept.
template <typename T, typename KeyOf>
QList<T> joinPagesUnique(const QList<QList<T>>& pages, KeyOf key) {
    QList<T> all;
    QSet<QString> seen;
    for (const auto& page : pages)
        for (const T& item : page)
            if (!seen.contains(key(item))) {
                seen.insert(key(item));
                all.append(item);
            }
    return all;
}

template <typename T> QList<T> joinPages(const QList<QList<T>>& pages) {
    QList<T> all;
    for (const auto& page : pages)
        all += page;
    return all;
}

} // namespace eipdesk
