// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/UnbindController.h"

#include "history/HistoryDialog.h"
#include "inventory/InstanceNameCache.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "ops/UnbindEligibility.h"
#include "ops/UnbindPlan.h"
#include "session/AccountContext.h"
#include "session/Session.h"
#include "unbind/TasksDock.h"
#include "unbind/TasksModel.h"
#include "unbind/UnbindDialog.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QSet>
#include <QSystemTrayIcon>

namespace eipdesk {

UnbindController::UnbindController(QMainWindow* window, Session* session, const Clock* clock)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_clock(clock)
    , m_dock(new TasksDock(window)) {
    m_unbind =
        new QAction(QIcon::fromTheme(QStringLiteral("network-disconnect")), tr("&Unbind…"), this);
    m_unbind->setObjectName(QStringLiteral("unbindAction"));
    m_unbind->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence::Delete});
    m_unbind->setShortcutContext(Qt::WindowShortcut);
    m_unbind->setEnabled(false);
    m_unbind->setToolTip(tr("Select bound EIPs to unbind them."));
    m_unbind->setWhatsThis(tr("Unbinds the selected EIPs from their instance, network interface "
                              "or NAT gateway."));
    m_history =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History"), this);
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_unbind, &QAction::triggered, this, &UnbindController::unbindSelection);
    connect(m_history, &QAction::triggered, this, &UnbindController::showHistory);
    connect(m_session, &Session::contextsChanged, this, &UnbindController::onContextsChanged);
    connect(m_session, &Session::activated, this, &UnbindController::onActivated);
    onContextsChanged();
    if (m_session->isActive())
        onActivated();
}

UnbindController::~UnbindController() = default;

QDockWidget* UnbindController::tasksDock() const {
    return m_dock;
}

OperationQueue* UnbindController::queue() const {
    return m_context ? m_context->operations() : nullptr;
}

Journal* UnbindController::journal() const {
    return m_session->journal();
}

void UnbindController::onContextsChanged() {
    QList<OperationQueue*> queues;
    m_watched.removeAll(nullptr);
    for (AccountContext* c : m_session->contexts()) {
        OperationQueue* q = c->operations();
        queues << q;
        if (m_watched.contains(q))
            continue;
        m_watched << q;
        // One notification per operation that ends, whichever account it belongs to.
        connect(q, &OperationQueue::itemEnded, this, [this](const OperationItem& item) {
            const QString ip = item.address.addressIp;
            const QString title =
                item.state() == OperationState::Succeeded
                    ? (item.binds() ? tr("%1 bound").arg(ip) : tr("%1 unbound").arg(ip))
                    : tr("%1: %2").arg(ip, OperationStates::displayName(item.state()));
            notifyEnded(title, item.error.isEmpty() ? item.address.addressId : item.error.title);
        });
        // The Unbind action follows the rows' operations (only the active account's matter).
        connect(q, &OperationQueue::busyChanged, this, [this, q] {
            if (queue() == q)
                setSelection(m_selection);
        });
    }
    m_dock->setQueues(queues);
    m_context = m_session->context();
    if (m_historyDialog)
        m_historyDialog->setQueue(queue(), m_context ? m_context->profile().name : QString());
    setSelection(m_context ? m_selection : QList<Address>{});
}

void UnbindController::onActivated() {
    if (!m_context)
        return;
    // Entries another live context of this profile is still following are not taken twice.
    QSet<qint64> elsewhere;
    for (AccountContext* c : m_session->backgroundContexts())
        for (const OperationItem& i : c->operations()->items())
            elsewhere.insert(i.entry.id);
    m_context->operations()->resumePending(elsewhere);
}

QString UnbindController::blockerText(const QString& key) {
    if (key == QLatin1String("not-bound"))
        return tr("not bound");
    if (key == QLatin1String("blocked"))
        return tr("blocked: unblock it first");
    if (key == QLatin1String("ordinary-public-ip"))
        return tr("an ordinary public IP, not an EIP: convert it to an EIP first");
    if (key == QLatin1String("transitional"))
        return tr("its state is changing");
    if (key == QLatin1String("busy"))
        return tr("an operation on it is queued or under way");
    return key;
}

QHash<QString, int> UnbindController::natGatewayEipCounts() const {
    return m_inventory ? UnbindEligibility::natGatewayEipCounts(m_inventory())
                       : QHash<QString, int>();
}

void UnbindController::setSelection(const QList<Address>& selected) {
    m_selection = selected;
    const OperationQueue* q = queue();
    bool anyNat = false;
    for (const Address& a : selected)
        anyNat = anyNat || a.isNatGateway();
    const QList<UnbindVerdict> verdicts =
        UnbindEligibility::assess(selected, anyNat ? natGatewayEipCounts() : QHash<QString, int>());
    QStringList why;
    int eligible = 0;
    for (const UnbindVerdict& v : verdicts) {
        const bool busy = q && q->isBusy(v.address.addressId);
        if (v.eligible() && !busy) {
            ++eligible;
            continue;
        }
        QStringList reasons = v.reasons;
        if (busy)
            reasons.prepend(blockerText(QStringLiteral("busy")));
        why << tr("%1 will not be unbound: %2")
                   .arg(v.address.addressIp.isEmpty() ? v.address.addressId : v.address.addressIp,
                        reasons.join(QStringLiteral("; ")));
    }
    const bool ok = eligible > 0 && q;
    m_unbind->setEnabled(ok);
    if (selected.isEmpty()) {
        m_unbind->setToolTip(tr("Select bound EIPs to unbind them."));
    } else if (!q) {
        m_unbind->setToolTip(tr("No account is selected."));
    } else if (!why.isEmpty()) {
        // A tooltip cannot scroll: show the count and the first lines; the dialog lists all.
        QStringList lines;
        if (eligible > 0)
            lines << tr("%1 of %n selected EIP(s) can be unbound.", nullptr, int(selected.size()))
                         .arg(eligible);
        lines << why.mid(0, 10);
        if (why.size() > 10)
            lines << tr("… and %n more (all listed when you unbind).", nullptr,
                        int(why.size() - 10));
        m_unbind->setToolTip(lines.join(QLatin1Char('\n')));
    } else {
        m_unbind->setToolTip(tr("Unbind %n EIP(s)", nullptr, int(selected.size())));
    }
}

void UnbindController::unbindSelection() {
    if (m_selection.isEmpty() || !m_unbind->isEnabled() || !m_context)
        return;
    QPointer<AccountContext> context = m_context;
    UnbindPlan plan(m_selection, natGatewayEipCounts());
    if (plan.addresses().isEmpty())
        return;
    plan.setInstanceNames(context->instanceNames()->names());
    connect(&plan, &UnbindPlan::ready, this, [this, &plan] {
        if (plan.dailyQuotaLeft() >= 0)
            emit dailyQuotaChanged(plan.dailyQuotaLeft());
    });
    plan.load(context->api());
    UnbindDialog dialog(&plan, m_window);
    const bool confirmed = m_confirmer ? m_confirmer(dialog) : dialog.exec() == QDialog::Accepted;
    // The account may have changed while the dialog was open: the confirmation was for it.
    if (!confirmed || !context || context != m_context)
        return;
    OperationQueue* operations = context->operations();
    if (dialog.reallocate()) {
        // Reallocation applies per EIP: only where it is allowed.
        const QList<Address> with = plan.reallocatable();
        QList<Address> without;
        for (const Address& a : plan.addresses())
            if (!plan.reallocateBlocker(a.addressId).isEmpty())
                without << a;
        operations->enqueue(with, true);
        if (!without.isEmpty())
            operations->enqueue(without, false);
    } else {
        operations->enqueue(plan.addresses(), false);
    }
    setSelection(m_selection);
    showTasks();
}

void UnbindController::showTasks() {
    m_dock->show();
    m_dock->raise();
}

HistoryDialog* UnbindController::historyDialog() {
    if (!m_historyDialog) {
        m_historyDialog = new HistoryDialog(journal(), m_clock, m_window);
        m_historyDialog->setQueue(queue(), m_context ? m_context->profile().name : QString());
        connect(m_historyDialog, &HistoryDialog::operationQueued, this,
                &UnbindController::showTasks);
    }
    return m_historyDialog;
}

void UnbindController::showHistory() {
    HistoryDialog* d = historyDialog();
    d->show();
    d->raise();
    d->activateWindow();
}

void UnbindController::notifyEnded(const QString& title, const QString& text) {
    if (!m_notify || !m_window || m_window->isActiveWindow())
        return;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 5000);
    } else {
        QApplication::alert(m_window);
    }
}

} // namespace eipdesk
