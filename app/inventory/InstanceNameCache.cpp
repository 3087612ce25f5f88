// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/InstanceNameCache.h"

#include "api/CvmApi.h"

namespace eipdesk {

InstanceNameCache::InstanceNameCache(QObject* parent)
    : QObject(parent) {}

InstanceNameCache::~InstanceNameCache() {
    clear();
}

void InstanceNameCache::setClient(ApiClient* client) {
    clear();
    m_client = client;
}

void InstanceNameCache::clear() {
    for (const auto& job : std::as_const(m_jobs))
        if (job)
            job->abort();
    m_jobs.clear();
    m_names.clear();
    m_regionInstances.clear();
}

QString InstanceNameCache::label(const QString& instanceId) const {
    const QString n = name(instanceId);
    if (n.isEmpty() || n == instanceId)
        return instanceId;
    return tr("%1 (%2)").arg(n, instanceId);
}

void InstanceNameCache::refresh(const QString& region, const QList<Address>& addresses) {
    if (!m_client)
        return;
    QStringList ids;
    for (const Address& a : addresses)
        if (a.boundKind() == BoundKind::Cvm && a.instanceId.startsWith(QLatin1String("ins-")))
            ids.append(a.instanceId);
    ids.removeDuplicates();
    if (auto running = m_jobs.take(region); running)
        running->abort();
    if (ids.isEmpty()) {
        for (const QString& id : m_regionInstances.take(region))
            m_names.remove(id);
        emit namesChanged(region);
        return;
    }
    CvmApi api(m_client);
    m_jobs.insert(
        region,
        api.describeInstancesByIds(
            region, ids, this, [this, region](const QList<CvmInstance>& list, const ApiError& e) {
                m_jobs.remove(region);
                if (e.isError()) {
                    if (e.kind != ApiError::Kind::Canceled)
                        emit lookupFailed(region, e.message.isEmpty() ? e.code : e.message);
                    return;
                }
                for (const QString& id : m_regionInstances.take(region))
                    m_names.remove(id);
                QStringList mine;
                for (const CvmInstance& i : list) {
                    if (i.instanceName.isEmpty())
                        continue;
                    m_names.insert(i.instanceId, i.instanceName);
                    mine.append(i.instanceId);
                }
                m_regionInstances.insert(region, mine);
                emit namesChanged(region);
            }));
}

void InstanceNameCache::learn(const QString& region, const QString& instanceId) {
    if (!m_client || !instanceId.startsWith(QLatin1String("ins-")) ||
        m_names.contains(instanceId) || m_learning.value(instanceId) || m_jobs.contains(region))
        return;
    CvmApi api(m_client);
    m_learning.insert(instanceId, api.describeInstancesByIds(
                                      region, {instanceId}, this,
                                      [this, region, instanceId](const QList<CvmInstance>& list,
                                                                 const ApiError& e) {
                                          m_learning.remove(instanceId);
                                          if (e.isError() || list.isEmpty())
                                              return; // a label only: the ID stays shown
                                          m_names.insert(instanceId, list.first().instanceName);
                                          QStringList& mine = m_regionInstances[region];
                                          if (!mine.contains(instanceId))
                                              mine << instanceId;
                                          emit namesChanged(region);
                                      }));
}

} // namespace eipdesk
