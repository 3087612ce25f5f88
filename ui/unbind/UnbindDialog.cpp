// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/UnbindDialog.h"

#include "ops/UnbindPlan.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace eipdesk {

namespace {
enum Column { Eip, Ip, Region, BoundTo, Notes };

void fitColumns(QTreeWidget* list) {
    for (int column = 0; column < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
}
} // namespace

UnbindDialog::UnbindDialog(UnbindPlan* plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_list(new QTreeWidget)
    , m_refusedTitle(new QLabel)
    , m_refused(new QTreeWidget)
    , m_consequences(new QLabel)
    , m_reallocate(new QCheckBox(tr("Reallocate a normal public IP")))
    , m_reallocateNote(new QLabel) {
    const int eligible = int(plan->addresses().size());
    const int refused = int(plan->verdicts().size()) - eligible;
    setWindowTitle(tr("Unbind %n EIP(s)", nullptr, eligible));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(eligible > 0
                                     ? tr("These %n EIP(s) will be unbound:", nullptr, eligible)
                                     : tr("No selected EIP can be unbound.")));
    m_list->setObjectName(QStringLiteral("eligibleList"));
    m_list->setHeaderLabels({tr("EIP"), tr("IP"), tr("Region"), tr("Bound to"), tr("Notes")});
    m_list->setRootIsDecorated(false);
    for (const UnbindVerdict& v : plan->verdicts()) {
        if (!v.eligible())
            continue;
        const Address& a = v.address;
        auto* item = new QTreeWidgetItem(
            m_list, {a.addressId, a.addressIp, a.region,
                     UnbindPlan::bindingText(a, plan->instanceName(a.instanceId)),
                     v.warnings.join(QStringLiteral("; "))});
        item->setData(Eip, Qt::UserRole, a.addressId);
        if (!v.warnings.isEmpty())
            item->setToolTip(Notes, v.warnings.join(QLatin1Char('\n')));
    }
    fitColumns(m_list);
    m_list->setMinimumHeight(110);
    m_list->setVisible(eligible > 0);
    layout->addWidget(m_list, 2);

    m_refusedTitle->setText(tr("%n EIP(s) will not be unbound:", nullptr, refused));
    m_refused->setObjectName(QStringLiteral("refusedList"));
    m_refused->setHeaderLabels({tr("EIP"), tr("IP"), tr("Region"), tr("Why not")});
    m_refused->setRootIsDecorated(false);
    m_refused->setWordWrap(true);
    for (const UnbindVerdict& v : plan->verdicts()) {
        if (v.eligible())
            continue;
        auto* item = new QTreeWidgetItem(m_refused,
                                         {v.address.addressId, v.address.addressIp,
                                          v.address.region, v.reasons.join(QStringLiteral("; "))});
        item->setToolTip(3, v.reasons.join(QLatin1Char('\n')));
    }
    fitColumns(m_refused);
    m_refused->setMinimumHeight(80);
    m_refusedTitle->setVisible(refused > 0);
    m_refused->setVisible(refused > 0);
    layout->addWidget(m_refusedTitle);
    layout->addWidget(m_refused, 1);

    m_consequences->setWordWrap(true);
    m_consequences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_consequences);
    m_reallocate->setEnabled(false);
    layout->addWidget(m_reallocate);
    m_reallocateNote->setWordWrap(true);
    layout->addWidget(m_reallocateNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok =
        buttons->addButton(tr("Unbind %n EIP(s)", nullptr, eligible), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("unbindButton"));
    m_ok->setEnabled(eligible > 0);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // destructive: not the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(plan, &UnbindPlan::ready, this, &UnbindDialog::refresh);
    connect(m_reallocate, &QCheckBox::toggled, this, &UnbindDialog::refresh);
    refresh();
    // Wide enough for the EIP, its IP, region and binding without truncation, within the
    // screen (a 1024x600 laptop included).
    const int listWidth = qMax(m_list->header()->length(), m_refused->header()->length()) +
                          2 * m_list->frameWidth() + 40;
    QSize size(qBound(560, listWidth, 1000), refused > 0 ? 520 : 440);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

void UnbindDialog::refresh() {
    m_consequences->setText(m_plan->consequences().join(QLatin1Char('\n')));
    const bool allowed = m_plan->reallocateAllowed();
    m_reallocate->setEnabled(allowed);
    if (!allowed)
        m_reallocate->setChecked(false);
    QString note;
    if (allowed) {
        note = m_plan->dailyQuotaLeft() >= 0
                   ? tr("%n reallocation(s) left today.", nullptr, int(m_plan->dailyQuotaLeft()))
                   : tr("The daily quota left is unknown.");
        const QString scope = m_plan->reallocateScope();
        if (!scope.isEmpty())
            note += QLatin1Char(' ') + scope;
    } else {
        note = m_plan->reallocateReason();
    }
    m_reallocateNote->setText(note);
    // The Notes column says, per EIP, whether a normal public IP will be reallocated.
    const bool on = reallocate();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const QString id = item->data(Eip, Qt::UserRole).toString();
        QStringList notes;
        for (const UnbindVerdict& v : m_plan->verdicts())
            if (v.address.addressId == id)
                notes = v.warnings;
        if (on && m_plan->reallocateBlocker(id).isEmpty())
            notes.prepend(tr("a normal public IP is reallocated"));
        else if (on)
            notes.prepend(tr("no reallocation: %1").arg(m_plan->reallocateBlocker(id)));
        item->setText(Notes, notes.join(QStringLiteral("; ")));
    }
}

bool UnbindDialog::reallocate() const {
    return m_reallocate->isEnabled() && m_reallocate->isChecked();
}

QString UnbindDialog::reallocateNote() const {
    return m_reallocateNote->text();
}

QString UnbindDialog::consequencesText() const {
    return m_consequences->text();
}

int UnbindDialog::rowCount() const {
    return m_list->topLevelItemCount();
}

int UnbindDialog::refusedRowCount() const {
    return m_refused->topLevelItemCount();
}

QString UnbindDialog::refusedText() const {
    QStringList lines;
    for (int i = 0; i < m_refused->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_refused->topLevelItem(i);
        lines << item->text(Eip) + QStringLiteral(": ") + item->text(3);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace eipdesk
