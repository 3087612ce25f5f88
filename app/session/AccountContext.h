// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "core/Address.h"
#include "credentials/Profile.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace eipdesk {

class ApiClient;
class Clock;
class InstanceNameCache;
class InventoryStore;
class Journal;
class OperationQueue;
class VpcApi;

// Everything that belongs to one account (one profile): its ApiClient and the typed VpcApi on
// top, the inventory store (regions, the addresses of the scope with their last good read and
// stale marks, the quota) and the operation queue (every write: unbind, NAT unbind, re-bind,
// ...). Views are projections of it and hold it by QPointer. Lifetimes, readable here: the
// queue and the store are destroyed before the VpcApi and the ApiClient they call, and the
// queue's shutdown() first ends every live operation with a definite, journaled result.
// Finished operations re-read their address (and the quota when they spent it).
class AccountContext : public QObject {
    Q_OBJECT
public:
    AccountContext(QNetworkAccessManager* network, const Clock* clock, Journal* journal,
                   const Profile& profile, const Credentials& credentials,
                   const EndpointConfig& endpoints, const QString& apiLanguage,
                   QObject* parent = nullptr);
    ~AccountContext() override;

    const Profile& profile() const { return m_profile; }
    ApiClient* client() const { return m_client.get(); }
    VpcApi* api() const { return m_api.get(); }
    InventoryStore* inventory() const { return m_inventory.get(); }
    // The names of the instances the account's EIPs are bound to (refreshed with each region).
    InstanceNameCache* instanceNames() const { return m_instanceNames.get(); }
    OperationQueue* operations() const { return m_operations.get(); }
    const Clock* clock() const { return m_clock; }

    // Operations queued or under way (a call may be on the wire).
    bool hasWorkInFlight() const;
    // Ends every operation with a definite result (see OperationQueue::shutdown()).
    void shutdown();

signals:
    // No operation is queued or under way any more.
    void settled();
    void clockOffsetChanged(qint64 offsetMs);

private:
    void lookUpNames(); // the instance names of the regions read since the last lookup

    const Clock* m_clock;
    Profile m_profile;
    // Declaration order is destruction order reversed: operations, inventory, api, client.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<VpcApi> m_api;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<InstanceNameCache> m_instanceNames;
    std::unique_ptr<OperationQueue> m_operations;
    QHash<QString, QList<Address>> m_namesDue; // regions read during the running load
};

} // namespace eipdesk
