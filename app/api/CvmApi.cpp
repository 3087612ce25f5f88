// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CvmApi.h"

#include "api/ApiCallsJob.h"
#include "api/CvmJson.h"
#include "api/PagedRead.h"
#include "api/VpcJson.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace eipdesk {

namespace {

ApiRequest cvmRequest(const QString& region, const QJsonObject& payload) {
    ApiRequest r;
    r.service = QStringLiteral("cvm");
    r.version = QStringLiteral("2017-03-12");
    r.action = QStringLiteral("DescribeInstances");
    r.region = region;
    r.payload = payload;
    return r;
}

QJsonArray filtersJson(const QList<Filter>& filters) {
    QJsonArray out;
    for (const auto& f : filters) {
        QJsonObject filter;
        filter.insert(QStringLiteral("Name"), f.name);
        filter.insert(QStringLiteral("Values"), QJsonArray::fromStringList(f.values));
        out.append(filter);
    }
    return out;
}

ApiError malformed(const QString& message, const QString& requestId) {
    ApiError e = ApiError::make(ApiError::Kind::MalformedResponse, message, 200);
    e.requestId = requestId;
    return e;
}

bool readPage(const ApiResponse& response, const QString& region, InstancePage* page,
              ApiError* error) {
    const QJsonValue set = response.response.value(QLatin1String("InstanceSet"));
    if (!set.isArray() && !set.isNull() && !set.isUndefined()) {
        *error = malformed(QStringLiteral("InstanceSet is not an array"), response.requestId);
        return false;
    }
    for (const auto& v : set.toArray()) {
        if (!v.isObject())
            continue;
        CvmInstance i = CvmJson::instance(v.toObject(), region);
        if (!i.instanceId.isEmpty())
            page->instances.append(std::move(i));
    }
    page->totalCount = VpcJson::integer(response.response, QLatin1String("TotalCount"))
                           .value_or(page->instances.size());
    page->requestId = response.requestId;
    return true;
}

} // namespace

CvmApi::CvmApi(ApiClient* client)
    : m_client(client) {}

ApiJob* CvmApi::describeInstancesPage(const QString& region, const QList<Filter>& filters,
                                      int offset, int limit, QObject* context,
                                      Callback<InstancePage> done) {
    auto* job = new ApiCallsJob(m_client, context,
                                [done](const ApiError& error) { done(InstancePage{}, error); });
    QJsonObject payload;
    if (!filters.isEmpty())
        payload.insert(QStringLiteral("Filters"), filtersJson(filters));
    payload.insert(QStringLiteral("Offset"), qMax(0, offset));
    payload.insert(QStringLiteral("Limit"), qBound(1, limit, kPageSize));
    job->send(cvmRequest(region, payload), [job, done, region](const ApiResponse& response) {
        InstancePage page;
        ApiError error;
        if (!readPage(response, region, &page, &error)) {
            job->fail(error);
            return;
        }
        job->succeed([&] { done(page, ApiError()); });
    });
    return job;
}

ApiJob* CvmApi::describeAllInstances(const QString& region, const QList<Filter>& filters,
                                     QObject* context, Callback<QList<CvmInstance>> done) {
    auto* job =
        new ApiCallsJob(m_client, context, [done](const ApiError& error) { done({}, error); });
    QJsonObject base;
    if (!filters.isEmpty())
        base.insert(QStringLiteral("Filters"), filtersJson(filters));
    readAllPages<CvmInstance>(
        job, kPageSize,
        [base, region](qint64 offset) {
            QJsonObject payload = base;
            payload.insert(QStringLiteral("Offset"), offset);
            payload.insert(QStringLiteral("Limit"), kPageSize);
            return cvmRequest(region, payload);
        },
        [region](const ApiResponse& response, PageRead<CvmInstance>* read, ApiError* error) {
            InstancePage page;
            if (!readPage(response, region, &page, error))
                return false;
            read->items = std::move(page.instances);
            read->totalCount = page.totalCount;
            return true;
        },
        [job, done](const QList<QList<CvmInstance>>& pages) {
            // Pages can shift while instances come and go.
            const QList<CvmInstance> all =
                joinPagesUnique(pages, [](const CvmInstance& i) { return i.instanceId; });
            job->succeed([&] { done(all, ApiError()); });
        });
    return job;
}

ApiJob* CvmApi::describeInstancesByIds(const QString& region, const QStringList& instanceIds,
                                       QObject* context, Callback<QList<CvmInstance>> done) {
    auto* job =
        new ApiCallsJob(m_client, context, [done](const ApiError& error) { done({}, error); });
    QStringList ids = instanceIds;
    ids.removeDuplicates();
    ids.removeAll(QString());
    if (ids.isEmpty()) {
        QTimer::singleShot(0, job, [job, done] { job->succeed([&] { done({}, ApiError()); }); });
        return job;
    }
    const qsizetype chunks = (ids.size() + kPageSize - 1) / kPageSize;
    auto results = std::make_shared<QList<QList<CvmInstance>>>();
    results->resize(chunks);
    auto remaining = std::make_shared<qsizetype>(chunks);
    for (qsizetype c = 0; c < chunks; ++c) {
        QJsonObject payload;
        payload.insert(QStringLiteral("InstanceIds"),
                       QJsonArray::fromStringList(ids.mid(c * kPageSize, kPageSize)));
        payload.insert(QStringLiteral("Limit"), kPageSize);
        job->send(cvmRequest(region, payload),
                  [job, done, region, results, remaining, c](const ApiResponse& response) {
                      InstancePage p;
                      ApiError e;
                      if (!readPage(response, region, &p, &e)) {
                          job->fail(e);
                          return;
                      }
                      (*results)[c] = p.instances;
                      if (--*remaining > 0)
                          return;
                      QList<CvmInstance> all;
                      for (const auto& chunk : std::as_const(*results))
                          all += chunk;
                      job->succeed([&] { done(all, ApiError()); });
                  });
    }
    return job;
}

} // namespace eipdesk
