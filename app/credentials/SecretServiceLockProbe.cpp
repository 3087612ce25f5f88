// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/SecretServiceLockProbe.h"

#include <QMetaObject>
#include <QObject>

#ifdef EIPDESK_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QList>
#include <QMap>
#endif

namespace eipdesk {

void SecretServiceLockProbe::isLocked(const QString& service, const QString& key, QObject* context,
                                      int timeoutMs, std::function<void(bool locked)> done) {
#ifdef EIPDESK_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
        // The attributes QtKeychain's libsecret backend stores with every entry.
        static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
        Q_UNUSED(registered)
        QMap<QString, QString> attributes;
        attributes.insert(QStringLiteral("server"), service);
        attributes.insert(QStringLiteral("user"), key);
        call << QVariant::fromValue(attributes);
        auto* watcher =
            new QDBusPendingCallWatcher(bus.asyncCall(call, qMax(1, timeoutMs)), context);
        QObject::connect(
            watcher, &QDBusPendingCallWatcher::finished, context,
            [done](QDBusPendingCallWatcher* w) {
                w->deleteLater();
                QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
                const bool locked = !reply.isError() && !reply.argumentAt<1>().isEmpty();
                done(locked);
            });
        return;
    }
#else
    Q_UNUSED(service)
    Q_UNUSED(key)
    Q_UNUSED(timeoutMs)
#endif
    QMetaObject::invokeMethod(
        context, [done] { done(false); }, Qt::QueuedConnection);
}

} // namespace eipdesk
