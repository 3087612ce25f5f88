// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QSystemTrayIcon;

namespace eipdesk {

class Clock;
class HistoryDialog;
class Journal;
class TasksDock;
class UnbindDialog;
class UnbindQueue;
class VpcApi;

// Everything the main window needs for unbinding: the Unbind action (enabled when at least one
// selected EIP can be unbound; its tooltip says which will not and why), the confirmation
// dialog (unbinds what can be unbound, lists the rest), the tasks dock,
// the History view and the journal. Operations left running by a quit or crash are resumed
// when a session starts.
class UnbindController : public QObject {
    Q_OBJECT
public:
    // Answers the confirmation dialog: true to unbind. The default runs it modally.
    using Confirmer = std::function<bool(UnbindDialog& dialog)>;
    // Every address loaded (to know how many EIPs each NAT gateway has).
    using InventoryProvider = std::function<QList<Address>()>;

    explicit UnbindController(QMainWindow* window); // journal in the app data directory
    // For tests: a journal file and a clock of their own (nullptr: the system clock).
    UnbindController(QMainWindow* window, const QString& journalPath, const Clock* clock);
    ~UnbindController() override;

    void setSession(VpcApi* api, const QString& profileName); // nullptr: no session
    QAction* unbindAction() const { return m_unbind; }
    QAction* historyAction() const { return m_history; }
    QDockWidget* tasksDock() const;
    void setSelection(const QList<Address>& selected);

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setInventoryProvider(InventoryProvider provider) { m_inventory = std::move(provider); }
    void setNotifyOnTaskEnd(bool on) { m_notify = on; } // Preferences
    UnbindQueue* queue() const { return m_queue; }
    Journal* journal() const { return m_journal.get(); }
    HistoryDialog* historyDialog();                       // created on first use
    static QString blockerText(const QString& reasonKey); // translated "why not"
    QHash<QString, int> natGatewayEipCounts() const;      // from the inventory provider

public slots:
    void unbindSelection();
    void showHistory();

signals:
    void addressChanged(const QString& region, const QString& addressId);
    void dailyQuotaChanged(qint64 remaining);

private:
    void notifyEnded(const QString& title, const QString& text);

    QMainWindow* m_window;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Clock> m_ownClock;
    UnbindQueue* m_queue;
    TasksDock* m_dock;
    QAction* m_unbind;
    QAction* m_history;
    QPointer<HistoryDialog> m_historyDialog;
    QSystemTrayIcon* m_tray = nullptr;
    VpcApi* m_api = nullptr;
    QString m_profile;
    QList<Address> m_selection;
    Confirmer m_confirmer;
    InventoryProvider m_inventory;
    bool m_notify = true;
};

} // namespace eipdesk
