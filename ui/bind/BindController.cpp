// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind/BindController.h"

#include "bind/BindTargetDialog.h"
#include "core/AddressStatus.h"
#include "inventory/InstanceNameCache.h"
#include "ops/BindConfirmation.h"
#include "ops/Journal.h"
#include "ops/JournalFilter.h"
#include "ops/OperationQueue.h"
#include "session/AccountContext.h"
#include "session/Session.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMessageBox>
#include <QWidget>

namespace eipdesk {

namespace {

bool isBound(const Address& a) {
    return a.addressStatus == QLatin1String(AddressStatus::Bind) ||
           a.addressStatus == QLatin1String(AddressStatus::BindEni);
}

OperationTarget targetOf(const BindTarget& t) {
    if (t.kind == BindTarget::Kind::Instance)
        return {t.instanceId, {}, {}};
    return {{}, t.networkInterfaceId, t.privateIp};
}

} // namespace

BindController::BindController(QWidget* window, Session* session)
    : QObject(window)
    , m_window(window)
    , m_session(session) {
    m_bind = new QAction(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Bind…"), this);
    m_bind->setObjectName(QStringLiteral("bindAction"));
    m_bind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bind->setWhatsThis(
        tr("Binds the selected idle EIP to a CVM instance or a network interface's private IP."));
    m_move = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Move…"), this);
    m_move->setObjectName(QStringLiteral("moveAction"));
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_move->setWhatsThis(tr("Moves the selected bound EIP to another instance or private IP: "
                            "unbind, wait for the task, bind, as one operation."));
    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo unbind"), this);
    m_undo->setObjectName(QStringLiteral("undoUnbindAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_undo->setWhatsThis(tr("Binds the selected idle EIP back where its latest unbind took it "
                            "from."));
    for (QAction* a : actions())
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_bind, &QAction::triggered, this, &BindController::bindSelection);
    connect(m_move, &QAction::triggered, this, &BindController::moveSelection);
    connect(m_undo, &QAction::triggered, this, &BindController::undoSelection);
    connect(m_session, &Session::contextsChanged, this, &BindController::watchQueue);
    watchQueue();
}

void BindController::watchQueue() {
    // The actions follow the busy state of the active account's EIPs.
    m_watched.removeAll(nullptr);
    if (OperationQueue* q = queue(); q && !m_watched.contains(q)) {
        m_watched << q;
        // Only the selected EIP's changes matter: a batch of 100 must not re-read the journal
        // for Undo on every state change of every item.
        connect(q, &OperationQueue::busyChanged, this,
                [this](const QString&, const QString& addressId) { updateFor(addressId); });
        connect(q, &OperationQueue::itemEnded, this,
                [this](const OperationItem& i) { updateFor(i.address.addressId); });
    }
    update();
}

BindController::~BindController() = default;

OperationQueue* BindController::queue() const {
    AccountContext* c = m_session->context();
    return c ? c->operations() : nullptr;
}

void BindController::updateFor(const QString& addressId) {
    for (const Address& a : std::as_const(m_selection))
        if (a.addressId == addressId)
            return update();
}

void BindController::setSelection(const QList<Address>& selected) {
    m_selection = selected;
    update();
}

std::optional<JournalEntry> BindController::undoableEntry(const Address& address) const {
    const OperationQueue* q = queue();
    const Journal* journal = m_session->journal();
    if (!q || !journal || !journal->isOpen() ||
        address.addressStatus != QLatin1String(AddressStatus::Unbind))
        return std::nullopt;
    JournalFilter f;
    f.text = address.addressId;
    f.limit = 50;
    // The latest final operation on this EIP decides: an unbind (or a move left idle) after
    // which nothing else bound it.
    for (const JournalEntry& e : journal->entries(f)) {
        if (e.addressId != address.addressId || e.region != address.region ||
            e.profile != q->profileName() || !OperationStates::isFinal(e.state))
            continue;
        if (e.state == OperationState::Skipped || e.state == OperationState::Canceled)
            continue;
        if (q->canUndo(e))
            return e;
        if (e.state == OperationState::Succeeded || JournalEntry::isBindingKind(e.kind))
            return std::nullopt; // something after the unbind already bound it, or tried to
    }
    return std::nullopt;
}

void BindController::update() {
    const OperationQueue* q = queue();
    const Address* one = m_selection.size() == 1 ? &m_selection.first() : nullptr;
    const bool busy = one && q && q->isBusy(one->addressId);
    QString bindWhy;
    QString moveWhy;
    if (!q) {
        bindWhy = moveWhy = tr("No account is selected.");
    } else if (!one) {
        bindWhy = tr("Select one idle EIP to bind it.");
        moveWhy = tr("Select one bound EIP to move it.");
    } else if (busy) {
        bindWhy = moveWhy = tr("An operation on %1 is queued or under way.").arg(one->addressId);
    } else {
        if (one->addressStatus != QLatin1String(AddressStatus::Unbind))
            bindWhy = tr("%1 is not idle (%2): unbind or move it instead.")
                          .arg(one->addressIp, one->addressStatus);
        else if (one->isBlocked)
            bindWhy = tr("%1 is blocked: unblock it first.").arg(one->addressIp);
        else if (one->isOrdinaryPublicIp())
            bindWhy = tr("%1 is an ordinary public IP, not an EIP.").arg(one->addressIp);
        if (!isBound(*one))
            moveWhy = tr("%1 is not bound: bind it instead.").arg(one->addressIp);
        else if (one->isNatGateway() || !(one->instanceId.startsWith(QLatin1String("ins-")) ||
                                          !one->networkInterfaceId.isEmpty()))
            moveWhy = tr("Only EIPs bound to a CVM instance or a network interface can be moved.");
        else if (one->isBlocked)
            moveWhy = tr("%1 is blocked: unblock it first.").arg(one->addressIp);
    }
    m_bind->setEnabled(bindWhy.isEmpty());
    m_bind->setToolTip(
        bindWhy.isEmpty()
            ? tr("Bind %1 to an instance or a private IP (Ctrl+B).").arg(one->addressIp)
            : bindWhy);
    m_move->setEnabled(moveWhy.isEmpty());
    m_move->setToolTip(moveWhy.isEmpty()
                           ? tr("Move %1 to another instance or private IP.").arg(one->addressIp)
                           : moveWhy);
    const std::optional<JournalEntry> undo = one && !busy ? undoableEntry(*one) : std::nullopt;
    m_undo->setEnabled(undo.has_value());
    m_undo->setToolTip(undo ? BindConfirmation::bindBackQuestion(*undo, instanceName(*undo))
                            : tr("Select an idle EIP that EIP Desk unbound to bind it back."));
}

QString BindController::instanceName(const JournalEntry& entry) const {
    const AccountContext* c = m_session->context();
    return c ? c->instanceNames()->name(entry.previousInstanceId) : QString();
}

QList<Address> BindController::regionAddresses(const QString& region) const {
    QList<Address> out;
    if (!m_inventory)
        return out;
    for (const Address& a : m_inventory())
        if (a.region == region)
            out << a;
    return out;
}

void BindController::bindSelection() {
    chooseTarget(false);
}

void BindController::moveSelection() {
    chooseTarget(true);
}

void BindController::chooseTarget(bool move) {
    QAction* action = move ? m_move : m_bind;
    update();
    AccountContext* context = m_session->context();
    if (!action->isEnabled() || !context || m_selection.size() != 1)
        return;
    QPointer<AccountContext> guard = context;
    const Address eip = m_selection.first();
    BindTargetDialog dialog(context->client(), eip, regionAddresses(eip.region), m_window,
                            move ? BindTargetDialog::Mode::Move : BindTargetDialog::Mode::Bind);
    dialog.setCurrentInstanceName(context->instanceNames()->name(eip.instanceId));
    const bool confirmed = m_chooser ? m_chooser(dialog) : dialog.exec() == QDialog::Accepted;
    const BindTarget target = dialog.target();
    // The account may have changed while the dialog was open: the choice was for that one.
    if (!confirmed || !target.isValid() || !guard || guard != m_session->context())
        return;
    OperationQueue* q = guard->operations();
    const qint64 key = move ? q->enqueueMove(eip, targetOf(target))
                            : q->enqueueBind(eip, JournalEntry::Kind::Bind, targetOf(target));
    update();
    if (key > 0)
        emit operationQueued();
}

bool BindController::ask(const QString& title, const QString& question) {
    if (m_confirmer)
        return m_confirmer(title, question);
    return QMessageBox::question(m_window, title, question) == QMessageBox::Yes;
}

void BindController::undoSelection() {
    if (m_selection.size() != 1)
        return;
    if (const std::optional<JournalEntry> e = undoableEntry(m_selection.first()))
        undoEntry(*e);
}

bool BindController::undoEntry(const JournalEntry& entry, QString* why) {
    OperationQueue* q = queue();
    auto refuse = [why](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    if (!q)
        return refuse(tr("No account is selected."));
    if (entry.profile != q->profileName())
        return refuse(
            tr("This entry belongs to the profile “%1”: switch to it first.").arg(entry.profile));
    if (q->isBusy(entry.addressId))
        return refuse(
            tr("An operation on %1 is already queued or under way.").arg(entry.addressId));
    if (!q->canUndo(entry))
        return refuse(tr("Only a succeeded unbind, or a move whose bind failed, can be undone, "
                         "once, and only when it had a CVM instance or a network interface."));
    QPointer<OperationQueue> guard = q;
    if (!ask(tr("Undo"), BindConfirmation::bindBackQuestion(entry, instanceName(entry))))
        return refuse(QString());
    if (!guard || guard != queue() || guard->enqueueUndo(entry) == 0)
        return refuse(
            tr("An operation on %1 is already queued or under way.").arg(entry.addressId));
    update();
    emit operationQueued();
    return true;
}

} // namespace eipdesk
