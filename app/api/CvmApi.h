// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/VpcApi.h"
#include "core/CvmInstance.h"

namespace eipdesk {

struct InstancePage {
    QList<CvmInstance> instances; // region is filled in
    qint64 totalCount = 0;
    QString requestId;
};

// Typed CVM actions (2017-03-12) over ApiClient: DescribeInstances for the bind picker and
// for the names of bound instances. Callbacks run on the caller's thread, exactly once, unless
// `context` was destroyed first. The API takes InstanceIds or Filters, never both.
class CvmApi {
public:
    static constexpr int kPageSize = 100; // DescribeInstances' maximum Limit
    static constexpr int kMaxFilterValues = 5;

    explicit CvmApi(ApiClient* client);
    ApiClient* client() const { return m_client; }

    // One page (Limit is clamped to 1..100).
    ApiJob* describeInstancesPage(const QString& region, const QList<Filter>& filters, int offset,
                                  int limit, QObject* context, Callback<InstancePage> done);
    // Every instance matching the filters: the first page, then the rest in parallel.
    ApiJob* describeAllInstances(const QString& region, const QList<Filter>& filters,
                                 QObject* context, Callback<QList<CvmInstance>> done);
    // The given instances, 100 IDs per request, in parallel; unknown IDs are simply absent.
    ApiJob* describeInstancesByIds(const QString& region, const QStringList& instanceIds,
                                   QObject* context, Callback<QList<CvmInstance>> done);

private:
    ApiClient* m_client;
};

} // namespace eipdesk
