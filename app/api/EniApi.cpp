// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EniApi.h"

#include "api/ApiCallsJob.h"
#include "api/VpcJson.h"

#include <QJsonArray>
#include <QSet>

#include <memory>

namespace eipdesk {

namespace {

constexpr int kPageSize = 100;
constexpr qint64 kMaxPages = 2000;

ApiRequest pageRequest(const QString& region, qint64 offset) {
    ApiRequest r;
    r.service = QStringLiteral("vpc");
    r.version = QStringLiteral("2017-03-12");
    r.action = QStringLiteral("DescribeNetworkInterfaces");
    r.region = region;
    r.payload.insert(QStringLiteral("Offset"), offset);
    r.payload.insert(QStringLiteral("Limit"), kPageSize);
    return r;
}

QList<NetworkInterface> readSet(const ApiResponse& response) {
    QList<NetworkInterface> out;
    for (const auto& v : response.response.value(QLatin1String("NetworkInterfaceSet")).toArray())
        if (v.isObject())
            out.append(VpcJson::networkInterface(v.toObject()));
    return out;
}

} // namespace

EniApi::EniApi(ApiClient* client)
    : m_client(client) {}

ApiJob* EniApi::describeAllNetworkInterfaces(const QString& region, QObject* context,
                                             Callback<QList<NetworkInterface>> done) {
    auto* job =
        new ApiCallsJob(m_client, context, [done](const ApiError& error) { done({}, error); });
    job->send(pageRequest(region, 0), [job, done, region](const ApiResponse& first) {
        const QList<NetworkInterface> firstSet = readSet(first);
        const qint64 total =
            VpcJson::integer(first.response, QLatin1String("TotalCount")).value_or(firstSet.size());
        const qint64 pages = (total + kPageSize - 1) / kPageSize;
        if (pages > kMaxPages) {
            ApiError e =
                ApiError::make(ApiError::Kind::MalformedResponse,
                               QStringLiteral("TotalCount %1 is not plausible").arg(total), 200);
            e.requestId = first.requestId;
            job->fail(e);
            return;
        }
        if (pages <= 1 || firstSet.size() < kPageSize) {
            job->succeed([&] { done(firstSet, ApiError()); });
            return;
        }
        auto results = std::make_shared<QList<QList<NetworkInterface>>>();
        results->resize(pages);
        (*results)[0] = firstSet;
        auto remaining = std::make_shared<qint64>(pages - 1);
        for (qint64 i = 1; i < pages; ++i) {
            job->send(pageRequest(region, i * kPageSize),
                      [job, done, results, remaining, i](const ApiResponse& r) {
                          (*results)[i] = readSet(r);
                          if (--*remaining > 0)
                              return;
                          QList<NetworkInterface> all;
                          QSet<QString> seen;
                          for (const auto& chunk : std::as_const(*results))
                              for (const auto& eni : chunk)
                                  if (!seen.contains(eni.networkInterfaceId)) {
                                      seen.insert(eni.networkInterfaceId);
                                      all.append(eni);
                                  }
                          job->succeed([&] { done(all, ApiError()); });
                      });
        }
    });
    return job;
}

} // namespace eipdesk
