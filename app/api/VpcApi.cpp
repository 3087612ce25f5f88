// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/VpcApi.h"

#include "api/AddressPageReader.h"
#include "api/ApiCallsJob.h"
#include "api/ApiClient.h"
#include "api/PagedRead.h"
#include "api/SiteRules.h"
#include "api/VpcJson.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace eipdesk {

namespace {

constexpr int kPageSize = 100;

ApiRequest vpcRequest(const QString& action, const QString& region, const QJsonObject& payload) {
    ApiRequest r;
    r.service = QStringLiteral("vpc");
    r.version = QStringLiteral("2017-03-12");
    r.action = action;
    r.region = region;
    r.payload = payload;
    return r;
}

// DescribeAddresses, its replies read by AddressPageReader when it can (see ApiRequest::decoder).
ApiRequest addressesRequest(const QString& region, const QJsonObject& payload) {
    ApiRequest r = vpcRequest(QStringLiteral("DescribeAddresses"), region, payload);
    r.decoder = [region](const QByteArray& body, QVariant* decoded, QString* requestId) {
        AddressPage page;
        if (!AddressPageReader::read(body, region, &page))
            return false;
        *requestId = page.requestId;
        *decoded = QVariant::fromValue(std::move(page));
        return true;
    };
    r.decodeOffThread = true; // reads only the body and its own copy of the region
    return r;
}

template <typename T> ApiCallsJob* makeJob(ApiClient* client, QObject* context, Callback<T> done) {
    return new ApiCallsJob(client, context, [done](const ApiError& error) { done(T{}, error); });
}

// Every query names the address types it wants: without the filter the international site
// lists only EIP and the China site everything but WanIP (SiteRules).
QJsonObject addressQueryPayload(const AddressQuery& query) {
    QJsonObject payload;
    if (!query.addressIds.isEmpty())
        payload.insert(QStringLiteral("AddressIds"), QJsonArray::fromStringList(query.addressIds));
    QList<Filter> all = query.filters;
    bool typed = false;
    for (const auto& f : std::as_const(all))
        typed = typed || f.name == QLatin1String("address-type");
    if (!typed)
        all.append(Filter{QStringLiteral("address-type"), SiteRules::addressTypes()});
    {
        QJsonArray filters;
        for (const auto& f : std::as_const(all)) {
            QJsonObject filter;
            filter.insert(QStringLiteral("Name"), f.name);
            filter.insert(QStringLiteral("Values"), QJsonArray::fromStringList(f.values));
            filters.append(filter);
        }
        payload.insert(QStringLiteral("Filters"), filters);
    }
    return payload;
}

ApiError malformed(const QString& message, const QString& requestId) {
    ApiError e = ApiError::make(ApiError::Kind::MalformedResponse, message, 200);
    e.requestId = requestId;
    return e;
}

// AddressSet/TotalCount of one DescribeAddresses response.
bool readAddressPage(const ApiResponse& response, const QString& region, AddressPage* page,
                     ApiError* error) {
    if (response.decoded.canConvert<AddressPage>()) {
        *page = response.decoded.value<AddressPage>();
        return true;
    }
    QString problem;
    if (!VpcJson::addressPage(response.response, region, page, &problem)) {
        *error = malformed(problem, response.requestId);
        return false;
    }
    page->requestId = response.requestId;
    return true;
}

bool regionFallbackWorthy(const ApiError& error) {
    if (error.kind == ApiError::Kind::Service) {
        const QString& c = error.code;
        return c == QLatin1String("InvalidAction") || c == QLatin1String("ActionOffline") ||
               c.startsWith(QLatin1String("UnsupportedOperation")) ||
               c.startsWith(QLatin1String("NoSuchProduct")) ||
               c.startsWith(QLatin1String("NoSuchVersion")) ||
               c.startsWith(QLatin1String("InvalidParameterValue")) ||
               c.startsWith(QLatin1String("InternalError")) ||
               c == QLatin1String("ServiceUnavailable");
    }
    return error.isTransport() || error.kind == ApiError::Kind::HttpStatus ||
           error.kind == ApiError::Kind::MalformedResponse;
}

QList<Region> readRegions(const ApiResponse& response) {
    QList<Region> regions;
    for (const auto& v : response.response.value(QLatin1String("RegionSet")).toArray()) {
        const Region r = VpcJson::region(v.toObject());
        if (!r.id.isEmpty())
            regions.append(r);
    }
    return regions;
}

AsyncTaskStarted readTaskStarted(const ApiResponse& response) {
    return {VpcJson::taskId(response.response.value(QLatin1String("TaskId"))), response.requestId};
}

} // namespace

VpcApi::VpcApi(ApiClient* client)
    : m_client(client) {}

Site VpcApi::site() const {
    return m_client ? m_client->endpointConfig().site : Site::China;
}

ApiJob* VpcApi::describeRegions(QObject* context, Callback<QList<Region>> done) {
    auto* job = makeJob(m_client, context, done);
    ApiRequest primary;
    primary.service = QStringLiteral("region");
    primary.version = QStringLiteral("2022-06-27");
    primary.action = QStringLiteral("DescribeRegions");
    // The documented example asks for cvm; VPC runs in the regions CVM runs in.
    primary.payload.insert(QStringLiteral("Product"), QStringLiteral("cvm"));

    ApiRequest fallback;
    fallback.service = QStringLiteral("cvm");
    fallback.version = QStringLiteral("2017-03-12");
    fallback.action = QStringLiteral("DescribeRegions");

    job->sendRaw(primary, [job, done, fallback](const ApiResponse& response) {
        if (response.ok()) {
            const QList<Region> regions = readRegions(response);
            if (!regions.isEmpty()) {
                job->succeed([&] { done(regions, ApiError()); });
                return;
            }
        } else if (!regionFallbackWorthy(response.error)) {
            job->fail(response.error);
            return;
        }
        job->send(fallback, [job, done](const ApiResponse& r) {
            const QList<Region> regions = readRegions(r);
            job->succeed([&] { done(regions, ApiError()); });
        });
    });
    return job;
}

ApiRequest VpcApi::addressesPageRequest(const QString& region, const AddressQuery& query,
                                        int offset, int limit) {
    QJsonObject payload = addressQueryPayload(query);
    payload.insert(QStringLiteral("Offset"), qMax(0, offset));
    payload.insert(QStringLiteral("Limit"), qBound(1, limit, kPageSize));
    return addressesRequest(region, payload);
}

ApiJob* VpcApi::describeAddressesPage(const QString& region, const AddressQuery& query, int offset,
                                      int limit, QObject* context, Callback<AddressPage> done) {
    auto* job = makeJob(m_client, context, done);
    const ApiRequest request = addressesPageRequest(region, query, offset, limit);
    job->send(request, [job, done, region](const ApiResponse& response) {
        AddressPage page;
        ApiError error;
        if (!readAddressPage(response, region, &page, &error)) {
            job->fail(error);
            return;
        }
        job->succeed([&] { done(page, ApiError()); });
    });
    return job;
}

ApiJob* VpcApi::describeAllAddresses(const QString& region, const AddressQuery& query,
                                     QObject* context, Callback<QList<Address>> done) {
    auto* job = makeJob(m_client, context, done);
    const QJsonObject base = addressQueryPayload(query);
    readAllPages<Address>(
        job, kPageSize,
        [base, region](qint64 offset) {
            QJsonObject payload = base;
            payload.insert(QStringLiteral("Offset"), offset);
            payload.insert(QStringLiteral("Limit"), kPageSize);
            return addressesRequest(region, payload);
        },
        [region](const ApiResponse& response, PageRead<Address>* read, ApiError* error) {
            AddressPage page;
            if (!readAddressPage(response, region, &page, error))
                return false;
            read->items = std::move(page.addresses);
            read->totalCount = page.totalCount;
            return true;
        },
        [job, done](const QList<QList<Address>>& pages) {
            const QList<Address> all = joinPages(pages);
            job->succeed([&] { done(all, ApiError()); });
        });
    return job;
}

ApiJob* VpcApi::describeAddress(const QString& region, const QString& addressId, QObject* context,
                                Callback<std::optional<Address>> done) {
    auto* job = new ApiCallsJob(m_client, context,
                                [done](const ApiError& error) { done(std::nullopt, error); });
    QJsonObject payload;
    payload.insert(QStringLiteral("AddressIds"), QJsonArray{addressId});
    payload.insert(QStringLiteral("Limit"), kPageSize);
    job->sendRaw(addressesRequest(region, payload), [job, done, region,
                                                     addressId](const ApiResponse& response) {
        if (!response.ok()) {
            // The address is gone: that is an answer, not an error.
            if (response.error.code == QLatin1String("InvalidAddressId.NotFound") ||
                response.error.code == QLatin1String("InvalidParameterValue.AddressNotFound")) {
                job->succeed([&] { done(std::nullopt, ApiError()); });
                return;
            }
            job->fail(response.error);
            return;
        }
        AddressPage page;
        ApiError error;
        if (!readAddressPage(response, region, &page, &error)) {
            job->fail(error);
            return;
        }
        std::optional<Address> found;
        for (const auto& a : std::as_const(page.addresses))
            if (a.addressId == addressId)
                found = a;
        job->succeed([&] { done(found, ApiError()); });
    });
    return job;
}

ApiJob* VpcApi::disassociateAddress(const QString& region, const QString& addressId,
                                    bool reallocateNormalPublicIp, QObject* context,
                                    Callback<AsyncTaskStarted> done) {
    auto* job = makeJob(m_client, context, done);
    QJsonObject payload;
    payload.insert(QStringLiteral("AddressId"), addressId);
    if (reallocateNormalPublicIp) // sent only when true
        payload.insert(QStringLiteral("ReallocateNormalPublicIp"), true);
    job->send(vpcRequest(QStringLiteral("DisassociateAddress"), region, payload),
              [job, done](const ApiResponse& response) {
                  const AsyncTaskStarted started = readTaskStarted(response);
                  job->succeed([&] { done(started, ApiError()); });
              });
    return job;
}

ApiJob* VpcApi::associateAddress(const QString& region, const QString& addressId,
                                 const QString& instanceId, const QString& networkInterfaceId,
                                 const QString& privateIpAddress, QObject* context,
                                 Callback<AsyncTaskStarted> done) {
    auto* job = makeJob(m_client, context, done);
    QJsonObject payload;
    payload.insert(QStringLiteral("AddressId"), addressId);
    if (!instanceId.isEmpty()) {
        payload.insert(QStringLiteral("InstanceId"), instanceId);
    } else {
        payload.insert(QStringLiteral("NetworkInterfaceId"), networkInterfaceId);
        payload.insert(QStringLiteral("PrivateIpAddress"), privateIpAddress);
    }
    job->send(vpcRequest(QStringLiteral("AssociateAddress"), region, payload),
              [job, done](const ApiResponse& response) {
                  const AsyncTaskStarted started = readTaskStarted(response);
                  job->succeed([&] { done(started, ApiError()); });
              });
    return job;
}

ApiJob* VpcApi::disassociateNatGatewayAddress(const QString& region, const QString& natGatewayId,
                                              const QStringList& publicIps, QObject* context,
                                              Callback<QString> done) {
    auto* job = makeJob(m_client, context, done);
    QJsonObject payload;
    payload.insert(QStringLiteral("NatGatewayId"), natGatewayId);
    payload.insert(QStringLiteral("PublicIpAddresses"), QJsonArray::fromStringList(publicIps));
    job->send(vpcRequest(QStringLiteral("DisassociateNatGatewayAddress"), region, payload),
              [job, done](const ApiResponse& response) {
                  job->succeed([&] { done(response.requestId, ApiError()); });
              });
    return job;
}

ApiJob* VpcApi::describeTaskResult(const QString& region, quint64 taskId, QObject* context,
                                   Callback<TaskResult> done) {
    auto* job = makeJob(m_client, context, done);
    QJsonObject payload;
    payload.insert(QStringLiteral("TaskId"), static_cast<qint64>(taskId)); // a JSON integer
    job->send(vpcRequest(QStringLiteral("DescribeTaskResult"), region, payload),
              [job, done, taskId](const ApiResponse& response) {
                  TaskResult result;
                  result.taskId = taskId;
                  result.requestId = response.requestId;
                  const QString state =
                      VpcJson::string(response.response, QLatin1String("Result")).toUpper();
                  if (state == QLatin1String("SUCCESS"))
                      result.state = TaskResult::State::Success;
                  else if (state == QLatin1String("FAILED"))
                      result.state = TaskResult::State::Failed;
                  else if (state == QLatin1String("RUNNING"))
                      result.state = TaskResult::State::Running;
                  job->succeed([&] { done(result, ApiError()); });
              });
    return job;
}

ApiJob* VpcApi::describeAddressQuota(const QString& region, QObject* context,
                                     Callback<QList<Quota>> done) {
    auto* job = makeJob(m_client, context, done);
    job->send(vpcRequest(QStringLiteral("DescribeAddressQuota"), region, {}),
              [job, done](const ApiResponse& response) {
                  QList<Quota> quotas;
                  for (const auto& v : response.response.value(QLatin1String("QuotaSet")).toArray())
                      quotas.append(VpcJson::quota(v.toObject()));
                  job->succeed([&] { done(quotas, ApiError()); });
              });
    return job;
}

ApiJob* VpcApi::describeNetworkInterfaces(const QString& region, const QStringList& eniIds,
                                          QObject* context,
                                          Callback<QList<NetworkInterface>> done) {
    auto* job = makeJob(m_client, context, done);
    if (eniIds.isEmpty()) {
        QTimer::singleShot(0, job, [job, done] { job->succeed([&] { done({}, ApiError()); }); });
        return job;
    }
    const qsizetype chunks = (eniIds.size() + kPageSize - 1) / kPageSize;
    auto results = std::make_shared<QList<QList<NetworkInterface>>>();
    results->resize(chunks);
    auto remaining = std::make_shared<qsizetype>(chunks);
    for (qsizetype c = 0; c < chunks; ++c) {
        QJsonObject payload;
        payload.insert(QStringLiteral("NetworkInterfaceIds"),
                       QJsonArray::fromStringList(eniIds.mid(c * kPageSize, kPageSize)));
        payload.insert(QStringLiteral("Limit"), kPageSize);
        job->send(vpcRequest(QStringLiteral("DescribeNetworkInterfaces"), region, payload),
                  [job, done, results, remaining, c](const ApiResponse& response) {
                      for (const auto& v :
                           response.response.value(QLatin1String("NetworkInterfaceSet")).toArray())
                          (*results)[c].append(VpcJson::networkInterface(v.toObject()));
                      if (--*remaining > 0)
                          return;
                      QList<NetworkInterface> all;
                      for (const auto& chunk : std::as_const(*results))
                          all += chunk;
                      job->succeed([&] { done(all, ApiError()); });
                  });
    }
    return job;
}

} // namespace eipdesk
