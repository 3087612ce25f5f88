// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AccountContext.h"

#include "inventory/InstanceNameCache.h"

#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "inventory/InventoryStore.h"
#include "ops/OperationQueue.h"

namespace eipdesk {

AccountContext::AccountContext(QNetworkAccessManager* network, const Clock* clock, Journal* journal,
                               const Profile& profile, const Credentials& credentials,
                               const EndpointConfig& endpoints, const QString& apiLanguage,
                               QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_profile(profile)
    , m_client(std::make_unique<ApiClient>(network, clock)) {
    m_client->setCredentials(credentials);
    m_client->setSignatureMethod(profile.signatureMethod);
    m_client->setEndpointConfig(endpoints);
    m_client->setLanguage(apiLanguage);
    connect(m_client.get(), &ApiClient::clockOffsetChanged, this,
            &AccountContext::clockOffsetChanged);
    m_api = std::make_unique<VpcApi>(m_client.get());
    m_inventory = std::make_unique<InventoryStore>(m_api.get(), clock);
    m_inventory->setSite(profile.site);
    // One DescribeInstances round per region per refresh; a newly bound instance on its own.
    m_instanceNames = std::make_unique<InstanceNameCache>();
    m_instanceNames->setClient(m_client.get());
    InstanceNameCache* names = m_instanceNames.get();
    // After the load: the lookups' replies would otherwise be parsed while the load's own
    // pages are still coming in (a region read alone, outside a load, is looked up at once).
    InventoryStore* inventory = m_inventory.get();
    connect(inventory, &InventoryStore::regionReplaced, names,
            [this, inventory](const QString& region, const QList<Address>& addresses) {
                m_namesDue.insert(region, addresses);
                if (!inventory->isLoading())
                    lookUpNames();
            });
    // Queued: every listener (the window) hears the load is finished before the lookups'
    // requests are built and signed (some 60 at 10,000 EIPs; issue 16).
    connect(inventory, &InventoryStore::loadFinished, this, &AccountContext::lookUpNames,
            Qt::QueuedConnection);
    connect(m_inventory.get(), &InventoryStore::addressUpdated, names,
            [names](const Address& a) { names->learn(a.region, a.instanceId); });
    m_operations = std::make_unique<OperationQueue>(journal, clock);
    m_operations->setSession(m_api.get(), profile.name);

    InventoryStore* store = m_inventory.get();
    // The row follows its operation: re-read when it ends; the quota when it was spent.
    connect(m_operations.get(), &OperationQueue::itemEnded, store, [store](const OperationItem& i) {
        store->refreshAddress(i.address.region, i.address.addressId);
        if (i.entry.reallocate)
            store->refreshQuota();
    });
    connect(m_operations.get(), &OperationQueue::progressChanged, this, [this] {
        if (!hasWorkInFlight())
            emit settled();
    });
}

AccountContext::~AccountContext() {
    m_operations->disconnect(this); // no "settled" from a context being destroyed
    shutdown();
    m_operations.reset();
    m_instanceNames.reset();
    m_inventory.reset();
    m_api.reset();
    m_client.reset();
}

void AccountContext::lookUpNames() {
    const QHash<QString, QList<Address>> due = std::exchange(m_namesDue, {});
    for (auto it = due.cbegin(); it != due.cend(); ++it)
        m_instanceNames->refresh(it.key(), it.value());
}

bool AccountContext::hasWorkInFlight() const {
    if (!m_operations || m_operations->isShutDown())
        return false;
    const OperationProgress p = m_operations->progress();
    return p.active > 0 || p.queued > 0;
}

void AccountContext::shutdown() {
    if (m_operations)
        m_operations->shutdown();
    if (m_inventory)
        m_inventory->cancel();
}

} // namespace eipdesk
