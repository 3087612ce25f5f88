// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace eipdesk {

// Every command of the main window as a QAction with text, shortcut, SVG icon and tooltip, so
// the whole window is usable from the keyboard and by screen readers.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QObject* parent = nullptr);

    QAction* refresh;
    QAction* cancelLoad;
    QAction* focusSearch;
    QAction* focusRegion;
    QAction* focusProfile;
    QAction* exportCsv;
    QAction* exportJson;
    QAction* copyRows;
    QAction* copyTccli;
    QAction* toggleDetails;
    QAction* manageProfiles;
    QAction* trySandbox;
    QAction* preferences;
    QAction* quit;
    QAction* about;
    QAction* aboutSandbox;
    QAction* selectUnbindable;
    QAction* unbindPlaceholder; // INTEGRATION POINT: replaced by UnbindController::unbindAction()

    QList<QAction*> all() const;

private:
    QAction* make(const QString& text, const QString& icon, const QKeySequence& shortcut,
                  const QString& objectName);
};

} // namespace eipdesk
