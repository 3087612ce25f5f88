// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace eipdesk {

// Which language the UI speaks: the --lang option, else the Preferences setting, else the
// system's. Only languages we ship are returned ("en", "zh_CN").
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    static QStringList available(); // en, zh_CN
    static QString displayName(const QString& language);
    static QString normalize(const QString& language); // "zh-CN", "zh" -> zh_CN; unknown -> ""
    static QString resolve(const QString& commandLine, const QString& preference,
                           const QLocale& system = QLocale::system());

    // QSettings key of the preference ("" follows the system).
    static QString preference();
    static void setPreference(const QString& language);

    // Loads eipdesk_<lang>.qm from :/i18n and Qt's own qtbase_<lang>.qm and installs them.
    // Returns false when our catalogue is missing (English then shows through).
    static bool install(QCoreApplication* app, const QString& language);
};

} // namespace eipdesk
