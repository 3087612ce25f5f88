// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InventoryController.h"

#include "inventory/InstanceNameCache.h"
#include "inventory/InventoryLoader.h"
#include "inventory/InventoryStore.h"
#include "ops/OperationQueue.h"
#include "session/AccountContext.h"
#include "session/Session.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

namespace eipdesk {

InventoryController::InventoryController(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new AddressTableModel(this))
    , m_proxy(new AddressFilterProxyModel(this)) {
    m_proxy->setAddressModel(m_model);
    if (m_session) {
        connect(m_session, &Session::activated, this, &InventoryController::onSessionChanged);
        connect(m_session, &Session::deactivated, this, &InventoryController::onSessionChanged);
        onSessionChanged();
    }
}

InventoryController::~InventoryController() = default;

InventoryStore* InventoryController::store() const {
    return m_context ? m_context->inventory() : nullptr;
}

void InventoryController::onSessionChanged() {
    if (m_context) {
        m_context->inventory()->disconnect(this);
        m_context->instanceNames()->disconnect(this);
        m_context->operations()->disconnect(this);
    }
    m_context = m_session ? m_session->context() : nullptr;
    m_model->clear();
    m_model->setInstanceNames({});
    if (m_cachedRowsTime.isValid()) {
        m_cachedRowsTime = {};
        emit cachedRowsChanged({});
    }
    emit regionErrorsChanged();
    InventoryStore* s = store();
    if (!s)
        return;
    InstanceNameCache* names = m_context->instanceNames();
    connect(names, &InstanceNameCache::namesChanged, this,
            [this, names] { m_model->setInstanceNames(names->names()); });
    connect(s, &InventoryStore::regionsLoaded, this, &InventoryController::regionsLoaded);
    connect(s, &InventoryStore::regionsFailed, this, &InventoryController::regionsFailed);
    connect(s, &InventoryStore::scopeChanged, this, [this](const QStringList& regions) {
        m_model->removeRegionsNotIn(regions);
        emit scopeChanged(regions);
    });
    connect(s, &InventoryStore::regionReplaced, this,
            [this, s](const QString& region, const QList<Address>& addresses) {
                // The first region of a load into an empty table: room for every EIP announced
                // so far, so 10,000 rows are not moved again and again as the list grows.
                m_model->reserveRows(s->loader()->progress().expected);
                m_model->setRegionAddresses(region, addresses);
                // Rows whose operation is still queued or under way keep showing it.
                OperationQueue* q = m_context->operations();
                for (const Address& a : addresses)
                    if (q->isBusy(a.addressId))
                        onBusyChanged(a.region, a.addressId);
            });
    connect(s, &InventoryStore::addressUpdated, this, [this](const Address& a) {
        m_model->updateAddress(a);
        onBusyChanged(a.region, a.addressId);
    });
    connect(s, &InventoryStore::addressRemoved, m_model, &AddressTableModel::removeAddress);
    connect(s, &InventoryStore::regionStatusChanged, this, [this, s](const QString& region) {
        const InventoryStore::RegionStatus st = s->regionStatus(region);
        const bool old = st.stale || st.cached;
        m_model->setRegionStale(region, old ? st.lastGoodRead : QDateTime(), old, st.cached);
        // The oldest read among the rows of last time still shown (invalid: none).
        QDateTime oldest;
        for (const QString& r : s->scope()) {
            const InventoryStore::RegionStatus rs = s->regionStatus(r);
            if (rs.cached && (!oldest.isValid() || rs.lastGoodRead < oldest))
                oldest = rs.lastGoodRead;
        }
        if (oldest != m_cachedRowsTime) {
            m_cachedRowsTime = oldest;
            emit cachedRowsChanged(oldest);
        }
    });
    connect(s, &InventoryStore::regionErrorsChanged, this,
            &InventoryController::regionErrorsChanged);
    connect(s, &InventoryStore::progressChanged, this, &InventoryController::progressChanged);
    connect(s, &InventoryStore::loadFinished, this, &InventoryController::loadFinished);
    connect(m_context->operations(), &OperationQueue::busyChanged, this,
            &InventoryController::onBusyChanged);
}

void InventoryController::onBusyChanged(const QString& region, const QString& addressId) {
    if (!m_context)
        return;
    const std::optional<bool> binds = m_context->operations()->activeStepBinds(addressId);
    if (!binds) {
        m_model->setPending(region, addressId, QString());
        return;
    }
    m_model->setPending(region, addressId,
                        *binds ? QStringLiteral("BINDING") : QStringLiteral("UNBINDING"));
}

void InventoryController::loadRegions() {
    if (InventoryStore* s = store()) {
        s->loadRegions();
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::InvalidRequest;
    e.code = QStringLiteral("EipDesk.NoSession");
    e.message = QStringLiteral("No active profile");
    emit regionsFailed(e);
}

void InventoryController::prefetch(const QString& region) {
    if (InventoryStore* s = store())
        s->prefetch(region);
}

bool InventoryController::hasCachedRegions() const {
    InventoryStore* s = store();
    return s && s->hasCachedRegions();
}

void InventoryController::load(const QStringList& regions) {
    if (InventoryStore* s = store())
        s->load(regions);
}

void InventoryController::refresh() {
    if (InventoryStore* s = store())
        s->refresh();
}

void InventoryController::cancel() {
    if (InventoryStore* s = store())
        s->cancel();
}

bool InventoryController::isLoading() const {
    InventoryStore* s = store();
    return s && s->isLoading();
}

QList<Region> InventoryController::regions() const {
    InventoryStore* s = store();
    return s ? s->regions() : QList<Region>{};
}

QStringList InventoryController::scope() const {
    InventoryStore* s = store();
    return s ? s->scope() : QStringList{};
}

QHash<QString, ApiError> InventoryController::regionErrors() const {
    InventoryStore* s = store();
    return s ? s->regionErrors() : QHash<QString, ApiError>{};
}

void InventoryController::refreshAddress(const QString& region, const QString& addressId) {
    if (InventoryStore* s = store())
        s->refreshAddress(region, addressId);
}

} // namespace eipdesk
