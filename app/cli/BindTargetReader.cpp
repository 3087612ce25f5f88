// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BindTargetReader.h"

#include "api/CvmApi.h"
#include "api/VpcApi.h"
#include "cli/UnbindReporter.h"
#include "core/WaitFor.h"
#include "ops/BindEligibility.h"
#include "ops/ErrorCatalog.h"

#include <QObject>

namespace eipdesk {

namespace {
template <typename T> struct Reply {
    T value{};
    ApiError error;
};
} // namespace

BindTargetReader::BindTargetReader(ApiClient* client)
    : m_client(client) {}

BindTargetReader::Result BindTargetReader::read(const QString& region,
                                                const OperationTarget& target) {
    return target.isInstance() ? readInstance(region, target.instanceId) : readEni(region, target);
}

BindTargetReader::Result BindTargetReader::readInstance(const QString& region,
                                                        const QString& instanceId) {
    Result r;
    r.target = BindTarget::instance(instanceId);
    QObject context;
    CvmApi cvm(m_client);
    const auto found = waitFor<Reply<QList<CvmInstance>>>([&](auto done) {
        cvm.describeInstancesByIds(region, {instanceId}, &context,
                                   [done](const QList<CvmInstance>& list, const ApiError& e) {
                                       done(Reply<QList<CvmInstance>>{list, e});
                                   });
    });
    if (found.error) {
        r.blocker =
            tr("Instance %1 could not be read: %2")
                .arg(instanceId, UnbindReporter::problemText(ErrorCatalog::explain(found.error)));
        return r;
    }
    if (found.value.isEmpty()) {
        r.blocker = tr("There is no instance %1 in region %2.").arg(instanceId, region);
        return r;
    }
    const CvmInstance instance = found.value.first();
    r.target.instanceName = instance.instanceName;
    r.target.privateIp = instance.primaryPrivateIp();
    // Its public IPs: EIPs of the region, or an ordinary public IP.
    QList<Address> eips;
    if (!instance.publicIpAddresses.isEmpty()) {
        VpcApi vpc(m_client);
        AddressQuery query;
        query.filters << Filter{QStringLiteral("address-ip"), instance.publicIpAddresses};
        const auto addresses = waitFor<Reply<QList<Address>>>([&](auto done) {
            vpc.describeAllAddresses(region, query, &context,
                                     [done](const QList<Address>& list, const ApiError& e) {
                                         done(Reply<QList<Address>>{list, e});
                                     });
        });
        eips = addresses.value;
    }
    const BindCandidate c = BindEligibility(eips).instance(instance);
    r.target.normalPublicIp = c.normalPublicIp;
    r.blocker = c.blocker.isEmpty() ? QString() : tr("Instance %1: %2").arg(instanceId, c.blocker);
    r.warning = c.warning;
    return r;
}

BindTargetReader::Result BindTargetReader::readEni(const QString& region,
                                                   const OperationTarget& target) {
    Result r;
    r.target = BindTarget::eniIp(target.networkInterfaceId, target.privateIp);
    QObject context;
    VpcApi vpc(m_client);
    const auto found = waitFor<Reply<QList<NetworkInterface>>>([&](auto done) {
        vpc.describeNetworkInterfaces(
            region, {target.networkInterfaceId}, &context,
            [done](const QList<NetworkInterface>& list, const ApiError& e) {
                done(Reply<QList<NetworkInterface>>{list, e});
            });
    });
    if (found.error) {
        r.blocker = tr("Network interface %1 could not be read: %2")
                        .arg(target.networkInterfaceId,
                             UnbindReporter::problemText(ErrorCatalog::explain(found.error)));
        return r;
    }
    for (const NetworkInterface& eni : found.value) {
        if (eni.networkInterfaceId != target.networkInterfaceId)
            continue;
        r.target.instanceId = eni.attachedInstanceId;
        for (const PrivateIpAddress& ip : eni.privateIpAddresses) {
            if (ip.privateIpAddress != target.privateIp)
                continue;
            const BindCandidate c = BindEligibility().eniIp(eni, ip);
            r.target.normalPublicIp = c.normalPublicIp;
            r.blocker = c.blocker.isEmpty()
                            ? QString()
                            : tr("Private IP %1 of network interface %2: %3")
                                  .arg(target.privateIp, target.networkInterfaceId, c.blocker);
            r.warning = c.warning;
            return r;
        }
        r.blocker = tr("Network interface %1 has no private IP %2.")
                        .arg(target.networkInterfaceId, target.privateIp);
        return r;
    }
    r.blocker =
        tr("There is no network interface %1 in region %2.").arg(target.networkInterfaceId, region);
    return r;
}

} // namespace eipdesk
