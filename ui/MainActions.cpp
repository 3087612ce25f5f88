// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainActions.h"
#include "ui/UiResources.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace eipdesk {

QAction* MainActions::make(const QString& text, const QString& icon, const QKeySequence& shortcut,
                           const QString& objectName) {
    auto* a = new QAction(text, this);
    a->setObjectName(objectName);
    if (!icon.isEmpty())
        a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        plain.remove(QStringLiteral("…"));
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    }
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

MainActions::MainActions(QObject* parent)
    : QObject(parent) {
    initUiResources();
    refresh = make(tr("&Refresh"), QStringLiteral("refresh"), QKeySequence(Qt::Key_F5),
                   QStringLiteral("actionRefresh"));
    cancelLoad = make(tr("&Cancel loading"), QStringLiteral("cancel"), QKeySequence(Qt::Key_Escape),
                      QStringLiteral("actionCancelLoad"));
    cancelLoad->setEnabled(false);
    focusSearch = make(tr("&Find"), QStringLiteral("search"), QKeySequence::Find,
                       QStringLiteral("actionFind"));
    focusRegion = make(tr("Choose re&gion"), QStringLiteral("region"),
                       QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("actionRegion"));
    focusProfile =
        make(tr("Choose &profile"), QStringLiteral("profile"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("actionProfile"));
    exportCsv = make(tr("Export view as &CSV…"), QStringLiteral("export"),
                     QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("actionExportCsv"));
    exportJson =
        make(tr("Export view as &JSON…"), QStringLiteral("export"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QStringLiteral("actionExportJson"));
    copyRows = make(tr("&Copy selected rows"), QStringLiteral("copy"), QKeySequence::Copy,
                    QStringLiteral("actionCopyRows"));
    copyTccli =
        make(tr("Copy as &tccli command"), QStringLiteral("terminal"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QStringLiteral("actionCopyTccli"));
    toggleDetails = make(tr("&Details pane"), QStringLiteral("details"),
                         QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("actionDetails"));
    toggleDetails->setCheckable(true);
    toggleDetails->setChecked(true);
    manageProfiles = make(tr("&Manage profiles…"), QStringLiteral("profile"),
                          QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("actionProfiles"));
    trySandbox =
        make(tr("Try the &sandbox"), QStringLiteral("sandbox"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("actionSandbox"));
    preferences = make(tr("Pr&eferences…"), QStringLiteral("settings"),
                       QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("actionPreferences"));
    quit = make(tr("&Quit"), QString(), QKeySequence(Qt::CTRL | Qt::Key_Q),
                QStringLiteral("actionQuit"));
    about = make(tr("&About EIP Desk"), QString(), QKeySequence(Qt::Key_F1),
                 QStringLiteral("actionAbout"));
    aboutSandbox = make(tr("About the &sandbox…"), QStringLiteral("sandbox"),
                        QKeySequence(Qt::CTRL | Qt::Key_F1), QStringLiteral("actionAboutSandbox"));
    aboutSandbox->setToolTip(tr("The sandbox's endpoint, SecretId and per-region ports, to "
                                "point tccli or an SDK at it"));
    selectUnbindable = make(tr("Select only the EIPs that can be &unbound"), QString(),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U),
                            QStringLiteral("actionSelectUnbindable"));
    selectUnbindable->setToolTip(tr("Keeps in the selection (or, with nothing selected, selects "
                                    "in the view) only the EIPs that can be unbound now"));
    // INTEGRATION POINT (lead): UnbindController::unbindAction() replaces this placeholder in
    // the toolbar and the context menu (MainWindow::setUnbindAction).
    unbindPlaceholder = make(tr("&Unbind…"), QStringLiteral("unbind"),
                             QKeySequence(Qt::CTRL | Qt::Key_U), QStringLiteral("actionUnbind"));
    unbindPlaceholder->setEnabled(false);
}

QList<QAction*> MainActions::all() const {
    return {refresh,        cancelLoad,       focusSearch,      focusRegion, focusProfile,
            exportCsv,      exportJson,       copyRows,         copyTccli,   toggleDetails,
            manageProfiles, trySandbox,       preferences,      quit,        about,
            aboutSandbox,   selectUnbindable, unbindPlaceholder};
}

} // namespace eipdesk
