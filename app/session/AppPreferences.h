// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>

class QNetworkAccessManager;
#include <QString>

namespace eipdesk {

// What Preferences sets, kept in the settings file: the proxy (system, none, or manual with an
// optional user; the proxy password is never in this file but in the keychain under
// proxyPasswordKey()), the request timeout, how often transitional rows are re-read, whether
// the end of a task is notified, which region view a profile opens with, and whether the rows
// of last time are shown at start. The language is
// UiLanguage's.
struct AppPreferences {
    enum class ProxyMode { System, None, Manual };
    enum class RegionView { Remember, AllRegions, DefaultRegion };

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    int requestTimeoutSecs = 15; // 5..120
    int refreshIntervalSecs = 1; // first re-read of a transitional row, 1..60
    bool notifyOnTaskEnd = true;
    RegionView regionView = RegionView::Remember;
    // At start, show the EIPs as last read (marked with that time) until fresh data arrives;
    // off: wait for fresh data. Either way the region list and counts are remembered.
    bool showCachedRows = false;

    static AppPreferences load();
    void save() const;
    bool operator==(const AppPreferences& o) const;

    static QString proxyPasswordKey() { return QStringLiteral("app/proxyPassword"); }
    // The proxy to use; the password comes from the keychain (empty: none).
    QNetworkProxy networkProxy(const QString& password = {}) const;
    // Sets the proxy on the application's network access manager (every API client and the
    // connection test use it); System leaves it to the system's configuration.
    void applyProxy(QNetworkAccessManager* network, const QString& password = {}) const;
};

} // namespace eipdesk
