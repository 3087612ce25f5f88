// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace eipdesk {

class VpcApi;

// Re-reads addresses in a transitional state (BINDING, UNBINDING, CREATING, OFFLINING) by
// AddressIds, per region, with exponential backoff, until they settle or vanish.
class TransitionWatcher : public QObject {
    Q_OBJECT
public:
    explicit TransitionWatcher(QObject* parent = nullptr);

    void setApi(VpcApi* api);                 // forgets everything watched
    void setDelays(int initialMs, int maxMs); // default 1000 .. 16000
    void setMaxAttempts(int attempts);        // per region streak; default 60

    // Watches the address if it is transitional; otherwise stops watching it.
    void watch(const Address& address);
    void watchAll(const QList<Address>& addresses);
    void clear();
    int watchedCount() const;
    bool isWatching(const QString& addressId) const;

signals:
    void addressUpdated(const eipdesk::Address& address);
    void addressVanished(const QString& region, const QString& addressId);

private:
    struct RegionWatch {
        QSet<QString> ids;
        int attempt = 0;
        bool scheduled = false;
        bool inFlight = false;
    };
    void schedule(const QString& region);
    void poll(const QString& region);

    VpcApi* m_api = nullptr;
    int m_initialMs = 1000;
    int m_maxMs = 16000;
    int m_maxAttempts = 60;
    quint64 m_generation = 0;
    QHash<QString, RegionWatch> m_watch;
};

} // namespace eipdesk
