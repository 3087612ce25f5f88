// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Region.h"
#include "inventory/LoadProgress.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace eipdesk {

class AccountContext;
class AddressFilterProxyModel;
class AddressTableModel;
class InventoryStore;
class Session;
struct Address;

// Projects the active account's InventoryStore (and the busy EIPs of its operation queue)
// into the table model: the rows of the scope, stale marks with their last good read, and
// "Unbinding…" / "Binding…" while an operation on a row is queued or under way. Follows the
// session: a new account starts from an empty table.
class InventoryController : public QObject {
    Q_OBJECT
public:
    explicit InventoryController(Session* session, QObject* parent = nullptr);
    ~InventoryController() override;

    AddressTableModel* model() const { return m_model; }
    AddressFilterProxyModel* proxy() const { return m_proxy; }
    InventoryStore* store() const; // nullptr without an account

    void loadRegions();                    // DescribeRegions, then regionsLoaded()
    void prefetch(const QString& region);  // InventoryStore::prefetch()
    bool hasCachedRegions() const;         // the region list came from the cache
    void load(const QStringList& regions); // sets the scope; every page of each region
    void refresh();                        // the scope again, and the quota
    void cancel();
    bool isLoading() const;
    QList<Region> regions() const;
    QStringList scope() const;
    QHash<QString, ApiError> regionErrors() const; // of the regions in scope

    // Re-read one address now (after an action changed it).
    void refreshAddress(const QString& region, const QString& addressId);

signals:
    void regionsLoaded(const QList<eipdesk::Region>& regions);
    void regionsFailed(const eipdesk::ApiError& error);
    void scopeChanged(const QStringList& regions);
    void progressChanged(const eipdesk::LoadProgress& progress);
    void loadFinished(const eipdesk::LoadProgress& progress);
    void regionErrorsChanged();
    // Rows of last time (Preferences) are shown while their regions are read again: the oldest
    // read time among them; invalid when none is left.
    void cachedRowsChanged(const QDateTime& oldest);

private:
    void onSessionChanged();
    void onBusyChanged(const QString& region, const QString& addressId);

    Session* m_session;
    QPointer<AccountContext> m_context;
    AddressTableModel* m_model;
    AddressFilterProxyModel* m_proxy;
    QDateTime m_cachedRowsTime;
};

} // namespace eipdesk
