// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppController.h"

#include "api/ApiClient.h"
#include "core/SystemClock.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "inventory/InstanceNameCache.h"
#include "inventory/InventoryCache.h"
#include "inventory/InventoryStore.h"
#include "inventory/LoadProgress.h"
#include "inventory/TransitionWatcher.h"
#include "ops/ErrorCatalog.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "session/AccountContext.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainActions.h"
#include "ui/MainToolBar.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/RegionSelector.h"
#include "ui/SandboxInfoDialog.h"
#include "ui/StatusBarWidget.h"
#include "ui/bind/BindController.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/ProfilesDialogServices.h"
#include "ui/profiles/SessionSecretPrompt.h"
#include "ui/unbind/TasksDock.h"
#include "ui/unbind/UnbindController.h"
#include "ui/widgets/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace eipdesk {

AppController::AppController(const AppOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<SystemClock>())
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_sandbox(std::make_unique<SandboxLauncher>())
    , m_profiles(std::make_unique<ProfileStore>())
    , m_keychain(std::make_unique<KeychainCredentialStore>())
    , m_sessionSecrets(std::make_unique<MemoryCredentialStore>())
    , m_resolver(std::make_unique<SecretResolver>(m_keychain.get(), m_sessionSecrets.get()))
    , m_journal(std::make_unique<Journal>(m_clock.get()))
    , m_session(std::make_unique<Session>(m_network.get(), m_clock.get()))
    , m_window(std::make_unique<MainWindow>(m_session.get())) {
    m_resolver->setClock(m_clock.get());
    m_journal->setProgram(QStringLiteral("window"));
    m_journal->open(); // on failure operations still work, unjournaled
    m_session->setJournal(m_journal.get());
    // `eipdesk profiles remove` in another process may delete the open profile (and its cache
    // files): the cache is written only while the profile is still in the store's file. The
    // built-in sandbox's profile is never in it.
    m_session->setProfileCheck([file = m_profiles->fileName()](const QString& id) {
        return id == SandboxLauncher::profileId() || ProfileStore(file, nullptr).contains(id);
    });
    connectUnbind();
    // Preferences: the proxy only once the user chose one (Qt's default stays otherwise); the
    // timeout again on every session (each has a fresh client).
    applyPreferences(AppPreferences::load(),
                     QSettings().contains(QStringLiteral("preferences/proxyMode")));
    connect(m_session.get(), &Session::activated, this, [this] {
        applyPreferences(AppPreferences::load(), false);
        if (AccountContext* c = m_session->context())
            connect(c->inventory(), &InventoryStore::regionsFailed, this,
                    [this](const ApiError& e) { m_regionsError = e; });
    });
    m_session->setUiLanguage(options.language);
    m_exitOnLoad = options.smoke || !options.screenshot.isEmpty();

    MainWindow* w = m_window.get();
    connect(w, &MainWindow::profileSelected, this, &AppController::openProfile);
    connect(w, &MainWindow::trySandboxRequested, this, [this] {
        QString error;
        if (!startSandbox(&error))
            m_window->banner()->showMessage(MessageBanner::Kind::Error,
                                            tr("The sandbox did not start: %1").arg(error));
    });
    connect(w, &MainWindow::addCredentialsRequested, this, &AppController::addCredentials);
    connect(w, &MainWindow::manageProfilesRequested, this, &AppController::addCredentials);
    connect(w->actions()->preferences, &QAction::triggered, this, &AppController::showPreferences);
    connect(w->actions()->about, &QAction::triggered, this, &AppController::showAbout);
    connect(w->actions()->aboutSandbox, &QAction::triggered, this, [this] {
        SandboxInfoDialog dialog(SandboxInfo::of(*m_sandbox), m_window.get());
        dialog.exec();
    });
    connect(w, &MainWindow::loadFinished, this, &AppController::onLoadFinished);
    connect(m_profiles.get(), &ProfileStore::changed, this,
            [this] { refreshProfiles(m_selectedProfileId); });
    if (!options.region.isEmpty()) {
        // Open on one region: select it as soon as the region list is known.
        connect(w, &MainWindow::regionsReady, this, [this] {
            RegionSelector* selector = m_window->mainToolBar()->regionSelector();
            if (selector->currentRegion() != m_options.region)
                selector->selectRegion(m_options.region);
        });
    }
}

AppController::~AppController() {
    // The window and the session go before the sandbox they may be talking to.
    // The session's contexts end their operations (journaled) before the journal closes.
    // The controllers are the window's children: they go first, never deleted twice.
    m_bind.reset();
    m_unbind.reset();
    m_window.reset();
    m_session.reset();
    m_journal.reset();
    m_sandbox.reset();
}

bool AppController::start(QString* errorMessage) {
    m_window->show();
    if (m_options.quitAfterShown) {
        QTimer::singleShot(0, this, [this] {
            std::printf("shown\n");
            std::fflush(stdout);
            emit exitRequested(0);
        });
    }
    if (m_exitOnLoad) {
        QTimer::singleShot(m_options.smokeTimeoutMs, this, [this] {
            if (m_smokeFinished)
                return;
            m_smokeFinished = true;
            std::fprintf(stderr, "%s\n",
                         m_smokeLoaded
                             ? "eipdesk: unfinished operations did not settle in time (they stay "
                               "in the journal for the next start)"
                             : "eipdesk: loading did not finish in time");
            emit exitRequested(2);
        });
    }
    if (m_options.sandbox) {
        // The window first, the sandbox (building its world) right after it is on screen.
        QTimer::singleShot(0, this, [this] {
            QString error;
            if (startSandbox(&error))
                return;
            m_window->banner()->showMessage(MessageBanner::Kind::Error,
                                            tr("The sandbox did not start: %1").arg(error));
            std::fprintf(stderr, "eipdesk: %s\n", qPrintable(error));
            if (m_exitOnLoad || m_options.quitAfterShown)
                emit exitRequested(1);
        });
        return true;
    }

    Profile profile;
    if (!m_options.profile.isEmpty()) {
        profile = m_profiles->findByName(m_options.profile);
        if (!profile.isValid()) {
            if (errorMessage)
                *errorMessage = tr("No profile named “%1”.").arg(m_options.profile);
            return false;
        }
    } else {
        profile = m_profiles->profile(m_profiles->currentProfileId());
        if (!profile.isValid() && !m_profiles->list().isEmpty())
            profile = m_profiles->list().first();
    }
    if (!profile.isValid()) {
        refreshProfiles({});
        m_window->showWelcome();
        if (m_exitOnLoad) {
            if (errorMessage)
                *errorMessage = tr("No profile: use --sandbox or add a profile first.");
            return false;
        }
        return true;
    }
    refreshProfiles(profile.id);
    openProfile(profile.id);
    return true;
}

bool AppController::startSandbox(QString* errorMessage) {
    if (!m_sandbox->isRunning()) {
        sandbox::SandboxConfig config;
        config.addresses = m_options.sandboxAddresses;
        config.regions = m_options.sandboxRegions;
        config.latencyMs = m_options.sandboxLatencyMs;
        config.perRegionPorts = true;
        if (!m_sandbox->start(config, errorMessage))
            return false;
    }
    refreshProfiles(SandboxLauncher::profileId());
    openProfile(SandboxLauncher::profileId());
    return true;
}

void AppController::refreshProfiles(const QString& currentId) {
    QList<Profile> list = m_profiles->list();
    if (m_sandbox->isRunning())
        list.prepend(m_sandbox->profile());
    m_window->setProfiles(list, currentId);
}

void AppController::openProfile(const QString& profileId) {
    const quint64 gen = ++m_openGeneration;
    m_window->statusWidget()->setProfileToolTip({});
    if (profileId == SandboxLauncher::profileId()) {
        if (!m_sandbox->isRunning())
            return;
        m_selectedProfileId = profileId;
        refreshProfiles(profileId);
        // Where the sandbox listens, so tccli or an SDK can be pointed at it.
        m_window->statusWidget()->setProfileToolTip(SandboxInfo::of(*m_sandbox).tooltip());
        m_session->activate(m_sandbox->profile(), m_sandbox->credentials(), m_sandbox->endpoints());
        return;
    }
    const Profile profile = m_profiles->profile(profileId);
    if (!profile.isValid())
        return;
    m_selectedProfileId = profile.id;
    m_profiles->setCurrentProfileId(profile.id); // ProfileStore::changed: the box keeps this one
    refreshProfiles(profile.id);
    m_window->showInventory();
    m_window->banner()->showMessage(
        MessageBanner::Kind::Info,
        tr("Reading the secret of “%1” from the keychain…").arg(profile.name));
    m_resolver->resolve(profile, [this, gen, profile](const SecretResolver::Resolution& r) {
        if (gen != m_openGeneration)
            return;
        if (!r.ok()) {
            // No usable keychain: offer to type the secret for this run only, then try again.
            if (r.sessionFallbackPossible && !m_exitOnLoad &&
                SessionSecretPrompt::offer(m_window.get(), m_resolver.get(), profile, r)) {
                openProfile(profile.id);
                return;
            }
            m_session->deactivate();
            m_window->banner()->showMessage(MessageBanner::Kind::Error, r.message);
            if (m_exitOnLoad) {
                std::fprintf(stderr, "eipdesk: %s\n", qPrintable(r.message));
                emit exitRequested(1);
            }
            return;
        }
        m_window->banner()->clearMessage();
        m_session->activate(profile, r.credentials, Session::endpointFor(profile));
    });
}

void AppController::onLoadFinished(const LoadProgress& progress) {
    if (!m_exitOnLoad)
        return;
    const int loaded = progress.regionsTotal - progress.regionsFailed;
    if (!m_options.screenshot.isEmpty()) {
        m_window->activateWindow();
        if (m_window->tableView()->model()->rowCount() > 0)
            m_window->tableView()->selectRow(0);
        // The instance names come a moment after the addresses: wait for them (bounded).
        QDeadlineTimer names(5000);
        const AccountContext* context = m_session->context();
        while (context && context->instanceNames()->isLoadingAny() && !names.hasExpired())
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QApplication::processEvents();
        if (!m_window->grab().save(m_options.screenshot)) {
            std::fprintf(stderr, "eipdesk: could not write %s\n", qPrintable(m_options.screenshot));
            emit exitRequested(1);
            return;
        }
    }
    std::printf("Loaded %lld EIPs from %d regions\n", static_cast<long long>(progress.addresses),
                loaded);
    // Why a region (or the region list) failed, through the one error catalog.
    auto why = [](const ApiError& e) {
        const ErrorExplanation x = ErrorCatalog::explain(e);
        QString line = x.headline() + QStringLiteral(": ") + x.meaning;
        if (!x.nextStep.isEmpty())
            line += QLatin1Char(' ') + x.nextStep;
        if (!x.serverMessage.isEmpty())
            line += QStringLiteral(" [") + x.serverMessage + QLatin1Char(']');
        if (!x.requestId.isEmpty())
            line += QStringLiteral(" RequestId ") + x.requestId;
        return line;
    };
    if (m_regionsError.isError())
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("The region list (DescribeRegions) failed: %1").arg(why(m_regionsError))));
    if (progress.regionsFailed > 0) {
        std::printf("%d region(s) failed\n", progress.regionsFailed);
        if (AccountContext* c = m_session->context()) {
            const QHash<QString, ApiError> errors = c->inventory()->regionErrors();
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                std::fprintf(stderr, "%s\n",
                             qPrintable(tr("Region %1 failed: %2").arg(it.key(), why(it.value()))));
        }
    }
    std::fflush(stdout);
    const bool ok = progress.regionsTotal > 0 && progress.regionsFailed == 0 &&
                    !progress.canceled && !m_regionsError.isError();
    finishSmoke(ok ? 0 : 1);
}

void AppController::finishSmoke(int code) {
    m_smokeLoaded = true;
    // Like every entry point, the smoke run settles what earlier runs left unfinished (resumed
    // at activation) before it exits; the smoke timeout bounds the wait.
    OperationQueue* queue = m_session->context() ? m_session->context()->operations() : nullptr;
    auto done = [this, code, queue] {
        if (m_smokeFinished)
            return;
        m_smokeFinished = true;
        if (queue) {
            const OperationProgress p = queue->progress();
            if (p.total > 0)
                std::printf("Settled %d of %d unfinished operation(s)\n", p.done, p.total);
            std::fflush(stdout);
        }
        emit exitRequested(code);
    };
    if (!queue || queue->isSettled())
        return done();
    connect(queue, &OperationQueue::progressChanged, this, [queue, done] {
        if (queue->isSettled())
            done();
    });
}

void AppController::addCredentials() {
    ProfilesDialogServices services;
    services.profiles = m_profiles.get();
    if (m_sandbox->isRunning())
        services.sandbox = m_sandbox->profile();
    services.keychain = m_keychain.get();
    services.session = m_sessionSecrets.get();
    services.network = m_network.get();
    services.clock = m_clock.get();
    services.profileDeleted = [session = QPointer<Session>(m_session.get())](const QString& id) {
        if (session)
            session->forgetProfile(id);
    };
    ProfilesDialog dialog(services, m_window.get());
    dialog.exec();
    refreshProfiles(m_selectedProfileId);
    if (!m_session->isActive() && !m_profiles->list().isEmpty()) {
        const Profile current = m_profiles->profile(m_profiles->currentProfileId());
        openProfile(current.isValid() ? current.id : m_profiles->list().first().id);
    }
}

void AppController::connectUnbind() {
    m_unbind = std::make_unique<UnbindController>(m_window.get(), m_session.get(), m_clock.get());
    UnbindController* unbind = m_unbind.get();
    MainWindow* w = m_window.get();
    w->setUnbindAction(unbind->unbindAction());
    w->addBottomDock(unbind->tasksDock(), unbind->historyAction());
    connect(w, &MainWindow::selectionChanged, unbind, &UnbindController::setSelection);
    unbind->setInventoryProvider([w] { return w->inventory()->model()->addresses(); });
    m_bind = std::make_unique<BindController>(w, m_session.get());
    BindController* bind = m_bind.get();
    w->addBindingActions(bind->actions(), bind->bindAction());
    connect(w, &MainWindow::selectionChanged, bind, &BindController::setSelection);
    bind->setInventoryProvider([w] { return w->inventory()->model()->addresses(); });
    connect(bind, &BindController::operationQueued, unbind, &UnbindController::showTasks);
    connect(unbind->tasks(), &TasksDock::undoRequested, bind,
            [bind](const JournalEntry& entry) { bind->undoEntry(entry); });
    connect(unbind, &UnbindController::dailyQuotaChanged, this, [this](qint64 remaining) {
        const auto quota = m_session->dailyQuota();
        m_window->statusWidget()->setDailyQuota(remaining, quota ? quota->quotaLimit : remaining);
    });
}

void AppController::showPreferences() {
    PreferencesDialog dialog(m_keychain.get(), m_window.get());
    connect(&dialog, &PreferencesDialog::preferencesSaved, this,
            [this](const AppPreferences& p) { applyPreferences(p, true); });
    dialog.exec();
}

void AppController::applyPreferences(const AppPreferences& p, bool proxy) {
    m_session->setCacheDirectory(InventoryCache::defaultDirectory(), p.showCachedRows);
    if (m_session->client())
        m_session->client()->setDefaultTimeoutMs(p.requestTimeoutSecs * 1000);
    if (AccountContext* context = m_session->context())
        context->inventory()->watcher()->setDelays(p.refreshIntervalSecs * 1000,
                                                   qMax(16000, p.refreshIntervalSecs * 1000));
    if (m_unbind)
        m_unbind->setNotifyOnTaskEnd(p.notifyOnTaskEnd);
    if (!proxy)
        return;
    if (p.proxyMode == AppPreferences::ProxyMode::Manual && !p.proxyUser.isEmpty()) {
        QPointer<QNetworkAccessManager> network = m_network.get();
        m_keychain->read(
            AppPreferences::proxyPasswordKey(),
            [p, network](const CredentialStore::Result& r) { p.applyProxy(network, r.secret); });
    } else {
        p.applyProxy(m_network.get());
    }
}

void AppController::showAbout() {
    QMessageBox::about(m_window.get(), tr("About EIP Desk"),
                       tr("<b>EIP Desk %1</b><br>Elastic IPs of Tencent Cloud, one region or all "
                          "of them.<br>GPL-3.0-or-later.")
                           .arg(QStringLiteral(EIPDESK_VERSION)));
}

} // namespace eipdesk
