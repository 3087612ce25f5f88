// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientLoad.h"

#include "BenchSupport.h"

#include "api/ApiClient.h"
#include "credentials/Profile.h"
#include "inventory/LoadProgress.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"
#include "ui/InventoryController.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QtTest/QTest>

#include <cstdio>
#include <memory>

namespace eipdesk::bench {

QString ClientLoadResult::actionsText() const {
    QStringList parts;
    for (auto it = perAction.cbegin(); it != perAction.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

ClientLoad::ClientLoad(const SandboxProcess& sandbox)
    : m_sandbox(sandbox) {}

ClientLoadResult ClientLoad::run(const QString& home, int timeoutMs) {
    const QDir dir(home);
    dir.mkpath(QStringLiteral("cache"));
    dir.mkpath(QStringLiteral("config"));
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    m_network.reset();

    ClientLoadResult result;
    QEventLoop loop;
    auto session = std::make_unique<Session>(&m_network, &m_clock);
    // As the application does: each profile's inventory cache in the cache directory (empty
    // for a cold load, the previous load's for a warm one).
    session->setCacheDirectory(dir.filePath(QStringLiteral("cache")), false);
    // Connected before the window exists, so it runs before the window starts the load and
    // sees the very first request.
    QPointer<ApiClient> counted;
    bool finished = false; // loadFinished seen: what comes after is not the load's
    QElapsedTimer timer;
    const bool trace = qEnvironmentVariableIsSet("EIPDESK_BENCH_TRACE"); // where the time goes
    QObject::connect(session.get(), &Session::contextsChanged, &loop, [&] {
        ApiClient* client = session->client();
        if (!client || client == counted)
            return;
        counted = client;
        QObject::connect(client, &ApiClient::requestSent, &loop,
                         [&result, &timer, &finished, trace](const QString& action, int attempt) {
                             if (!finished)
                                 result.lastSentMs = double(timer.nsecsElapsed()) / 1e6;
                             if (trace)
                                 std::printf("   %7.1f ms: sent %s\n",
                                             double(timer.nsecsElapsed()) / 1e6,
                                             qPrintable(action));
                             ++result.requests;
                             result.resent += attempt > 1;
                             ++result.perAction[action];
                         });
    });
    auto window = std::make_unique<MainWindow>(session.get());
    window->show();
    // On screen before the profile opens, as when the application opens a profile from the
    // keychain: it shows its window, then reads the secret (a D-Bus round trip), then activates.
    // Without this the window's first expose and whole paint (9 ms in a --smoke trace) ran
    // inside the timed load, after the first region's requests and before the others.
    if (!QTest::qWaitForWindowExposed(window.get()))
        std::printf("   (the window was not exposed within 5 s)\n");

    Profile profile;
    profile.id = profileId();
    profile.name = QStringLiteral("Round trips");
    profile.secretId = m_sandbox.secretId();
    profile.defaultRegion = QStringLiteral("ap-guangzhou"); // as every profile has one
    const EndpointConfig endpoints = m_sandbox.endpoints();

    QObject::connect(window.get(), &MainWindow::loadFinished, &loop,
                     [&](const LoadProgress& progress) {
                         if (finished)
                             return;
                         finished = true;
                         result.ms = double(timer.nsecsElapsed()) / 1e6;
                         result.addresses = int(progress.addresses);
                         result.regions = progress.regionsTotal - progress.regionsFailed;
                         loop.quit();
                     });
    QObject::connect(&m_network, &QNetworkAccessManager::finished, &loop, [&] {
        if (!finished)
            result.lastReplyMs = double(timer.nsecsElapsed()) / 1e6;
    });
    if (trace) {
        auto at = [&timer] { return double(timer.nsecsElapsed()) / 1e6; };
        QObject::connect(window.get(), &MainWindow::regionsReady, &loop,
                         [at] { std::printf("   %7.1f ms: regions ready\n", at()); });
        QObject::connect(window->inventory(), &InventoryController::progressChanged, &loop,
                         [at](const LoadProgress& p) {
                             std::printf("   %7.1f ms: %s\n", at(), qPrintable(p.text()));
                         });
        QObject::connect(&m_network, &QNetworkAccessManager::finished, &loop,
                         [at](QNetworkReply* reply) {
                             std::printf("   %7.1f ms: reply %s\n", at(),
                                         reply->request().rawHeader("X-TC-Action").constData());
                         });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer gapTimer;
    double lastTick = 0;
    if (trace) {
        gapTimer.setTimerType(Qt::PreciseTimer);
        gapTimer.setInterval(1);
        QObject::connect(&gapTimer, &QTimer::timeout, &loop, [&] {
            const double now = double(timer.nsecsElapsed()) / 1e6;
            if (now - lastTick > 4)
                std::printf("   %7.1f ms: main thread busy since %.1f ms\n", now, lastTick);
            lastTick = now;
        });
        gapTimer.start();
    }
    const ProcessUsage before = processUsage();
    const double sandboxBefore = m_sandbox.cpuMs();
    timer.start();
    session->activate(profile, {m_sandbox.secretId(), m_sandbox.secretKey(), {}}, endpoints);
    result.language = session->apiLanguage();
    if (!finished)
        loop.exec();
    const ProcessUsage after = processUsage();
    result.cpuMs = after.cpuMs - before.cpuMs;
    result.pageFaults = after.pageFaults - before.pageFaults;
    if (sandboxBefore >= 0)
        result.sandboxCpuMs = m_sandbox.cpuMs() - sandboxBefore;
    result.rateLimited = m_network.rateLimitedReplies();
    window.reset();
    session.reset();
    return result;
}

} // namespace eipdesk::bench
