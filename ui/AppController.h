// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "session/AppPreferences.h"
#include "ui/AppOptions.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace eipdesk {

class Journal;
class KeychainCredentialStore;
class MainWindow;
class MemoryCredentialStore;
class ProfileStore;
class SandboxLauncher;
class SecretResolver;
class Session;
class SystemClock;
class UnbindController;
class BindController;
struct LoadProgress;

// The application shell and composition root: one network access manager, clock and
// operations journal for the whole app, the profile store and keychain, the Session (with
// its account contexts), the optional in-process sandbox, and the window. Switching profiles
// resolves the secret from the keychain and activates a fresh account context. This is the
// only place that reads the system clock (SystemClock); everything else is handed a Clock.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(const AppOptions& options, QObject* parent = nullptr);
    ~AppController() override;

    // Shows the window and opens the requested profile (or the welcome page). Returns false
    // with a message when the start-up request cannot be met (e.g. the sandbox did not start).
    bool start(QString* errorMessage);

    MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }
    bool startSandbox(QString* errorMessage);
    void openProfile(const QString& profileId);

signals:
    // Smoke / screenshot / quit-after-shown runs are over: exit with this code.
    void exitRequested(int code);

private:
    void refreshProfiles(const QString& currentId);
    void onLoadFinished(const LoadProgress& progress);
    void addCredentials();
    void showPreferences();
    void applyPreferences(const AppPreferences& preferences, bool proxy);
    void showAbout();
    void connectUnbind();
    void finishSmoke(int code);

    AppOptions m_options;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<MemoryCredentialStore> m_sessionSecrets;
    std::unique_ptr<SecretResolver> m_resolver;
    std::unique_ptr<Journal> m_journal; // outlives the session whose contexts write to it
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<UnbindController> m_unbind; // the Unbind action, tasks dock and History
    std::unique_ptr<BindController> m_bind;     // Bind, Move, Undo
    QString m_selectedProfileId; // the profile opened or being opened (the toolbar shows it)
    bool m_exitOnLoad = false;
    bool m_smokeFinished = false; // --smoke has printed its result and asked to exit
    bool m_smokeLoaded = false;   // --smoke: the load ended, settling may still run
    ApiError m_regionsError;      // the last DescribeRegions failure (--smoke says why)
    quint64 m_openGeneration = 0;
};

} // namespace eipdesk
