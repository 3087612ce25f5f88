// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace eipdesk {

class ApiClient;
class ApiJob;

// The names of the CVM instances the EIPs are bound to, per region, cached with the
// inventory: refresh(region, addresses) sends DescribeInstances for the region's bound
// instance IDs (100 per request, the API's maximum, in parallel; one round per region per
// refresh) and replaces that region's names when the answer is complete. A failed lookup keeps
// the previous names (they are labels, never decisions). Names of another region are untouched.
class InstanceNameCache : public QObject {
    Q_OBJECT
public:
    explicit InstanceNameCache(QObject* parent = nullptr);
    ~InstanceNameCache() override;

    void setClient(ApiClient* client); // cancels running lookups and forgets every name
    void refresh(const QString& region, const QList<Address>& addresses);
    void clear();

    QString name(const QString& instanceId) const { return m_names.value(instanceId); }
    QHash<QString, QString> names() const { return m_names; } // instance ID -> name
    // Looks up one instance whose name is not known yet (an EIP just bound to it), adding it to
    // the region's names; nothing when known or already being looked up.
    void learn(const QString& region, const QString& instanceId);
    // "web-01 (ins-abc12345)", or the ID alone when the name is not known.
    QString label(const QString& instanceId) const;
    int size() const { return int(m_names.size()); }
    bool isLoading(const QString& region) const { return m_jobs.contains(region); }
    bool isLoadingAny() const { return !m_jobs.isEmpty(); }

signals:
    void namesChanged(const QString& region);
    void lookupFailed(const QString& region, const QString& message);

private:
    ApiClient* m_client = nullptr;
    QHash<QString, QString> m_names;               // instance ID -> name
    QHash<QString, QStringList> m_regionInstances; // region -> its instance IDs
    QHash<QString, QPointer<ApiJob>> m_jobs;       // region -> running lookup
    QHash<QString, QPointer<ApiJob>> m_learning;   // instance ID -> running single lookup
};

} // namespace eipdesk
