// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Region.h"
#include "inventory/LoadProgress.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace eipdesk {

class AddressFilterProxyModel;
class AddressTableModel;
class InventoryLoader;
class Session;
class TransitionWatcher;
struct Address;

// Connects the session to the table: reads the region list, loads the selected regions into
// the model, keeps transitional rows refreshing, and reports per-region errors.
class InventoryController : public QObject {
    Q_OBJECT
public:
    explicit InventoryController(Session* session, QObject* parent = nullptr);
    ~InventoryController() override;

    AddressTableModel* model() const { return m_model; }
    AddressFilterProxyModel* proxy() const { return m_proxy; }
    InventoryLoader* loader() const { return m_loader; }
    TransitionWatcher* watcher() const { return m_watcher; }

    void loadRegions();                    // DescribeRegions, then regionsLoaded()
    void load(const QStringList& regions); // every page of each region
    void cancel();
    bool isLoading() const;
    QList<Region> regions() const { return m_regions; }
    QHash<QString, ApiError> regionErrors() const { return m_errors; }

    // For the Unbind controller: re-read one address now (after an action changed it).
    void refreshAddress(const QString& region, const QString& addressId);

signals:
    void regionsLoaded(const QList<eipdesk::Region>& regions);
    void regionsFailed(const eipdesk::ApiError& error);
    void progressChanged(const eipdesk::LoadProgress& progress);
    void loadFinished(const eipdesk::LoadProgress& progress);
    void regionErrorsChanged();

private:
    void onSessionChanged();

    Session* m_session;
    AddressTableModel* m_model;
    AddressFilterProxyModel* m_proxy;
    InventoryLoader* m_loader;
    TransitionWatcher* m_watcher;
    QList<Region> m_regions;
    QHash<QString, ApiError> m_errors;
    quint64 m_generation = 0;
};

} // namespace eipdesk
