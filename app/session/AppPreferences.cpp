// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AppPreferences.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace eipdesk {

namespace {
const QString kProxyMode = QStringLiteral("preferences/proxyMode");
const QString kProxyHost = QStringLiteral("preferences/proxyHost");
const QString kProxyPort = QStringLiteral("preferences/proxyPort");
const QString kProxyUser = QStringLiteral("preferences/proxyUser");
const QString kTimeout = QStringLiteral("preferences/requestTimeoutSecs");
const QString kRefresh = QStringLiteral("preferences/refreshIntervalSecs");
const QString kNotify = QStringLiteral("preferences/notifyOnTaskEnd");
const QString kRegionView = QStringLiteral("preferences/regionView");
const QString kShowCachedRows = QStringLiteral("preferences/showCachedRows");
} // namespace

AppPreferences AppPreferences::load() {
    const QSettings s;
    AppPreferences p;
    const QString mode = s.value(kProxyMode).toString();
    p.proxyMode = mode == QLatin1String("none")     ? ProxyMode::None
                  : mode == QLatin1String("manual") ? ProxyMode::Manual
                                                    : ProxyMode::System;
    p.proxyHost = s.value(kProxyHost).toString().trimmed().left(253);
    p.proxyPort = qBound(1, s.value(kProxyPort, 8080).toInt(), 65535);
    p.proxyUser = s.value(kProxyUser).toString().left(200);
    p.requestTimeoutSecs = qBound(5, s.value(kTimeout, 15).toInt(), 120);
    p.refreshIntervalSecs = qBound(1, s.value(kRefresh, 1).toInt(), 60);
    p.notifyOnTaskEnd = s.value(kNotify, true).toBool();
    p.showCachedRows = s.value(kShowCachedRows, false).toBool();
    const QString view = s.value(kRegionView).toString();
    p.regionView = view == QLatin1String("all")       ? RegionView::AllRegions
                   : view == QLatin1String("default") ? RegionView::DefaultRegion
                                                      : RegionView::Remember;
    return p;
}

void AppPreferences::save() const {
    QSettings s;
    s.setValue(kProxyMode, proxyMode == ProxyMode::None     ? QStringLiteral("none")
                           : proxyMode == ProxyMode::Manual ? QStringLiteral("manual")
                                                            : QStringLiteral("system"));
    s.setValue(kProxyHost, proxyHost.trimmed());
    s.setValue(kProxyPort, proxyPort);
    s.setValue(kProxyUser, proxyUser);
    s.setValue(kTimeout, requestTimeoutSecs);
    s.setValue(kRefresh, refreshIntervalSecs);
    s.setValue(kNotify, notifyOnTaskEnd);
    s.setValue(kShowCachedRows, showCachedRows);
    s.setValue(kRegionView, regionView == RegionView::AllRegions      ? QStringLiteral("all")
                            : regionView == RegionView::DefaultRegion ? QStringLiteral("default")
                                                                      : QStringLiteral("remember"));
}

bool AppPreferences::operator==(const AppPreferences& o) const {
    return proxyMode == o.proxyMode && proxyHost == o.proxyHost && proxyPort == o.proxyPort &&
           proxyUser == o.proxyUser && requestTimeoutSecs == o.requestTimeoutSecs &&
           refreshIntervalSecs == o.refreshIntervalSecs && notifyOnTaskEnd == o.notifyOnTaskEnd &&
           regionView == o.regionView && showCachedRows == o.showCachedRows;
}

QNetworkProxy AppPreferences::networkProxy(const QString& password) const {
    switch (proxyMode) {
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual:
        if (!proxyHost.isEmpty())
            return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, quint16(proxyPort), proxyUser,
                                 proxyUser.isEmpty() ? QString() : password);
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void AppPreferences::applyProxy(QNetworkAccessManager* network, const QString& password) const {
    if (!network)
        return;
    network->setProxy(networkProxy(password));
    if (proxyMode == ProxyMode::System)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace eipdesk
