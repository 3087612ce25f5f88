// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EipDeskMain.h"

#include <QApplication>
#include <QMainWindow>

namespace eipdesk {

int eipdeskMain(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eipdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("EIP Desk"));
    QApplication::setApplicationVersion(QStringLiteral(EIPDESK_VERSION));
    QMainWindow window;
    window.setWindowTitle(QObject::tr("EIP Desk"));
    window.resize(1100, 700);
    window.show();
    return app.exec();
}

} // namespace eipdesk
