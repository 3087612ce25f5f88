// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EipDeskMain.h"

#include "cli/CliCommands.h"
#include "core/HeapPolicy.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "credentials/ProfilesCommand.h"
#include "session/UiLanguage.h"
#include "ui/AppController.h"
#include "ui/AppOptions.h"
#include "ui/DisplayGuard.h"
#include "ui/UiResources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace eipdesk {

namespace {

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("eipdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("eipdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EIPDESK_VERSION));
}

bool hasArg(int argc, char* argv[], const char* name) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

bool isVerb(const char* arg) {
    return std::strcmp(arg, "profiles") == 0 || std::strcmp(arg, "unbind") == 0 ||
           std::strcmp(arg, "history") == 0 || std::strcmp(arg, "settle") == 0 ||
           std::strcmp(arg, "bind") == 0 || std::strcmp(arg, "move") == 0 ||
           std::strcmp(arg, "undo") == 0;
}

// `eipdesk profiles|unbind|bind|move|undo|history|settle ...`: command-line verbs, no widgets, no
// display needed.
int runVerb(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    setIdentity();
    const QString language = UiLanguage::resolve({}, UiLanguage::preference());
    UiLanguage::install(&app, language);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    CliContext context;
    context.uiLanguage = language;
    if (args.first() == QLatin1String("unbind"))
        return runUnbindCommand(args, out, err, context);
    if (args.first() == QLatin1String("bind"))
        return runBindCommand(args, out, err, context);
    if (args.first() == QLatin1String("move"))
        return runMoveCommand(args, out, err, context);
    if (args.first() == QLatin1String("undo"))
        return runUndoCommand(args, out, err, context);
    if (args.first() == QLatin1String("history"))
        return runHistoryCommand(args, out, err, context);
    if (args.first() == QLatin1String("settle"))
        return runSettleCommand(args, out, err, context);
    // Every verb settles what a killed run left unfinished (the others do it themselves).
    settleUnfinished(err, context);
    return runProfilesCommand(args, out, err);
}

int intOption(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback,
              int min, int max, bool* ok) {
    if (!parser.isSet(option))
        return fallback;
    bool valid = false;
    const int v = parser.value(option).toInt(&valid);
    if (!valid || v < min || v > max) {
        std::fprintf(stderr, "eipdesk: --%s must be a number from %d to %d\n",
                     qPrintable(option.names().constFirst()), min, max);
        *ok = false;
        return fallback;
    }
    return v;
}

} // namespace

int eipdeskMain(int argc, char* argv[]) {
    // Core dumps off: the process holds SecretKeys and tokens in memory.
    disableCoreDumps();
    configureHeap(); // resident memory and page faults of large loads (issue 16)
    // --verbose works with every command (window, profiles, unbind, history).
    if (takeVerboseArgument(&argc, argv))
        enableVerboseLogging();
    if (argc > 1 && isVerb(argv[1]))
        return runVerb(argc, argv);

    // --help and --version need no display: answer them without widgets.
    if (hasArg(argc, argv, "--help") || hasArg(argc, argv, "-h") ||
        hasArg(argc, argv, "--version") || hasArg(argc, argv, "-v") ||
        hasArg(argc, argv, "--help-all"))
        qputenv("QT_QPA_PLATFORM", "minimal");
    // Headless runs need no display: fall back to the offscreen platform.
    const bool headless = hasArg(argc, argv, "--smoke") || hasArg(argc, argv, "--screenshot") ||
                          hasArg(argc, argv, "--quit-after-shown");
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // No display at all: one line saying what to do instead of Qt's abort.
    if (!DisplayGuard::hasDisplayInEnvironment())
        return DisplayGuard::reportNoDisplay(argc, argv);

    std::optional<DisplayGuard::Guard> displayGuard(std::in_place); // an unreachable DISPLAY
    QApplication app(argc, argv);
    displayGuard.reset();
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        DisplayGuard::quietHeadless();
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("EIP Desk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.eipdesk.EipDesk"));
    initUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/eipdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("eipdesk", "Desktop manager for Tencent Cloud Elastic IPs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("eipdesk", "Start the built-in sandbox and open it."));
    const QCommandLineOption sandboxAddresses(
        QStringLiteral("sandbox-addresses"),
        QCoreApplication::translate("eipdesk", "EIPs in the sandbox (default 2000)."),
        QStringLiteral("n"));
    const QCommandLineOption sandboxRegions(
        QStringLiteral("sandbox-regions"),
        QCoreApplication::translate("eipdesk", "Regions in the sandbox (default 20)."),
        QStringLiteral("n"));
    const QCommandLineOption sandboxLatency(
        QStringLiteral("sandbox-latency-ms"),
        QCoreApplication::translate("eipdesk", "Latency added to every sandbox response."),
        QStringLiteral("ms"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("eipdesk", "Open the profile with this name."),
        QStringLiteral("name"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        QCoreApplication::translate("eipdesk", "Show this region instead of the saved choice."),
        QStringLiteral("id"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("eipdesk", "User interface language: en or zh_CN."),
        QStringLiteral("language"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"),
        QCoreApplication::translate("eipdesk",
                                    "Load every region, print a summary and exit (no display "
                                    "needed)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("eipdesk", "Once loaded, save the window as PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfterShown(
        QStringLiteral("quit-after-shown"),
        QCoreApplication::translate("eipdesk", "Exit as soon as the window is shown."));
    for (const auto* o : {&sandbox, &sandboxAddresses, &sandboxRegions, &sandboxLatency, &profile,
                          &region, &lang, &smoke, &screenshot, &quitAfterShown})
        parser.addOption(*o);
    parser.process(app);

    bool ok = true;
    AppOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.sandboxAddresses = intOption(parser, sandboxAddresses, 2000, 0, 1000000, &ok);
    options.sandboxRegions = intOption(parser, sandboxRegions, 20, 1, 64, &ok);
    options.sandboxLatencyMs = intOption(parser, sandboxLatency, 0, 0, 60000, &ok);
    options.profile = parser.value(profile);
    options.region = parser.value(region);
    options.smoke = parser.isSet(smoke);
    options.screenshot = parser.value(screenshot);
    options.quitAfterShown = parser.isSet(quitAfterShown);
    if (parser.isSet(lang) && UiLanguage::normalize(parser.value(lang)).isEmpty()) {
        std::fprintf(stderr, "eipdesk: --lang must be en or zh_CN\n");
        ok = false;
    }
    if (!ok)
        return 2;
    options.language = UiLanguage::resolve(parser.value(lang), UiLanguage::preference());
    UiLanguage::install(&app, options.language);

    AppController controller(options);
    QObject::connect(
        &controller, &AppController::exitRequested, &app,
        [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QString error;
    if (!controller.start(&error)) {
        std::fprintf(stderr, "eipdesk: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}

} // namespace eipdesk
