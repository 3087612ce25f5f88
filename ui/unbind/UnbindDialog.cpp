// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbind/UnbindDialog.h"

#include "ops/UnbindPlan.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace eipdesk {

UnbindDialog::UnbindDialog(UnbindPlan* plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_list(new QTreeWidget)
    , m_consequences(new QLabel)
    , m_reallocate(new QCheckBox(tr("Reallocate a normal public IP")))
    , m_reallocateNote(new QLabel) {
    setWindowTitle(tr("Unbind %n EIP(s)", nullptr, int(plan->addresses().size())));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These EIPs will be unbound:")));
    m_list->setHeaderLabels({tr("EIP"), tr("IP"), tr("Region"), tr("Bound to")});
    m_list->setRootIsDecorated(false);
    for (const Address& a : plan->addresses())
        new QTreeWidgetItem(m_list,
                            {a.addressId, a.addressIp, a.region, UnbindPlan::bindingText(a)});
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_list->setMinimumHeight(160);
    layout->addWidget(m_list, 1);
    m_consequences->setWordWrap(true);
    layout->addWidget(m_consequences);
    m_reallocate->setEnabled(false);
    layout->addWidget(m_reallocate);
    m_reallocateNote->setWordWrap(true);
    layout->addWidget(m_reallocateNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->addButton(tr("Unbind"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("unbindButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // destructive: not the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(plan, &UnbindPlan::ready, this, &UnbindDialog::refresh);
    refresh();
    // Wide enough for the EIP, its IP, region and binding without truncation.
    const int listWidth = m_list->header()->length() + 2 * m_list->frameWidth() + 40;
    resize(qBound(560, listWidth, 1000), 440);
}

void UnbindDialog::refresh() {
    m_consequences->setText(m_plan->consequences().join(QLatin1Char('\n')));
    const bool allowed = m_plan->reallocateAllowed();
    m_reallocate->setEnabled(allowed);
    if (!allowed)
        m_reallocate->setChecked(false);
    QString note;
    if (allowed)
        note = m_plan->dailyQuotaLeft() >= 0
                   ? tr("%n reallocation(s) left today.", nullptr, int(m_plan->dailyQuotaLeft()))
                   : tr("The daily quota left is unknown.");
    else
        note = m_plan->reallocateReason();
    m_reallocateNote->setText(note);
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

} // namespace eipdesk
