// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/UiLanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace eipdesk {

QStringList UiLanguage::available() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString UiLanguage::displayName(const QString& language) {
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("System default");
}

QString UiLanguage::normalize(const QString& language) {
    QString l = language.trimmed();
    l.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (l.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (l.startsWith(QLatin1String("en"), Qt::CaseInsensitive) || l == QLatin1String("C"))
        return QStringLiteral("en");
    return {};
}

QString UiLanguage::resolve(const QString& commandLine, const QString& preference,
                            const QLocale& system) {
    const QString cli = normalize(commandLine);
    if (!cli.isEmpty())
        return cli;
    const QString pref = normalize(preference);
    if (!pref.isEmpty())
        return pref;
    for (const QString& ui : system.uiLanguages()) {
        const QString n = normalize(ui);
        if (!n.isEmpty())
            return n;
    }
    return QStringLiteral("en");
}

QString UiLanguage::preference() {
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void UiLanguage::setPreference(const QString& language) {
    QSettings().setValue(QStringLiteral("ui/language"), normalize(language));
}

bool UiLanguage::install(QCoreApplication* app, const QString& language) {
    if (language.isEmpty())
        return true;
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // English too: its catalogue holds the plural forms ("1 region", "2 regions").

    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/eipdesk_") + language)) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace eipdesk
