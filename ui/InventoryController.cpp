// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InventoryController.h"

#include "api/VpcApi.h"
#include "inventory/InventoryLoader.h"
#include "inventory/TransitionWatcher.h"
#include "session/Session.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

namespace eipdesk {

InventoryController::InventoryController(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new AddressTableModel(this))
    , m_proxy(new AddressFilterProxyModel(this))
    , m_loader(new InventoryLoader(this))
    , m_watcher(new TransitionWatcher(this)) {
    m_proxy->setAddressModel(m_model);
    connect(m_loader, &InventoryLoader::started, this, [this](const QStringList& regions) {
        for (const QString& r : regions)
            m_errors.remove(r);
        m_model->removeRegionsNotIn(regions);
        emit regionErrorsChanged();
    });
    connect(m_loader, &InventoryLoader::regionLoaded, this,
            [this](const QString& region, const QList<Address>& addresses) {
                // The first region of a load into an empty table: room for every EIP announced
                // so far, so 10,000 rows are not moved again and again as the list grows.
                m_model->reserveRows(m_loader->progress().expected);
                m_model->setRegionAddresses(region, addresses);
                m_watcher->watchAll(addresses);
            });
    connect(m_loader, &InventoryLoader::regionFailed, this,
            [this](const QString& region, const ApiError& error) {
                m_errors.insert(region, error);
                emit regionErrorsChanged();
            });
    connect(m_loader, &InventoryLoader::progressChanged, this,
            &InventoryController::progressChanged);
    connect(m_loader, &InventoryLoader::finished, this, &InventoryController::loadFinished);
    connect(m_watcher, &TransitionWatcher::addressUpdated, m_model,
            &AddressTableModel::updateAddress);
    connect(m_watcher, &TransitionWatcher::addressVanished, m_model,
            &AddressTableModel::removeAddress);
    if (m_session) {
        connect(m_session, &Session::activated, this, &InventoryController::onSessionChanged);
        connect(m_session, &Session::deactivated, this, &InventoryController::onSessionChanged);
        onSessionChanged();
    }
}

InventoryController::~InventoryController() = default;

void InventoryController::onSessionChanged() {
    ++m_generation;
    VpcApi* api = m_session ? m_session->api() : nullptr;
    m_loader->setApi(api);
    m_watcher->setApi(api);
    m_model->clear();
    m_regions.clear();
    m_errors.clear();
    emit regionErrorsChanged();
}

void InventoryController::loadRegions() {
    VpcApi* api = m_session ? m_session->api() : nullptr;
    if (!api) {
        ApiError e;
        e.kind = ApiError::Kind::InvalidRequest;
        e.code = QStringLiteral("ClientError.NoSession");
        e.message = QStringLiteral("No active profile");
        emit regionsFailed(e);
        return;
    }
    const quint64 gen = ++m_generation;
    api->describeRegions(this, [this, gen](const QList<Region>& regions, const ApiError& error) {
        if (gen != m_generation)
            return;
        if (error.isError()) {
            emit regionsFailed(error);
            return;
        }
        m_regions.clear();
        for (const Region& r : regions)
            if (r.isAvailable())
                m_regions << r;
        emit regionsLoaded(m_regions);
    });
}

void InventoryController::load(const QStringList& regions) {
    m_loader->load(regions);
}

void InventoryController::cancel() {
    m_loader->cancel();
}

bool InventoryController::isLoading() const {
    return m_loader->isRunning();
}

void InventoryController::refreshAddress(const QString& region, const QString& addressId) {
    VpcApi* api = m_session ? m_session->api() : nullptr;
    if (!api)
        return;
    api->describeAddress(
        region, addressId, this,
        [this, region, addressId](const std::optional<Address>& address, const ApiError& error) {
            if (error.isError())
                return;
            if (!address) {
                m_model->removeAddress(region, addressId);
                return;
            }
            Address a = *address;
            if (a.region.isEmpty())
                a.region = region;
            m_model->updateAddress(a);
            m_watcher->watch(a);
        });
}

} // namespace eipdesk
