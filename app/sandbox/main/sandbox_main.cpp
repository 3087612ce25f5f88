// SPDX-License-Identifier: GPL-3.0-or-later
// eipdesk-sandbox: the local Tencent Cloud API emulator as a command-line server.
#include "core/HeapPolicy.h"
#include "core/Logging.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxWorld.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalFd[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

// SIGINT/SIGTERM quit the event loop cleanly (self-pipe). Elsewhere the default handling
// (Ctrl+C ends the process) is kept.
void quitOnSignals(QCoreApplication* app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#else
void quitOnSignals(QCoreApplication*) {}
#endif

QString tr(const char* text) {
    return QCoreApplication::translate("SandboxMain", text);
}

} // namespace

int main(int argc, char* argv[]) {
    eipdesk::configureHeap(); // as the application: no page faults for every page it writes
    // --verbose: one line per request answered (action, region, RequestId, outcome).
    if (eipdesk::takeVerboseArgument(&argc, argv))
        eipdesk::enableVerboseLogging();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eipdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EIPDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local emulator of the Tencent Cloud EIP API (loopback only) for EIP Desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("Main port (0: any free port)."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generated world."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption addresses(QStringLiteral("addresses"), tr("Number of EIPs."),
                                       QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption regions(QStringLiteral("regions"), tr("Number of regions (1-20)."),
                                     QStringLiteral("R"), QStringLiteral("20"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Latency added to every response."), QStringLiteral("L"),
                                     QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter-ms"),
                                    tr("Random extra latency, up to this many ms."),
                                    QStringLiteral("J"), QStringLiteral("0"));
    const QCommandLineOption unbind(QStringLiteral("unbind-ms"), tr("How long UNBINDING lasts."),
                                    QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption faults(QStringLiteral("faults"), tr("Fault configuration (JSON)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption noRate(QStringLiteral("no-rate-limit"),
                                    tr("Do not enforce the documented rate limits."));
    const QCommandLineOption single(QStringLiteral("single-port"),
                                    tr("Do not open one port per region."));
    const QCommandLineOption site(
        QStringLiteral("site"),
        tr("The site to play: china (default) or intl (DescribeAddresses lists only EIP "
           "without an address-type filter; the daily quota is DAILY_EIP_ASSIGN)."),
        QStringLiteral("SITE"), QStringLiteral("china"));
    parser.addOptions(
        {port, seed, addresses, regions, latency, jitter, unbind, faults, noRate, single, site});
    parser.process(app);

    auto number = [&](const QCommandLineOption& o, qint64 min, qint64 max, bool* ok) {
        bool parsed = false;
        const qint64 v = parser.value(o).toLongLong(&parsed);
        if (!parsed || v < min || v > max) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("Invalid value for --%1: %2 (expected %3..%4)")
                                        .arg(o.names().constFirst(), parser.value(o))
                                        .arg(min)
                                        .arg(max)));
            *ok = false;
        }
        return v;
    };
    bool ok = true;
    eipdesk::sandbox::SandboxConfig config;
    config.port = quint16(number(port, 0, 65535, &ok));
    config.seed = quint64(number(seed, 0, std::numeric_limits<qint64>::max(), &ok));
    config.addresses = int(number(addresses, 0, 1000000, &ok));
    config.regions = int(number(regions, 1, 20, &ok));
    config.latencyMs = int(number(latency, 0, 600000, &ok));
    config.latencyJitterMs = int(number(jitter, 0, 600000, &ok));
    config.unbindDurationMs = int(number(unbind, 0, 3600000, &ok));
    config.faultsFile = parser.value(faults);
    config.enforceRateLimits = !parser.isSet(noRate);
    config.perRegionPorts = !parser.isSet(single);
    const QString siteName = parser.value(site);
    if (siteName == QLatin1String("intl") || siteName == QLatin1String("international")) {
        config.internationalSite = true;
    } else if (siteName != QLatin1String("china") && siteName != QLatin1String("cn")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Invalid value for --site: %1 (china or intl)").arg(siteName)));
        ok = false;
    }
    if (!ok)
        return 2;

    eipdesk::sandbox::SandboxServer server;
    QString error;
    if (!server.start(config, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot start the sandbox: %1").arg(error)));
        return 1;
    }

    quitOnSignals(&app);

    auto origin = [](const QUrl& url) {
        return QStringLiteral("http://%1:%2").arg(url.host()).arg(url.port());
    };
    std::printf("Endpoint: %s\n", qPrintable(origin(server.endpoint())));
    std::printf("SecretId: %s\n", qPrintable(server.secretId()));
    std::printf("SecretKey: %s\n", qPrintable(server.secretKey()));
    // Whoever can read this output may drive /_admin/ (header X-Admin-Token).
    std::printf("AdminToken: %s\n", qPrintable(server.adminToken()));
    const auto endpoints = server.regionEndpoints();
    QStringList regionIds = endpoints.keys();
    std::sort(regionIds.begin(), regionIds.end());
    for (const QString& r : regionIds)
        std::printf("Region %s: %s\n", qPrintable(r), qPrintable(origin(endpoints.value(r))));
    std::printf("Addresses: %d in %d regions (seed %llu)\n", server.world()->addressCount(),
                int(server.world()->regionIds().size()),
                static_cast<unsigned long long>(config.seed));
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop();
    return rc;
}
