// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AddressPage.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/Endpoint.h"
#include "core/Address.h"
#include "core/NetworkInterface.h"
#include "core/Quota.h"
#include "core/Region.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

namespace eipdesk {

class ApiClient;

struct Filter {
    QString name;
    QStringList values;
};

// Without an address-type filter, every type is asked for explicitly (SiteRules).
struct AddressQuery {
    QStringList addressIds;
    QList<Filter> filters;
};

struct TaskResult {
    enum class State { Running, Success, Failed, Unknown };
    quint64 taskId = 0;
    State state = State::Unknown;
    QString requestId;
};

struct AsyncTaskStarted {
    QString taskId; // a string on the wire; may be empty (then poll DescribeAddresses)
    QString requestId;
};

// A running typed operation (one request or several pages). Deletes itself after its
// callback ran; abort() makes the callback run with Kind::Canceled.
class ApiJob : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;
signals:
    void progress(int done, int total); // pages for paged reads
    void finished();
    // Each answer (or final failure) of each request the job made: for the journal's request
    // log. `requestId` is empty when no answer came; `errorCode` is empty on success.
    void responded(const QString& action, const QString& requestId, const QString& errorCode);
};

template <typename T> using Callback = std::function<void(const T& result, const ApiError& error)>;

// Typed actions over ApiClient (spec §4). Callbacks run on the caller's thread, exactly once,
// unless `context` was destroyed first.
class VpcApi {
public:
    explicit VpcApi(ApiClient* client);
    ApiClient* client() const { return m_client; }

    Site site() const; // the profile's site (China when there is no client)

    // Region service DescribeRegions (Product=cvm, as the documented example); falls back to
    // CVM DescribeRegions (documented as no longer updated).
    ApiJob* describeRegions(QObject* context, Callback<QList<Region>> done);

    // The DescribeAddresses request for one page, as describeAddressesPage sends it (the
    // address-type filter included; the reply read by AddressPageReader off the caller's thread).
    static ApiRequest addressesPageRequest(const QString& region, const AddressQuery& query,
                                           int offset, int limit);
    // One page.
    ApiJob* describeAddressesPage(const QString& region, const AddressQuery& query, int offset,
                                  int limit, QObject* context, Callback<AddressPage> done);
    // Every page at Limit 100: the first page, then the remaining pages in parallel.
    ApiJob* describeAllAddresses(const QString& region, const AddressQuery& query, QObject* context,
                                 Callback<QList<Address>> done);
    // Convenience: re-read one address; result is std::nullopt when it no longer exists.
    ApiJob* describeAddress(const QString& region, const QString& addressId, QObject* context,
                            Callback<std::optional<Address>> done);

    ApiJob* disassociateAddress(const QString& region, const QString& addressId,
                                bool reallocateNormalPublicIp, QObject* context,
                                Callback<AsyncTaskStarted> done);
    ApiJob* associateAddress(const QString& region, const QString& addressId,
                             const QString& instanceId, const QString& networkInterfaceId,
                             const QString& privateIpAddress, QObject* context,
                             Callback<AsyncTaskStarted> done);
    ApiJob* disassociateNatGatewayAddress(const QString& region, const QString& natGatewayId,
                                          const QStringList& publicIps, QObject* context,
                                          Callback<QString /*requestId*/> done);
    ApiJob* describeTaskResult(const QString& region, quint64 taskId, QObject* context,
                               Callback<TaskResult> done);
    ApiJob* describeAddressQuota(const QString& region, QObject* context,
                                 Callback<QList<Quota>> done);
    ApiJob* describeNetworkInterfaces(const QString& region, const QStringList& eniIds,
                                      QObject* context, Callback<QList<NetworkInterface>> done);

private:
    ApiClient* m_client;
};

} // namespace eipdesk
