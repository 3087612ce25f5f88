// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "core/SystemClock.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace eipdesk {
class AccountContext;
class Journal;
class MainWindow;
class OperationQueue;
class Session;
class UnbindController;
namespace test {
class SandboxFixture;
}
} // namespace eipdesk

namespace eipdesk::test {

// The real window offscreen over an in-process sandbox, wired as the application wires it
// (session with its account contexts, journal, Unbind controller with its tasks dock and
// History), with an automatic "yes" to every confirmation and fast polling. For the
// consistency tests and the seeded sequence test.
class DeskHarness {
public:
    static sandbox::SandboxConfig defaultConfig(); // 4 regions, 160 EIPs, 300 ms tasks
    explicit DeskHarness(const sandbox::SandboxConfig& config = defaultConfig());
    ~DeskHarness();

    bool start(QString* error);
    // Opens the sandbox account under `profileName` (a fresh context each time).
    void activate(const QString& profileName = QStringLiteral("A"));
    // Waits for the current load to end; false on timeout.
    bool waitLoaded(int timeoutMs = 30000);
    // Shows one region (or all with "*") and waits for its load.
    bool showScope(const QString& regionOrAll, int timeoutMs = 30000);

    // Selects the rows of these addresses in the table (view order).
    bool select(const QStringList& addressIds);
    // Unbinds the selection through the Unbind action (auto-confirmed); false when disabled.
    bool unbindSelection();

    SandboxFixture& sandbox() { return *m_sandbox; }
    MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }
    UnbindController* unbind() const { return m_unbind.get(); }
    Journal* journal() const { return m_journal.get(); }
    OperationQueue* queue() const; // the active context's
    const SystemClock& clock() const { return m_clock; }
    int confirmations() const { return m_confirmations; }
    void setConfirmAnswer(bool yes) { m_answer = yes; }

    // The addresses of `region` in the sandbox (all regions when empty) as DescribeAddresses
    // lists them (WanIP left out), sorted by ID.
    QList<Address> truth(const QString& region = {});
    QList<Address> tableRows() const; // sorted by ID
    // Every operation of every live context has settled (final, or still running/unknown).
    bool operationsSettled() const;

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<UnbindController> m_unbind;
    int m_confirmations = 0;
    bool m_answer = true;
};

} // namespace eipdesk::test
