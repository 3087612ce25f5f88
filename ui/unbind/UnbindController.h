// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QSystemTrayIcon;

namespace eipdesk {

class AccountContext;
class Clock;
class HistoryDialog;
class Journal;
class OperationQueue;
class Session;
class TasksDock;
class UnbindDialog;

// Everything the main window needs for writes: the Unbind action (enabled when at least one
// selected EIP can be unbound and has no operation under way; its tooltip says which will not
// and why; the confirmation unbinds what can be unbound and lists the rest), the
// confirmation dialog, the tasks dock (the operations of every account that has some) and
// the History view with its re-bind. All of it goes through the active AccountContext's
// operation queue, held by QPointer. Operations left running by a quit or crash are resumed
// when a context starts.
class UnbindController : public QObject {
    Q_OBJECT
public:
    // Answers the confirmation dialog: true to unbind. The default runs it modally.
    using Confirmer = std::function<bool(UnbindDialog& dialog)>;
    // Every address loaded (to know how many EIPs each NAT gateway has).
    using InventoryProvider = std::function<QList<Address>()>;

    // The journal is the session's (Session::journal()); the clock is the application's.
    UnbindController(QMainWindow* window, Session* session, const Clock* clock);
    ~UnbindController() override;

    QAction* unbindAction() const { return m_unbind; }
    QAction* historyAction() const { return m_history; }
    QDockWidget* tasksDock() const;
    TasksDock* tasks() const { return m_dock; }
    void setSelection(const QList<Address>& selected);

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setInventoryProvider(InventoryProvider provider) { m_inventory = std::move(provider); }
    void setNotifyOnTaskEnd(bool on) { m_notify = on; } // Preferences
    OperationQueue* queue() const;                      // the active account's; nullptr without one
    Journal* journal() const;
    HistoryDialog* historyDialog();                       // created on first use
    static QString blockerText(const QString& reasonKey); // translated "why not"
    QHash<QString, int> natGatewayEipCounts() const;      // from the inventory provider

public slots:
    void unbindSelection();
    void showHistory();
    void showTasks();

signals:
    void dailyQuotaChanged(qint64 remaining);

private:
    void onContextsChanged();
    void onActivated();
    void notifyEnded(const QString& title, const QString& text);

    QMainWindow* m_window;
    Session* m_session;
    const Clock* m_clock;
    QPointer<AccountContext> m_context;
    QList<QPointer<OperationQueue>> m_watched; // queues whose signals are connected
    TasksDock* m_dock;
    QAction* m_unbind;
    QAction* m_history;
    QPointer<HistoryDialog> m_historyDialog;
    QSystemTrayIcon* m_tray = nullptr;
    QList<Address> m_selection;
    Confirmer m_confirmer;
    InventoryProvider m_inventory;
    bool m_notify = true;
};

} // namespace eipdesk
