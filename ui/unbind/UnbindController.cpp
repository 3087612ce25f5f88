// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/UnbindController.h"

#include "core/SystemClock.h"
#include "history/HistoryDialog.h"
#include "ops/Journal.h"
#include "ops/UnbindEligibility.h"
#include "ops/UnbindPlan.h"
#include "ops/UnbindQueue.h"
#include "unbind/TasksDock.h"
#include "unbind/UnbindDialog.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QSystemTrayIcon>

namespace eipdesk {

UnbindController::UnbindController(QMainWindow* window)
    : UnbindController(window, QString(), nullptr) {}

UnbindController::UnbindController(QMainWindow* window, const QString& journalPath,
                                   const Clock* clock)
    : QObject(window)
    , m_window(window)
    , m_journal(std::make_unique<Journal>()) {
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_journal->open(journalPath); // on failure unbinding still works, unjournaled
    m_queue = new UnbindQueue(m_journal.get(), clock, this);
    m_dock = new TasksDock(m_queue, window);

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

    connect(m_queue, &UnbindQueue::itemEnded, this, [this](const UnbindItem& item) {
        emit addressChanged(item.address.region, item.address.addressId);
        const QString title = item.state() == OperationState::Succeeded
                                  ? tr("%1 unbound").arg(item.address.addressIp)
                                  : tr("%1: %2").arg(item.address.addressIp,
                                                     OperationStates::displayName(item.state()));
        notifyEnded(title, item.error.isEmpty() ? item.address.addressId : item.error.title);
    });
}

UnbindController::~UnbindController() {
    delete m_queue; // before the journal it writes to
    m_queue = nullptr;
}

QDockWidget* UnbindController::tasksDock() const {
    return m_dock;
}

void UnbindController::setSession(VpcApi* api, const QString& profileName) {
    m_api = api;
    m_profile = profileName;
    m_queue->setSession(api, profileName);
    if (m_historyDialog)
        m_historyDialog->setSession(api, profileName);
    if (api)
        m_queue->resumePending();
    setSelection(m_selection);
}

QString UnbindController::blockerText(const QString& key) {
    if (key == QLatin1String("not-bound"))
        return tr("not bound");
    if (key == QLatin1String("blocked"))
        return tr("blocked: unblock it first");
    if (key == QLatin1String("arrears"))
        return tr("in arrears: top up the account first");
    if (key == QLatin1String("transitional"))
        return tr("its state is changing");
    return key;
}

QHash<QString, int> UnbindController::natGatewayEipCounts() const {
    return m_inventory ? UnbindEligibility::natGatewayEipCounts(m_inventory())
                       : QHash<QString, int>();
}

void UnbindController::setSelection(const QList<Address>& selected) {
    m_selection = selected;
    bool anyNat = false;
    for (const Address& a : selected)
        anyNat = anyNat || a.isNatGateway();
    const QList<UnbindVerdict> verdicts =
        UnbindEligibility::assess(selected, anyNat ? natGatewayEipCounts() : QHash<QString, int>());
    QStringList why;
    int eligible = 0;
    for (const UnbindVerdict& v : verdicts) {
        if (v.eligible()) {
            ++eligible;
            continue;
        }
        why << tr("%1 will not be unbound: %2")
                   .arg(v.address.addressIp.isEmpty() ? v.address.addressId : v.address.addressIp,
                        v.reasons.join(QStringLiteral("; ")));
    }
    const bool ok = eligible > 0 && m_api;
    m_unbind->setEnabled(ok);
    if (selected.isEmpty()) {
        m_unbind->setToolTip(tr("Select bound EIPs to unbind them."));
    } else if (!m_api) {
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
    if (m_selection.isEmpty() || !m_unbind->isEnabled())
        return;
    UnbindPlan plan(m_selection, natGatewayEipCounts());
    if (plan.addresses().isEmpty())
        return;
    connect(&plan, &UnbindPlan::ready, this, [this, &plan] {
        if (plan.dailyQuotaLeft() >= 0)
            emit dailyQuotaChanged(plan.dailyQuotaLeft());
    });
    plan.load(m_api);
    UnbindDialog dialog(&plan, m_window);
    const bool confirmed = m_confirmer ? m_confirmer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!confirmed)
        return;
    if (dialog.reallocate()) {
        // Reallocation applies per EIP: only where it is allowed.
        const QList<Address> with = plan.reallocatable();
        QList<Address> without;
        for (const Address& a : plan.addresses())
            if (!plan.reallocateBlocker(a.addressId).isEmpty())
                without << a;
        m_queue->enqueue(with, true);
        if (!without.isEmpty())
            m_queue->enqueue(without, false);
    } else {
        m_queue->enqueue(plan.addresses(), false);
    }
    m_dock->show();
    m_dock->raise();
}

HistoryDialog* UnbindController::historyDialog() {
    if (!m_historyDialog) {
        m_historyDialog = new HistoryDialog(m_journal.get(), m_window);
        m_historyDialog->setSession(m_api, m_profile);
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
