// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "ops/JournalEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace eipdesk {

class AccountContext;
class BindTargetDialog;
class OperationQueue;
class Session;

// The window's writes that put an EIP somewhere, all through the active account's operation
// queue (followed in Tasks, journaled in History):
//   Bind… (Ctrl+B): one idle EIP to a CVM instance or an ENI private IP, chosen and confirmed in
//   the BindTargetDialog;
//   Move… (Ctrl+Shift+M): one EIP bound to an instance or ENI to another target, one operation
//   in two steps;
//   Undo unbind (Ctrl+Shift+Z): the selected idle EIP back where its latest unbind (or failed
//   move) took it from, after a question.
// Each action says in its tooltip why it is disabled for the selection.
class BindController : public QObject {
    Q_OBJECT
public:
    // Runs the target dialog; true when the user confirmed a target. The default is exec().
    using Chooser = std::function<bool(BindTargetDialog& dialog)>;
    // Answers a yes/no question (the undo). The default is a QMessageBox.
    using Confirmer = std::function<bool(const QString& title, const QString& question)>;
    // Every address loaded (the region's EIPs tell the picker which targets have one already).
    using InventoryProvider = std::function<QList<Address>()>;

    BindController(QWidget* window, Session* session);
    ~BindController() override;

    QAction* bindAction() const { return m_bind; }
    QAction* moveAction() const { return m_move; }
    QAction* undoAction() const { return m_undo; }
    QList<QAction*> actions() const { return {m_bind, m_move, m_undo}; }

    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setInventoryProvider(InventoryProvider provider) { m_inventory = std::move(provider); }
    // The journal entry Undo would take back for this EIP (its latest unbind or failed move),
    // when the queue allows it.
    std::optional<JournalEntry> undoableEntry(const Address& address) const;

public slots:
    void setSelection(const QList<Address>& selected);
    void bindSelection();
    void moveSelection();
    void undoSelection();
    // Undo a journal entry (Tasks, History): asks, then queues the bind back. Returns whether
    // it was queued; `why` says why not.
    bool undoEntry(const JournalEntry& entry, QString* why = nullptr);

signals:
    void operationQueued(); // the tasks panel comes up

private:
    OperationQueue* queue() const;
    void watchQueue();
    void update();
    void updateFor(const QString& addressId); // update() when that EIP is selected
    void chooseTarget(bool move);
    QList<Address> regionAddresses(const QString& region) const;
    bool ask(const QString& title, const QString& question);
    QString instanceName(const JournalEntry& entry) const; // of its previous instance, if known

    QWidget* m_window;
    Session* m_session;
    QAction* m_bind;
    QAction* m_move;
    QAction* m_undo;
    QList<Address> m_selection;
    QList<QPointer<OperationQueue>> m_watched;
    Chooser m_chooser;
    Confirmer m_confirmer;
    InventoryProvider m_inventory;
};

} // namespace eipdesk
