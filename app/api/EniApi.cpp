// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EniApi.h"

#include "api/ApiCallsJob.h"
#include "api/PagedRead.h"
#include "api/VpcJson.h"

#include <QJsonArray>

namespace eipdesk {

namespace {

constexpr int kPageSize = 100;

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
    readAllPages<NetworkInterface>(
        job, kPageSize, [region](qint64 offset) { return pageRequest(region, offset); },
        [](const ApiResponse& response, PageRead<NetworkInterface>* read, ApiError*) {
            read->items = readSet(response);
            read->totalCount = VpcJson::integer(response.response, QLatin1String("TotalCount"))
                                   .value_or(read->items.size());
            return true;
        },
        [job, done](const QList<QList<NetworkInterface>>& pages) {
            const QList<NetworkInterface> all = joinPagesUnique(
                pages, [](const NetworkInterface& eni) { return eni.networkInterfaceId; });
            job->succeed([&] { done(all, ApiError()); });
        });
    return job;
}

} // namespace eipdesk
