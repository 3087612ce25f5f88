// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DetailsPane.h"

#include "inventory/AddressColumn.h"
#include "inventory/AddressText.h"
#include "inventory/TccliCommand.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace eipdesk {

DetailsPane::DetailsPane(QWidget* parent)
    : QScrollArea(parent)
    , m_body(new QWidget(this))
    , m_form(new QFormLayout(m_body))
    , m_placeholder(new QLabel(tr("Select an EIP to see its details."), m_body)) {
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("EIP details"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    m_placeholder->setWordWrap(true);
    m_form->addRow(m_placeholder);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(8, 8, 20, 8); // room for the scroll bar beside the copy buttons
    setWidget(m_body);
    setMinimumWidth(280);
}

QList<QPair<QString, QString>> DetailsPane::fieldsOf(const Address& a) const {
    auto col = [&a](AddressColumn c) { return AddressColumns::text(a, c); };
    auto yes = [](bool b) { return AddressColumns::yesNo(b); };
    auto enumText = [](QString (*words)(const QString&), const QString& wire) {
        return AddressText::withRaw(words(wire), wire);
    };
    return {
        {tr("Public IP"), a.addressIp},
        {tr("ID"), a.addressId},
        {tr("Name"), a.addressName},
        {tr("Status"), QStringLiteral("%1 (%2)").arg(col(AddressColumn::Status), a.addressStatus)},
        {tr("Region"), a.region},
        {tr("Type"), AddressText::kind(a)},
        {tr("Actions that apply"), AddressText::applicableActions(a)},
        {tr("Bound resource"),
         m_instanceNames.value(a.instanceId).isEmpty()
             ? a.instanceId
             : tr("%1 (%2)").arg(m_instanceNames.value(a.instanceId), a.instanceId)},
        {tr("Resource type"), enumText(&AddressText::instanceType, a.instanceType)},
        {tr("Kind"), col(AddressColumn::BoundKind)},
        {tr("Network interface"), a.networkInterfaceId},
        {tr("Private IP"), a.privateAddressIp},
        {tr("Bandwidth"), col(AddressColumn::Bandwidth)},
        {tr("Billing mode"), a.internetChargeType.isEmpty()
                                 ? tr("None (legacy bill-by-CVM account)")
                                 : enumText(&AddressText::chargeType, a.internetChargeType)},
        {tr("ISP"), enumText(&AddressText::isp, a.internetServiceProvider)},
        {tr("Expires"), a.deadlineDate},
        {tr("Renewal"), enumText(&AddressText::renewFlag, a.renewFlag)},
        {tr("Bandwidth package"), a.bandwidthPackageId},
        {tr("Egress"), a.egress},
        {tr("ALG"), AddressText::algText(a)},
        {tr("Anti-DDoS package"), a.antiDDoSPackageId},
        {tr("Classic IPv6 VPC"), a.unVpcId},
        {tr("Dedicated cluster (CDC)"), a.dedicatedClusterId},
        {tr("Created"), col(AddressColumn::Created)},
        {tr("Blocked"), yes(a.isBlocked)},
        {tr("In arrears"), yes(a.isArrears)},
        {tr("Direct connection"), yes(a.isEipDirectConnection)},
        {tr("Released on unbind"), yes(a.cascadeRelease)},
        {tr("Local BGP"), yes(a.localBgp)},
        {tr("Tags"), a.tagsText()},
        {tr("tccli"), TccliCommand::forAddress(a)},
    };
}

void DetailsPane::rebuild(int count) {
    if (m_fields.size() == count)
        return;
    for (int i = int(m_fields.size()); i < count; ++i) {
        Field f;
        f.value = new QLabel(m_body);
        f.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        f.value->setWordWrap(true);
        f.copy = new QToolButton(m_body);
        f.copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
        f.copy->setAutoRaise(true);
        auto* row = new QWidget(m_body);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(f.value, 1);
        h->addWidget(f.copy, 0, Qt::AlignTop);
        auto* label = new QLabel(m_body);
        label->setBuddy(f.value);
        m_form->addRow(label, row);
        const int index = i;
        connect(f.copy, &QToolButton::clicked, this, [this, index] {
            const Field& field = m_fields.at(index);
            QGuiApplication::clipboard()->setText(field.value->text());
            emit copied(field.label);
        });
        m_fields << f;
    }
}

void DetailsPane::setInstanceNames(const QHash<QString, QString>& names) {
    if (names == m_instanceNames)
        return;
    m_instanceNames = names;
    if (m_address)
        setAddress(m_address);
}

void DetailsPane::setAddress(const std::optional<Address>& address) {
    m_address = address;
    if (!address) {
        m_placeholder->show();
        for (int i = 0; i < m_fields.size(); ++i)
            m_form->setRowVisible(i + 1, false);
        return;
    }
    m_placeholder->hide();
    const auto fields = fieldsOf(*address);
    rebuild(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        Field& f = m_fields[i];
        f.label = fields[i].first;
        f.value->setText(fields[i].second);
        if (auto* label =
                qobject_cast<QLabel*>(m_form->itemAt(i + 1, QFormLayout::LabelRole)->widget()))
            label->setText(tr("%1:", "form label").arg(f.label)); // zh_CN: full-width colon
        f.copy->setToolTip(tr("Copy %1").arg(f.label));
        f.copy->setAccessibleName(tr("Copy %1").arg(f.label));
        f.copy->setEnabled(!fields[i].second.isEmpty());
        m_form->setRowVisible(i + 1, true);
    }
}

QString DetailsPane::valueOf(const QString& label) const {
    if (!m_address)
        return {};
    for (const Field& f : m_fields)
        if (f.label == label)
            return f.value->text();
    return {};
}

} // namespace eipdesk
