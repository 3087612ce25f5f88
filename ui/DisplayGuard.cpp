// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DisplayGuard.h"

#include "session/UiLanguage.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace eipdesk {

namespace {

struct HeldMessage {
    QtMsgType type;
    QByteArray category;
    QString text;
};

QtMessageHandler g_previous = nullptr;
bool g_installed = false;
bool g_constructing = false;
bool g_quiet = false;
QList<HeldMessage> g_held;

void forward(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (g_previous)
        g_previous(type, context, text);
    else
        std::fprintf(stderr, "%s\n", qPrintable(text));
}

void filter(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (g_constructing) {
        if (type == QtFatalMsg &&
            text.contains(QLatin1String("no Qt platform plugin could be initialized"))) {
            std::fprintf(stderr, "eipdesk: %s\n", qPrintable(DisplayGuard::message()));
            std::fflush(stderr);
            std::_Exit(DisplayGuard::kExitNoDisplay);
        }
        const char* category = context.category ? context.category : "";
        if (type != QtFatalMsg && std::strncmp(category, "qt.qpa.", 7) == 0) {
            g_held.append({type, QByteArray(category), text});
            return;
        }
    }
    if (g_quiet && type == QtWarningMsg &&
        text == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    forward(type, context, text);
}

void ensureInstalled() {
    if (g_installed)
        return;
    g_installed = true;
    g_previous = qInstallMessageHandler(filter);
}

// The value of --lang (either "--lang X" or "--lang=X"), read before any parser exists.
QString langArgument(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace

bool DisplayGuard::hasDisplay(const QString& platform, const QString& display,
                              const QString& waylandDisplay) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Qt tries each platform of "a;b" in turn; "" means its default (xcb, or wayland).
    const QStringList platforms = platform.split(u';', Qt::SkipEmptyParts);
    if (platforms.isEmpty())
        return !display.isEmpty() || !waylandDisplay.isEmpty();
    for (const QString& entry : platforms) {
        const QString name = entry.section(u':', 0, 0).trimmed(); // "xcb:opt=1"
        if (name == QLatin1String("xcb")) {
            if (!display.isEmpty())
                return true;
        } else if (name.startsWith(QLatin1String("wayland"))) {
            if (!waylandDisplay.isEmpty())
                return true;
        } else {
            return true; // offscreen, minimal, vnc, eglfs, linuxfb...: no display variable
        }
    }
    return false;
#else
    Q_UNUSED(platform)
    Q_UNUSED(display)
    Q_UNUSED(waylandDisplay)
    return true;
#endif
}

bool DisplayGuard::hasDisplayInEnvironment() {
    return hasDisplay(qEnvironmentVariable("QT_QPA_PLATFORM"), qEnvironmentVariable("DISPLAY"),
                      qEnvironmentVariable("WAYLAND_DISPLAY"));
}

QString DisplayGuard::message() {
    return tr("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set or "
              "not reachable): run eipdesk in a desktop session, or use --smoke or the "
              "command-line commands (eipdesk profiles|unbind|history, see eipdesk --help).");
}

int DisplayGuard::reportNoDisplay(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("eipdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("eipdesk"));
    UiLanguage::install(&app,
                        UiLanguage::resolve(langArgument(argc, argv), UiLanguage::preference()));
    std::fprintf(stderr, "eipdesk: %s\n", qPrintable(message()));
    return kExitNoDisplay;
}

DisplayGuard::Guard::Guard() {
    ensureInstalled();
    g_constructing = true;
}

DisplayGuard::Guard::~Guard() {
    g_constructing = false;
    const QList<HeldMessage> held = std::exchange(g_held, {});
    for (const HeldMessage& m : held) {
        const QMessageLogContext context(nullptr, 0, nullptr, m.category.constData());
        filter(m.type, context, m.text);
    }
}

void DisplayGuard::quietHeadless() {
    ensureInstalled();
    g_quiet = true;
}

} // namespace eipdesk
